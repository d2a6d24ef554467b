package org.wiretutor.mirror;

import java.net.InetSocketAddress;
import java.time.Instant;

/**
 * One exchange as the mirror saw it, for showing learners what actually arrived on the wire.
 *
 * @param time        when the reply (or the silent close) happened, from the configured clock
 * @param client      the peer
 * @param requestLine the request line as received with control bytes made visible, or a note such as
 *                    {@code (nothing received)}
 * @param status      status code sent, or 0 when nothing was sent
 * @param bodyBytes   body bytes sent
 * @param note        why something unusual happened, e.g. {@code bare LF line ending}; empty otherwise
 */
public record LogEntry(Instant time, InetSocketAddress client, String requestLine, int status, long bodyBytes,
                       String note) {

    public LogEntry {
        requestLine = requestLine == null ? "" : requestLine;
        note = note == null ? "" : note;
    }

    /** One readable line, shaped like Apache's access log: {@code 127.0.0.1 "GET /romeo.txt HTTP/1.0" 200 167}. */
    public String toLogLine() {
        String host = client == null ? "-"
                : client.getAddress() != null ? client.getAddress().getHostAddress() : client.getHostString();
        StringBuilder line = new StringBuilder()
                .append(host)
                .append(" \"").append(requestLine).append("\" ")
                .append(status == 0 ? "-" : Integer.toString(status))
                .append(' ').append(bodyBytes);
        if (!note.isEmpty()) {
            line.append(" (").append(note).append(')');
        }
        return line.toString();
    }

    /** Makes CR, LF, tabs, quotes and non-printable bytes visible so one entry stays on one line. */
    static String escape(byte[] raw, int length) {
        StringBuilder out = new StringBuilder(length + 8);
        for (int i = 0; i < length; i++) {
            int b = raw[i] & 0xff;
            switch (b) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (b < 0x20 || b >= 0x7f) {
                        out.append(String.format("\\x%02x", b));
                    } else {
                        out.append((char) b);
                    }
                }
            }
        }
        return out.toString();
    }
}
