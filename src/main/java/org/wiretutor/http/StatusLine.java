package org.wiretutor.http;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The first line of a response, e.g. {@code HTTP/1.1 200 OK}. {@code raw} includes the line ending as received.
 * Parsing is lenient about spacing so that a slightly odd line can still be explained; the annotator reports the
 * oddities separately.
 */
public record StatusLine(String version, int code, String reason, byte[] raw) {

    public StatusLine {
        version = version == null ? "" : version;
        reason = reason == null ? "" : reason;
        raw = raw == null ? new byte[0] : raw.clone();
    }

    /**
     * Parses one line (with or without its CR LF). Needs "HTTP/" at the start and a three-digit code after the
     * version; anything else gives empty. Never throws.
     */
    public static Optional<StatusLine> parse(byte[] line) {
        if (line == null) {
            return Optional.empty();
        }
        String s = new String(line, StandardCharsets.ISO_8859_1);
        s = stripEnding(s);
        if (!s.startsWith("HTTP/")) {
            return Optional.empty();
        }
        int sp = s.indexOf(' ');
        if (sp < 0) {
            return Optional.empty();
        }
        String version = s.substring(0, sp);
        int i = sp;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i - start != 3 || i < s.length() && s.charAt(i) != ' ') {
            return Optional.empty();
        }
        int code = Integer.parseInt(s.substring(start, i));
        String reason = i < s.length() ? s.substring(i + 1) : "";
        return Optional.of(new StatusLine(version, code, reason, line));
    }

    /** Convenience for tests and typed input. */
    public static Optional<StatusLine> parse(String line) {
        return line == null ? Optional.empty() : parse(line.getBytes(StandardCharsets.ISO_8859_1));
    }

    static String stripEnding(String s) {
        if (s.endsWith("\n")) {
            s = s.substring(0, s.length() - 1);
            if (s.endsWith("\r")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
    }
}
