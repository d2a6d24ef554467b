package org.wiretutor.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.http.core.RequestLine;
import org.wiretutor.http.core.RequestParser;

/**
 * A request head as the protocol core reads it from bytes that were sent or received: its request line, its header
 * fields and each line with its typed diagnoses. Read to the blank line (or the end of the bytes), past any line a
 * server would refuse, so a check can ask about every line: whether any, or every, line ended with a bare LF. Checks
 * decide from this reading, never from a second set of HTTP rules of their own.
 */
public final class HeadReading {

    private final List<RequestParser.Line> lines;
    private final RequestLine requestLine;
    private final List<String[]> fields;

    private HeadReading(List<RequestParser.Line> lines, RequestLine requestLine, List<String[]> fields) {
        this.lines = List.copyOf(lines);
        this.requestLine = requestLine;
        this.fields = fields;
    }

    /** Reads {@code head} (which may hold a whole head, part of one, or nothing) with the core's parser. */
    public static HeadReading of(byte[] head) {
        RequestParser parser = new RequestParser();
        List<RequestParser.Line> lines = new ArrayList<>();
        for (byte b : head) {
            RequestParser.Line line = parser.offer(b);
            if (line != null) {
                lines.add(line);
            }
            if (parser.complete()) {
                break;
            }
        }
        return new HeadReading(lines, parser.requestLineOrEmpty(), parser.fields());
    }

    /** The request line, or an empty one (no method, target or version) when none ended in the bytes. */
    public RequestLine requestLine() {
        return requestLine;
    }

    /** Every line that ended in the bytes, in order, with its diagnoses placed in the head. */
    public List<RequestParser.Line> lines() {
        return lines;
    }

    /** The value of the first well-formed header field with this name, case-insensitively. */
    public Optional<String> header(String name) {
        return fields.stream().filter(f -> f[0].equalsIgnoreCase(name)).map(f -> f[1]).findFirst();
    }

    /** The names of the well-formed header fields, in the order they were sent. */
    public List<String> fieldNames() {
        return fields.stream().map(f -> f[0]).toList();
    }

    /** Whether some line has a diagnosis of this kind. */
    public boolean has(DiagnosisKind kind) {
        return lines.stream().anyMatch(l -> l.has(kind));
    }

    /** Whether at least one line ended and every line has a diagnosis of this kind (e.g. every line a bare LF). */
    public boolean everyLine(DiagnosisKind kind) {
        return !lines.isEmpty() && lines.stream().allMatch(l -> l.has(kind));
    }

    /** The first line with a diagnosis of this kind. */
    public Optional<RequestParser.Line> firstWith(DiagnosisKind kind) {
        return lines.stream().filter(l -> l.has(kind)).findFirst();
    }
}
