package org.wiretutor.mirror;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wiretutor.http.core.ApacheRules;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.http.core.RequestLine;
import org.wiretutor.http.core.RequestParser;
import org.wiretutor.text.Messages;

/**
 * The mirror's side of reading a request head: feeds the protocol core's {@link RequestParser} one byte at a time as
 * bytes arrive, and stops where Apache stops, at the first diagnosis {@link ApacheRules} refuses, with its status. A
 * blocking reader and a non-blocking event loop therefore reach the same verdict at the same byte. It keeps the bytes
 * of the head (up to {@link LogEntry#MAX_HEAD}) for the log, never more than one line besides.
 */
final class HeadParser {

    private static final int SHOWN_CHARS = 200;

    private final RequestParser parser = new RequestParser();
    private boolean done;
    private String shown = nothing();
    /** The method of a request line read whole (ended by CR LF), else empty. */
    private String method = "";
    /** Every byte of this head consumed so far, up to {@link LogEntry#MAX_HEAD}; grows only as bytes arrive. */
    private final ByteArrayOutputStream received = new ByteArrayOutputStream(64);

    /** Forgets the last head, ready for the next request on the same connection. */
    void reset() {
        parser.reset();
        done = false;
        shown = nothing();
        method = "";
        received.reset();
    }

    /** Whether any byte of this head has arrived. */
    boolean started() {
        return parser.started();
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
        if (done) {
            throw new IllegalStateException("head already decided; reset() first");
        }
        if (received.size() < LogEntry.MAX_HEAD) {
            received.write(b);
        }
        RequestParser.Line line = parser.offer(b);
        if (line == null) {
            return null;
        }
        if (line.role() == RequestParser.Role.REQUEST_LINE) {
            shown = shown(line.content());
            method = line.ending() == RequestParser.Ending.CRLF ? parser.requestLine().method() : "";
        } else if (line.role() == RequestParser.Role.EMPTY_BEFORE_REQUEST && !line.diagnoses().isEmpty()) {
            shown = line.has(DiagnosisKind.BARE_LF) ? "\\n" : Messages.get("mirror.log.emptyLines");
        }
        RequestLine requestLine = parser.requestLineOrEmpty();
        Optional<ApacheRules.Rejection> refusal = ApacheRules.firstRejection(line.diagnoses(), requestLine);
        if (refusal.isPresent()) {
            done = true;
            return new HeadResult.Rejected(refusal.get().status(), shown, refusal.get().cause(), parser.diagnoses(),
                    method);
        }
        if (parser.complete()) {
            done = true;
            return new HeadResult.Accepted(head(requestLine), parser.diagnoses());
        }
        return null;
    }

    /** The peer closed its side before the head was decided. */
    HeadResult closed() {
        done = true;
        return parser.started() ? new HeadResult.Silent(parser.stopped(), parser.diagnoses())
                : new HeadResult.Silent(null, List.of());
    }

    /** The request timeout ran out before the head was decided. */
    HeadResult timedOut() {
        done = true;
        Diagnosis why = parser.stopped();
        if (why.kind() == DiagnosisKind.NOTHING_RECEIVED) {
            return new HeadResult.Silent(why, parser.diagnoses());
        }
        return new HeadResult.Rejected(408, shown, why, parser.diagnoses(), method);
    }

    private ReceivedRequest head(RequestLine line) {
        List<Field> headers = new ArrayList<>();
        for (String[] f : parser.fields()) {
            headers.add(new Field(f[0], f[1]));
        }
        HttpVersion version = !line.hasVersion() ? HttpVersion.HTTP_0_9
                : line.version().equals("HTTP/1.0") ? HttpVersion.HTTP_1_0 : HttpVersion.HTTP_1_1;
        return new ReceivedRequest(line.method(), line.target(), version, shown, headers);
    }

    private static String shown(byte[] line) {
        String escaped = LogEntry.escape(line, Math.min(line.length, SHOWN_CHARS));
        return line.length > SHOWN_CHARS ? Messages.get("mirror.log.cut", escaped, line.length) : escaped;
    }

    /** What the log shows as the request line of a head with no line yet. */
    private static String nothing() {
        return Messages.get("mirror.log.nothingReceived");
    }
}
