package org.wiretutor.http;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.wiretutor.http.core.ResponsePart;
import org.wiretutor.http.core.ResponseParser;

/**
 * The first line of a response, e.g. {@code HTTP/1.1 200 OK}. {@code raw} includes the line ending as received.
 * Parsing is lenient about spacing so that a slightly odd line can still be explained; the parser reports the
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
        return line == null ? Optional.empty() : of(ResponseParser.readStatusLine(line));
    }

    /** The status line the parser read, if it was one. */
    static Optional<StatusLine> of(ResponsePart.StatusLineRead read) {
        return read.readable() ? Optional.of(new StatusLine(read.version(), read.code(), read.reason(), read.raw()))
                : Optional.empty();
    }

    /** Convenience for tests and typed input. */
    public static Optional<StatusLine> parse(String line) {
        return line == null ? Optional.empty() : parse(line.getBytes(StandardCharsets.ISO_8859_1));
    }
}
