package org.wiretutor.http;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.http.core.RequestLine;
import org.wiretutor.http.core.RequestParser;

/**
 * A whole request head as bytes — request line, header lines, blank line — read back into its parts by the protocol
 * core's {@link RequestParser}, for checking what a program really sent. Lenient and never throws: header lines the
 * core finds malformed are left out, and reading stops at the blank line.
 *
 * @param bareLf true if any line ended with LF alone
 */
public record RequestHead(RequestLine requestLine, List<HeaderField> headers, boolean bareLf) {

    public RequestHead {
        headers = List.copyOf(headers);
    }

    public static RequestHead parse(byte[] head) {
        RequestParser parser = new RequestParser();
        List<HeaderField> headers = new ArrayList<>();
        boolean bareLf = false;
        for (byte b : head) {
            RequestParser.Line line = parser.offer(b);
            if (line != null) {
                bareLf |= line.has(DiagnosisKind.BARE_LF);
                if (line.role() == RequestParser.Role.HEADER && !line.name().isEmpty()) {
                    headers.add(new HeaderField(line.name(), line.value(), raw(line)));
                }
            }
            if (parser.complete()) {
                break;
            }
        }
        RequestLine requestLine = parser.requestLine();
        if (requestLine == null) {
            // a request line still being typed when the bytes ended: read what there is of it
            int from = 0;
            while (from < head.length && (head[from] == '\r' || head[from] == '\n')) from++;
            requestLine = RequestLine.parse(new String(head, from, head.length - from,
                    java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return new RequestHead(requestLine, headers, bareLf);
    }

    /** A header line's bytes as they crossed the wire, its line ending included. */
    private static byte[] raw(RequestParser.Line line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(line.content());
        out.writeBytes(line.ending() == RequestParser.Ending.CRLF ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
        return out.toByteArray();
    }

    public Optional<HeaderField> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).findFirst();
    }
}
