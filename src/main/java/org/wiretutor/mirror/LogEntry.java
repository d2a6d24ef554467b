package org.wiretutor.mirror;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;

/**
 * One exchange as the mirror saw it, for showing learners what actually arrived on the wire.
 *
 * @param time        when the reply (or the silent close) happened, from the configured clock
 * @param client      the peer
 * @param requestLine the request line as received with control bytes made visible, or a note such as
 *                    {@code (nothing received)}, {@code (incomplete request)} or {@code (TLS handshake)}
 * @param status      status code sent, or 0 when nothing was sent
 * @param bodyBytes   body bytes sent
 * @param diagnoses   what the protocol core found in the request and on the connection, typed: what grading, the
 *                    live view and lessons decide from; {@link #note()} puts them in words for the log line
 * @param connection  which accepted connection of this server carried the exchange, counting from 1, so requests
 *                    sharing a keep-alive connection can be told from requests on fresh ones; 0 when unknown
 * @param head        the request head exactly as the mirror read it, leading empty lines and bare LFs included,
 *                    up to where it stopped reading (the blank line, or the point where it gave up); at most
 *                    {@link #MAX_HEAD} bytes, empty when nothing arrived. Lessons need the real bytes, because the
 *                    request line alone hides the line endings learners get wrong. Copied in and out.
 */
public record LogEntry(Instant time, InetSocketAddress client, String requestLine, int status, long bodyBytes,
                       List<Diagnosis> diagnoses, long connection, byte[] head) {

    /** Most head bytes an entry keeps (64 KiB); a head may be longer, since 100 header lines of 8 KiB are allowed. */
    public static final int MAX_HEAD = 64 * 1024;

    public LogEntry {
        requestLine = requestLine == null ? "" : requestLine;
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        head = head == null ? new byte[0] : Arrays.copyOf(head, Math.min(head.length, MAX_HEAD));
    }

    /** An entry without a connection number or head bytes, for callers that have neither. */
    public LogEntry(Instant time, InetSocketAddress client, String requestLine, int status, long bodyBytes,
                    List<Diagnosis> diagnoses) {
        this(time, client, requestLine, status, bodyBytes, diagnoses, 0, new byte[0]);
    }

    /** Whether the core found this kind of thing in the exchange. */
    public boolean has(DiagnosisKind kind) {
        return diagnoses.stream().anyMatch(d -> d.kind() == kind);
    }

    /**
     * Why something unusual happened, in words for the log line, e.g. {@code bare LF line ending}; empty when nothing
     * did. Display only: nothing decides from it.
     */
    public String note() {
        return diagnoses.stream().map(d -> d.kind() == DiagnosisKind.NO_BLANK_LINE && status == 408
                ? Messages.get("label.NO_BLANK_LINE.timeout") : d.label()).collect(Collectors.joining("; "));
    }

    @Override
    public byte[] head() {
        return head.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogEntry e && Objects.equals(time, e.time) && Objects.equals(client, e.client)
                && requestLine.equals(e.requestLine) && status == e.status && bodyBytes == e.bodyBytes
                && diagnoses.equals(e.diagnoses) && connection == e.connection && Arrays.equals(head, e.head);
    }

    @Override
    public int hashCode() {
        return Objects.hash(time, client, requestLine, status, bodyBytes, diagnoses, connection, Arrays.hashCode(head));
    }

    /** The components, with the head escaped (CR shown as {@code \r} and so on) instead of an array identity. */
    @Override
    public String toString() {
        return "LogEntry[time=" + time + ", client=" + client + ", requestLine=" + requestLine + ", status=" + status
                + ", bodyBytes=" + bodyBytes + ", diagnoses=" + diagnoses + ", connection=" + connection
                + ", head=" + escape(head, head.length) + "]";
    }

    /** One readable line, shaped like Apache's access log: {@code 127.0.0.1 "GET /romeo.txt HTTP/1.0" 200 167}. */
    public String toLogLine() {
        return logLine(client == null ? "-"
                : client.getAddress() != null ? client.getAddress().getHostAddress() : client.getHostString());
    }

    /**
     * The same line with the connection number ({@code #12}) where the client's address would be, for a log shown
     * to a room where students should not see each other's addresses.
     */
    public String toAnonymousLogLine() {
        return logLine(connection > 0 ? "#" + connection : "-");
    }

    private String logLine(String who) {
        StringBuilder line = new StringBuilder()
                .append(who)
                .append(" \"").append(requestLine).append("\" ")
                .append(status == 0 ? "-" : Integer.toString(status))
                .append(' ').append(bodyBytes);
        String note = note();
        if (!note.isEmpty()) {
            // quotes escaped as in the request line, so a log reader cannot mistake one for the end of a field
            line.append(" (").append(note.replace("\"", "\\\"")).append(')');
        }
        return line.toString();
    }

    /**
     * The wire notation of {@link Escape#wire}, with quotes escaped as well, as in Apache's access log, so one entry
     * stays on one line and its request line cannot end its quotes early.
     */
    static String escape(byte[] raw, int length) {
        return Escape.wire(raw, 0, length).replace("\"", "\\\"");
    }
}
