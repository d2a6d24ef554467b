package org.wiretutor.classroom;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * A connection the server turned away unread (one address holding too many connections, or the server full).
 * {@link LiveView} takes it from the mirror's log, which never drops an entry, and counts and shows it.
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
