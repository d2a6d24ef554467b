package org.wiretutor.classroom;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * A connection the server turned away before any request was answered, e.g. one address holding too many
 * connections or sending its head too slowly. The mirror has no event for this yet: whoever adds one hands it to
 * {@link LiveView#refused}, so refusals are counted and shown like requests.
 *
 * @param connection the server's number for it, or 0 when it never got one
 * @param client     the peer
 * @param reason     why, in plain words, e.g. {@code too many connections from this address}
 */
public record Refusal(long connection, InetSocketAddress client, String reason) {
    public Refusal {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(reason, "reason");
    }
}
