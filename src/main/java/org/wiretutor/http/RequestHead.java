package org.wiretutor.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wiretutor.http.core.RequestLine;

/**
 * A whole request head as bytes — request line, header lines, blank line — read back into
 * its parts, for checking what a program really sent. Lenient and never throws.
 *
 * @param bareLf true if any line ended with LF alone
 */
public record RequestHead(RequestLine requestLine, List<HeaderField> headers, boolean bareLf) {
    private static final int MAX_HEADERS = 200;

    public RequestHead {
        headers = List.copyOf(headers);
    }

    public static RequestHead parse(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\n", -1);
        boolean bareLf = false;
        RequestLine requestLine = null;
        List<HeaderField> headers = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            boolean ended = i < lines.length - 1;
            String line = lines[i];
            if (ended && !line.endsWith("\r")) bareLf = true;
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            if (requestLine == null) {
                if (line.isEmpty()) continue;   // empty lines before the request line are skipped, as servers do
                requestLine = RequestLine.parse(line);
                continue;
            }
            if (line.isEmpty()) break;
            int colon = line.indexOf(':');
            if (colon > 0 && headers.size() < MAX_HEADERS) {
                headers.add(new HeaderField(line.substring(0, colon), line.substring(colon + 1).strip(),
                        (lines[i] + (ended ? "\n" : "")).getBytes(StandardCharsets.ISO_8859_1)));
            }
        }
        return new RequestHead(requestLine == null ? RequestLine.parse("") : requestLine, headers, bareLf);
    }

    public Optional<HeaderField> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).findFirst();
    }
}
