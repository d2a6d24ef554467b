package org.wiretutor.classroom;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.http.core.RequestLine;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Foreign;

/**
 * One connection's request as it arrives: splits the bytes into lines, annotates each line once it ends and
 * remembers which mistakes the request made. Lenient like the learner's typing; bounded per line, so a huge line
 * shows no more than {@link #SHOWN} bytes and keeps no more than {@link #KEPT} for judging it. Not thread-safe: the {@link LiveView} serialises access.
 */
final class RequestWatch {

    /** Bytes of one line shown on the projector; the rest is only counted. */
    static final int SHOWN = 120;
    /**
     * Bytes of one line kept for judging it: the mirror's longest request line (Apache's LimitRequestLine), so a
     * long target does not hide the version at its end.
     */
    static final int KEPT = 8190;

    private final String tag;
    private final Paint paint;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(SHOWN);
    private int lineLength;
    private int lastByte = -1;
    private RequestLine requestLine;
    private boolean host;
    /** The mirror has all it needs: the blank line came, or a version-less request line that it answers at once. */
    private boolean headDone;
    private boolean started;
    private boolean hinted;
    private Instant lastArrival = Instant.MIN;
    private final EnumSet<MistakeKind> mistakes = EnumSet.noneOf(MistakeKind.class);

    RequestWatch(String tag, Paint paint) {
        this.tag = tag;
        this.paint = paint;
    }

    /** Whether part of a request has arrived and not yet been answered. */
    boolean started() {
        return started;
    }

    /** Whether a request began and its head never ended: what a close then cuts off. */
    boolean cutOff() {
        return started && !headDone;
    }

    void arrived(byte[] bytes, Instant now, List<String> out) {
        if (headDone) {
            // the mirror reads a new head only after answering the last, so that answer's event was dropped
            reset();
        }
        started = true;
        lastArrival = now;
        for (byte b : bytes) {
            if (b == '\n') {
                endLine(out);
            } else {
                if (lineLength < KEPT) {
                    line.write(b);
                }
                lineLength++;
                lastByte = b;
            }
        }
    }

    /** True once, when a started head has had no byte for {@code patience} and still lacks its blank line. */
    boolean overdue(Instant now, Duration patience) {
        return started && !headDone && !hinted && !now.isBefore(lastArrival.plus(patience));
    }

    void hint(List<String> out) {
        hinted = true;
        out.add(LiveText.wire(tag, paint.mistake(LiveText.STILL_WAITING)));
    }

    /** The mirror answered: shows the status and returns this request's mistakes, ready for the next request. */
    Set<MistakeKind> answered(int status, List<String> out) {
        showUnfinishedLine(out);
        if (status == 404) {
            flag(MistakeKind.NOT_FOUND, LiveText.NOT_FOUND, out);
        } else if (status == 408) {
            flag(MistakeKind.NO_BLANK_LINE, LiveText.TIMED_OUT, out);
        }
        if (status >= 400 && mistakes.isEmpty()) {
            mistakes.add(MistakeKind.OTHER);
        }
        out.add(LiveText.remark(tag, paint.status(status, LiveText.answered(status))));
        return reset();
    }

    /** The client left mid-request: that request never got its blank line. */
    Set<MistakeKind> abandoned(List<String> out) {
        showUnfinishedLine(out);
        flag(MistakeKind.NO_BLANK_LINE, LiveText.LEFT_EARLY, out);
        return reset();
    }

    private void endLine(List<String> out) {
        boolean crlf = lastByte == '\r';
        int contentLength = crlf ? lineLength - 1 : lineLength;
        byte[] kept = line.toByteArray();
        String shown = shown(kept, Math.min(SHOWN, Math.min(contentLength, kept.length)), contentLength);
        out.add(LiveText.wire(tag, shown + (crlf ? "\\r\\n" : "\\n")));
        if (!crlf) {
            mistakes.add(MistakeKind.BARE_LF);
            out.add(LiveText.caret(tag, shown.length(), paint.mistake(LiveText.BARE_LF)));
        }
        String content = new String(kept, 0, Math.min(contentLength, kept.length), StandardCharsets.ISO_8859_1);
        int control = firstControl(content, requestLine == null);
        if (control >= 0) {
            flag(MistakeKind.CONTROL_CHARACTER, LiveText.controlCharacter(content.charAt(control),
                    requestLine == null), out);
        }
        if (requestLine == null) {
            if (contentLength == 0) {
                out.add(LiveText.remark(tag, LiveText.LEADING_EMPTY_LINE));
            } else {
                requestLineArrived(content, out);
            }
        } else if (contentLength == 0) {
            headDone = true;
            out.add(LiveText.remark(tag, LiveText.BLANK_LINE));
            if (requestLine.version().equals("HTTP/1.1") && !host) {
                flag(MistakeKind.NO_HOST, LiveText.NO_HOST, out);
            }
        } else {
            int colon = content.indexOf(':');
            host |= colon > 0 && content.substring(0, colon).equalsIgnoreCase("Host");
        }
        line.reset();
        lineLength = 0;
        lastByte = -1;
    }

    /**
     * Where a line holds a control character the mirror refuses, or -1: any in a request line, any but tab in a
     * header line (a tab there is whitespace).
     */
    private static int firstControl(String content, boolean requestLine) {
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if ((c < 0x20 && !(c == '\t' && !requestLine)) || c == 0x7f) {
                return i;
            }
        }
        return -1;
    }

    private void requestLineArrived(String content, List<String> out) {
        requestLine = RequestLine.parse(content);
        out.add(LiveText.remark(tag, LiveText.parts(Foreign.latin1(cut(requestLine.method())),
                Foreign.latin1(cut(requestLine.target())), Foreign.latin1(cut(requestLine.version())))));
        String method = requestLine.method();
        if (requestLine.has(DiagnosisKind.LOWERCASE_METHOD)) {
            flag(MistakeKind.BAD_METHOD, LiveText.lowercaseMethod(method.toUpperCase(Locale.ROOT)), out);
        } else if (requestLine.has(DiagnosisKind.UNKNOWN_METHOD) || requestLine.has(DiagnosisKind.MALFORMED_METHOD)) {
            flag(MistakeKind.BAD_METHOD, LiveText.unknownMethod(Foreign.latin1(method)), out);
        }
        if (requestLine.has(DiagnosisKind.NO_VERSION)) {
            // the mirror reads no headers after a line without a version: it answers it (or refuses it) at once
            headDone = true;
            flag(MistakeKind.NO_VERSION, LiveText.NO_VERSION, out);
        } else if (requestLine.has(DiagnosisKind.UNSUPPORTED_VERSION)) {
            flag(MistakeKind.HTTP2, LiveText.HTTP2, out);
        }
    }

    private void showUnfinishedLine(List<String> out) {
        if (lineLength > 0) {
            byte[] kept = line.toByteArray();
            out.add(LiveText.wire(tag, shown(kept, Math.min(SHOWN, kept.length), lineLength) + "  " + LiveText.CUT_OFF));
        }
    }

    /** A part of the request line as far as the projector shows it, the rest counted. */
    private static String cut(String part) {
        return part.length() <= SHOWN ? part : part.substring(0, SHOWN) + LiveText.longLine(part.length() - SHOWN);
    }

    private static String shown(byte[] kept, int keptContent, int contentLength) {
        String visible = Escape.wire(kept, 0, keptContent);
        return contentLength > keptContent ? visible + LiveText.longLine(contentLength - keptContent) : visible;
    }

    private void flag(MistakeKind kind, String text, List<String> out) {
        mistakes.add(kind);
        out.add(LiveText.remark(tag, paint.mistake(LiveText.flagged(text))));
    }

    private Set<MistakeKind> reset() {
        Set<MistakeKind> made = EnumSet.copyOf(mistakes);
        mistakes.clear();
        line.reset();
        lineLength = 0;
        lastByte = -1;
        requestLine = null;
        host = false;
        headDone = false;
        started = false;
        hinted = false;
        return made;
    }
}
