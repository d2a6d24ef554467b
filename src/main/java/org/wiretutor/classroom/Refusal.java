package org.wiretutor.classroom;

import java.net.InetSocketAddress;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.mirror.LogEntry;

/**
 * A connection the server refused rather than a request: turned away unread (one address holding too many
 * connections, or the server full), or a TLS handshake on the HTTPS port, which is an https client and no one's
 * mistake. {@link LiveView} takes it from the mirror's log, which never drops an entry, and counts and shows it.
 *
 * @param connection the server's number for it, or 0 when it never got one
 * @param client     the peer
 * @param reason     why, in plain words, e.g. {@code too many connections from this address}
 */
public record Refusal(long connection, InetSocketAddress client, String reason) {

    /** The diagnoses that make a log entry a refused connection. */
    static final Set<DiagnosisKind> KINDS = EnumSet.of(DiagnosisKind.TURNED_AWAY_PER_CLIENT,
            DiagnosisKind.TURNED_AWAY_SERVER_FULL, DiagnosisKind.TLS_HANDSHAKE);

    public Refusal {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(reason, "reason");
    }

    /** The refusal a log entry records, told by its diagnoses' kinds; empty for a request. */
    static Optional<Refusal> of(LogEntry entry) {
        return entry.diagnoses().stream().filter(d -> KINDS.contains(d.kind())).findFirst()
                .map(d -> new Refusal(entry.connection(), entry.client(), d.text("reason")));
    }
}
