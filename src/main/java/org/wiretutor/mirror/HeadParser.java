package org.wiretutor.mirror;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one request head's framing as strictly as Apache does (CR LF line endings, single spaces on the request
 * line, no whitespace before a header colon, no folded lines, bounded sizes), fed one byte at a time as bytes
 * arrive, so a blocking reader and a non-blocking event loop reach the same verdict at the same byte. It decides
 * as early as Apache does: a bad request line is refused before any header arrives. It never holds more than one
 * line, so a client cannot make it buffer without limit.
 */
final class HeadParser {

    private static final Pattern VERSION = Pattern.compile("HTTP/(\\d)\\.(\\d)");
    private static final int SHOWN_CHARS = 200;

    private enum LineEnd { CRLF, BARE_LF, TOO_LONG }

    /** Where in the head the next line belongs. */
    private enum Phase { REQUEST_LINE, HEADERS, DONE }

    /** The current line; grows up to the longest line allowed, so ten thousand idle connections stay small. */
    private byte[] line = new byte[128];
    private int length;
    private Phase phase = Phase.REQUEST_LINE;
    private boolean anyByte;
    private int empties;
    private String shown = "(nothing received)";
    private String method;
    private String target;
    private HttpVersion version;
    private final List<Header> headers = new ArrayList<>();
    /** Every byte of this head consumed so far, up to {@link LogEntry#MAX_HEAD}; grows only as bytes arrive. */
    private final ByteArrayOutputStream received = new ByteArrayOutputStream(64);

    /** Forgets the last head, ready for the next request on the same connection. */
    void reset() {
        length = 0;
        phase = Phase.REQUEST_LINE;
        anyByte = false;
        empties = 0;
        shown = "(nothing received)";
        method = null;
        target = null;
        version = null;
        headers.clear();
        received.reset();
    }

    /** Whether any byte of this head has arrived. */
    boolean started() {
        return anyByte;
    }

    /** How many head bytes {@link #received()} holds. */
    int receivedSize() {
        return received.size();
    }

    /** The bytes of this head consumed so far, exactly as they arrived (capped at {@link LogEntry#MAX_HEAD}). */
    byte[] received() {
        return received.toByteArray();
    }

    /**
     * Consumes bytes from {@code in} until the head is decided or {@code in} is empty; bytes after the head stay
     * in {@code in} for the next request.
     *
     * @return the verdict, or null when more bytes are needed
     */
    HeadResult feed(ByteBuffer in) {
        while (in.hasRemaining()) {
            HeadResult result = offer(in.get());
            if (result != null) {
                return result;
            }
        }
        return null;
    }

    /** Consumes one byte; returns the verdict once the head is decided, otherwise null. */
    HeadResult offer(byte b) {
        if (phase == Phase.DONE) {
            throw new IllegalStateException("head already decided; reset() first");
        }
        anyByte = true;
        if (received.size() < LogEntry.MAX_HEAD) {
            received.write(b);
        }
        if (b == '\n') {
            LineEnd end;
            if (length > 0 && line[length - 1] == '\r') {
                length--;
                end = LineEnd.CRLF;
            } else {
                end = LineEnd.BARE_LF;
            }
            return decided(onLine(end));
        }
        if (length > Limits.REQUEST_LINE && phase == Phase.REQUEST_LINE
                || length > Limits.HEADER_LINE && phase == Phase.HEADERS) {
            return decided(onLine(LineEnd.TOO_LONG));
        }
        if (length == line.length) {
            line = Arrays.copyOf(line, Math.min(2 * length, Math.max(Limits.REQUEST_LINE,
                    Limits.HEADER_LINE) + 1));
        }
        line[length++] = b;
        return null;
    }

    /** The peer closed its side before the head was decided. */
    HeadResult closed() {
        phase = Phase.DONE;
        if (version != null) {
            return new HeadResult.Silent("client closed before the blank line");
        }
        return anyByte ? new HeadResult.Silent("client closed before finishing the request")
                : new HeadResult.Silent(null);
    }

    /** The request timeout ran out before the head was decided. */
    HeadResult timedOut() {
        phase = Phase.DONE;
        if (!anyByte) {
            return new HeadResult.Silent("nothing received before timeout");
        }
        return reject(408, shown, "no blank line before timeout",
                "The server waited for the rest of the request, and for the empty line that ends its headers, "
                        + "but it never arrived.");
    }

    private HeadResult decided(HeadResult result) {
        if (result != null) {
            phase = Phase.DONE;
        } else {
            length = 0;
        }
        return result;
    }

    private HeadResult onLine(LineEnd end) {
        return phase == Phase.REQUEST_LINE ? onRequestLine(end) : onHeaderLine(end);
    }

    /** A line where the request line belongs: leading empty lines are skipped, as RFC 9112 asks. */
    private HeadResult onRequestLine(LineEnd end) {
        if (length == 0 && end != LineEnd.TOO_LONG) {
            if (end == LineEnd.BARE_LF) {
                return bareLf("\\n");
            }
            if (++empties > Limits.LEADING_EMPTY_LINES) {
                return reject(400, "(empty lines)", "too many empty lines",
                        "Only empty lines arrived where the request line should be.");
            }
            return null;
        }
        shown = shown();
        if (end == LineEnd.TOO_LONG) {
            return reject(414, shown, "request line over " + Limits.REQUEST_LINE + " bytes",
                    "The request line is longer than " + Limits.REQUEST_LINE + " bytes, the most this server reads.");
        }
        if (end == LineEnd.BARE_LF) {
            return bareLf(shown);
        }
        return checkRequestLine(text());
    }

    /** Checks a complete request line; null when it is good and the headers come next. */
    private HeadResult checkRequestLine(String requestLine) {
        if (hasControl(requestLine)) {
            return reject(400, shown, "control character in request line",
                    "The request line contains a control character (perhaps a stray CR or a tab).");
        }
        String[] parts = requestLine.split(" ", -1);
        for (String part : parts) {
            if (part.isEmpty()) {
                return reject(400, shown, "malformed request line",
                        "The request line must be a method, a target and a version separated by single spaces.");
            }
        }
        if (parts.length == 2 && parts[0].equals("GET") && parts[1].startsWith("/")) {
            return new HeadResult.Received(new RequestHead(parts[0], parts[1], HttpVersion.HTTP_0_9, shown, List.of()));
        }
        if (parts.length != 3) {
            return reject(400, shown, "malformed request line",
                    "The request line must be a method, a target and a version, such as GET /romeo.txt HTTP/1.0.");
        }
        if (!isToken(parts[0])) {
            return reject(400, shown, "malformed method", "The method contains characters a method cannot have.");
        }
        Matcher v = VERSION.matcher(parts[2]);
        if (!v.matches()) {
            return reject(400, shown, "malformed version",
                    "The version must look like HTTP/1.0 or HTTP/1.1, in capital letters.");
        }
        int major = v.group(1).charAt(0) - '0';
        int minor = v.group(2).charAt(0) - '0';
        if (major >= 2) {
            return reject(505, shown, "unsupported version " + parts[2],
                    "This server speaks HTTP/1.0 and HTTP/1.1 over plain text, not " + parts[2] + ".");
        }
        if (major == 0) {
            return reject(400, shown, "malformed version",
                    "HTTP/0.9 requests carry no version at all; write HTTP/1.0 or HTTP/1.1.");
        }
        method = parts[0];
        target = parts[1];
        version = minor == 0 ? HttpVersion.HTTP_1_0 : HttpVersion.HTTP_1_1;
        phase = Phase.HEADERS;
        return null;
    }

    /** One header line, or the blank line that ends the head. */
    private HeadResult onHeaderLine(LineEnd end) {
        if (end == LineEnd.TOO_LONG) {
            return reject(400, shown, longHeaderNote(),
                    "One header line is longer than " + Limits.HEADER_LINE + " bytes, the most this server reads.");
        }
        if (end == LineEnd.BARE_LF) {
            return bareLf(shown);
        }
        if (length == 0) {
            return checkHead(new RequestHead(method, target, version, shown, headers));
        }
        if (headers.size() == Limits.HEADER_COUNT) {
            return reject(400, shown, "more than " + Limits.HEADER_COUNT + " header lines",
                    "The request has more than " + Limits.HEADER_COUNT + " header lines, the most this server reads.");
        }
        String field = text();
        HeadResult.Rejected problem = checkField(field, shown);
        if (problem != null) {
            return problem;
        }
        int colon = field.indexOf(':');
        headers.add(new Header(field.substring(0, colon), trimOws(field.substring(colon + 1))));
        return null;
    }

    /**
     * The log note for a header line past the limit, naming its header (escaped) as far as it was read, e.g.
     * {@code header X-Huge over 8190 bytes}; the rest of the line is never read, so its full length is unknown.
     */
    private String longHeaderNote() {
        int colon = 0;
        while (colon < length && line[colon] != ':') {
            colon++;
        }
        String over = " over " + Limits.HEADER_LINE + " bytes";
        if (colon == length || colon == 0) {
            return "header line" + over + " (no header name before a colon in its first " + Limits.HEADER_LINE
                    + " bytes)";
        }
        String name = LogEntry.escape(line, Math.min(colon, SHOWN_CHARS));
        return "header " + name + (colon > SHOWN_CHARS ? "..." : "") + over;
    }

    private HeadResult.Rejected checkField(String field, String shown) {
        char first = field.charAt(0);
        if (first == ' ' || first == '\t') {
            return reject(400, shown, "folded header line",
                    "A header line starts with a space or tab: that is obsolete line folding, which this server refuses.");
        }
        int colon = field.indexOf(':');
        if (colon < 0) {
            return reject(400, shown, "header line without a colon",
                    "Every header line must be a name, a colon and a value.");
        }
        String name = field.substring(0, colon);
        if (name.isEmpty()) {
            return reject(400, shown, "empty header name", "A header line starts with a colon instead of a name.");
        }
        if (name.endsWith(" ") || name.endsWith("\t")) {
            return reject(400, shown, "whitespace before colon in header \"" + name.trim() + "\"",
                    "A header name is followed by a space before its colon; HTTP allows no space there.");
        }
        if (!isToken(name)) {
            return reject(400, shown, "malformed header name",
                    "A header name contains characters a header name cannot have.");
        }
        if (hasControl(field.substring(colon + 1).replace('\t', ' '))) {
            return reject(400, shown, "control character in header value",
                    "A header value contains a control character (perhaps a stray CR).");
        }
        return null;
    }

    private HeadResult checkHead(RequestHead head) {
        String shown = head.requestLine();
        int hosts = head.values("Host").size();
        if (hosts > 1) {
            return reject(400, shown, "two Host headers", "The request names its host more than once.");
        }
        if (hosts == 0 && head.version() == HttpVersion.HTTP_1_1) {
            return reject(400, shown, "HTTP/1.1 without Host",
                    "An HTTP/1.1 request must include a Host header naming the server it is meant for.");
        }
        List<String> lengths = head.values("Content-Length");
        for (String value : lengths) {
            if (!value.matches("\\d{1,18}") || !value.equals(lengths.get(0))) {
                return reject(400, shown, "bad Content-Length", "The Content-Length header is not a single number.");
            }
        }
        return new HeadResult.Received(head);
    }

    private HeadResult.Rejected bareLf(String shown) {
        return reject(400, shown, "bare LF line ending",
                "A line of the request ended with LF alone; HTTP wants every line to end with CR LF (\\r\\n).");
    }

    private static HeadResult.Rejected reject(int status, String shown, String note, String explanation) {
        return new HeadResult.Rejected(status, shown, note, explanation);
    }

    private String text() {
        return new String(line, 0, length, StandardCharsets.ISO_8859_1);
    }

    private String shown() {
        String escaped = LogEntry.escape(line, Math.min(length, SHOWN_CHARS));
        return length > SHOWN_CHARS ? escaped + "... (" + length + "+ bytes)" : escaped;
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String trimOws(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(start, end);
    }
}
