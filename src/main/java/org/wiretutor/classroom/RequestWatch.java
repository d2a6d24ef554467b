package org.wiretutor.classroom;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.wiretutor.http.core.ApacheRules;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.http.core.RequestLine;
import org.wiretutor.http.core.RequestParser;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Foreign;

/**
 * One connection's request as the projector shows it while it arrives. Every byte goes to the protocol core's
 * {@link RequestParser}, the same reader the mirror answers from; each line it reports is shown once it ends, with a
 * flag for each of its diagnoses that counts as a {@link MistakeKind} ({@link MistakeKind#of(DiagnosisKind)}), so the
 * flags on screen and the {@link Ledger}'s tally follow one rule. Bounded per line: a line shows at most
 * {@link #SHOWN} bytes, the rest only counted, and the parser keeps no more of a line than Apache reads.
 * Not thread-safe: the {@link LiveView} serialises access.
 */
final class RequestWatch {

    /** Bytes of one line shown on the projector; the rest is only counted. */
    static final int SHOWN = 120;

    private final String tag;
    private final Paint paint;
    private final RequestParser parser = new RequestParser();
    /** The first {@link #SHOWN} bytes of the line not yet ended, to show it when the request ends without it. */
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(SHOWN);
    /**
     * The mirror has all it reads of this head: its blank line came, a request line that is a whole HTTP/0.9 request,
     * or a line with a diagnosis {@link ApacheRules} answers at once (the mirror stops at the same byte).
     */
    private boolean decided;
    private boolean hinted;
    private Instant lastArrival = Instant.MIN;

    RequestWatch(String tag, Paint paint) {
        this.tag = tag;
        this.paint = paint;
    }

    /** Whether a request began and the mirror has not yet read all it needs of it: what a close then cuts off. */
    boolean cutOff() {
        return parser.started() && !decided;
    }

    void arrived(byte[] bytes, Instant now, List<String> out) {
        lastArrival = now;
        if (decided) {
            // the mirror reads a new head only after answering the last, so that answer's event was dropped
            reset();
        }
        for (byte b : bytes) {
            if (decided) {
                // the mirror stops reading a head where it decided it; it never sends more of the same read
                break;
            }
            RequestParser.Line line = parser.offer(b);
            if (line != null) {
                pending.reset();
                show(line, out);
            } else if (parser.pending() > 0 && pending.size() < SHOWN) {
                // the byte joined the line being read (not a byte of a too-long line's skipped rest)
                pending.write(b);
            }
        }
    }

    /** True once, when a started head has had no byte for {@code patience} and the mirror still waits for more. */
    boolean overdue(Instant now, Duration patience) {
        return cutOff() && !hinted && !now.isBefore(lastArrival.plus(patience));
    }

    void hint(List<String> out) {
        hinted = true;
        out.add(LiveText.wire(tag, paint.mistake(LiveText.stillWaiting())));
    }

    /**
     * The mirror answered: shows what it said, with the mistakes its status alone makes (the same rule as the tally's,
     * {@link MistakeKind#of(List, int)}), ready for the next request.
     */
    void answered(int status, List<String> out) {
        showUnfinishedLine(out);
        for (MistakeKind kind : MistakeKind.of(List.of(), status)) {
            switch (kind) {
                case NOT_FOUND -> flag(LiveText.notFound(), out);
                case NO_BLANK_LINE -> flag(LiveText.timedOut(), out);
                default -> {
                    // any other error answer is counted as such, and the status line below says it
                }
            }
        }
        out.add(LiveText.remark(tag, paint.status(status, LiveText.answered(status))));
        reset();
    }

    /** The client left before the mirror had the whole head: the core says what that request lacked. */
    void abandoned(List<String> out) {
        showUnfinishedLine(out);
        flags(List.of(parser.stopped()), RequestParser.Role.HEADER, out);
        reset();
    }

    /** A line as it ended: its bytes, a caret under a bare LF, what the line is, then its mistakes. */
    private void show(RequestParser.Line line, List<String> out) {
        byte[] content = line.content();
        String shown = shown(content, content.length, content.length);
        out.add(LiveText.wire(tag, shown + switch (line.ending()) {
            case CRLF -> "\\r\\n";
            case BARE_LF -> "\\n";
            case TOO_LONG, NONE -> "";
        }));
        if (line.has(DiagnosisKind.BARE_LF)) {
            out.add(LiveText.caret(tag, shown.length(), paint.mistake(LiveText.bareLf())));
        }
        switch (line.role()) {
            case EMPTY_BEFORE_REQUEST -> out.add(LiveText.remark(tag, LiveText.leadingEmptyLine()));
            case BLANK_LINE -> out.add(LiveText.remark(tag, LiveText.blankLine()));
            case REQUEST_LINE -> {
                RequestLine parts = parser.requestLine();
                out.add(LiveText.remark(tag, LiveText.parts(Foreign.latin1(cut(parts.method())),
                        Foreign.latin1(cut(parts.target())), Foreign.latin1(cut(parts.version())))));
            }
            case HEADER -> {
                // the line itself says it all
            }
            case TLS_RECORD -> out.add(LiveText.remark(tag, line.diagnoses().get(0).words()));
        }
        for (Diagnosis d : line.diagnoses()) {
            if (d.kind() == DiagnosisKind.REQUEST_LINE_TOO_LONG || d.kind() == DiagnosisKind.HEADER_TOO_LONG) {
                // the rest of the line is not read: say so, where the shown bytes stop
                out.add(LiveText.remark(tag, d.label()));
            }
        }
        flags(line.diagnoses(), line.role(), out);
        RequestLine requestLine = parser.requestLineOrEmpty();
        decided = parser.complete() || ApacheRules.firstRejection(line.diagnoses(), requestLine).isPresent();
    }

    /**
     * Flags each mistake among {@code diagnoses} once, by the first diagnosis of its kind in the line; a bare LF has
     * its caret already.
     */
    private void flags(List<Diagnosis> diagnoses, RequestParser.Role role, List<String> out) {
        Map<MistakeKind, Diagnosis> first = new EnumMap<>(MistakeKind.class);
        List<Diagnosis> inLine = new ArrayList<>(diagnoses);
        inLine.sort(Comparator.comparingInt(Diagnosis::column));
        for (Diagnosis d : inLine) {
            Optional<MistakeKind> kind = MistakeKind.of(d.kind());
            if (kind.isPresent() && d.kind() != DiagnosisKind.BARE_LF) {
                first.putIfAbsent(kind.get(), d);
            }
        }
        for (Diagnosis d : diagnoses) {
            if (first.containsValue(d)) {
                flag(words(d, role), out);
            }
        }
    }

    /** What the projector says about a mistake: short, and a fix where there is one. */
    private static String words(Diagnosis d, RequestParser.Role role) {
        String subject = d.subject();
        return switch (d.kind()) {
            case CONTROL_CHARACTER, TAB -> subject.isEmpty() ? d.words()
                    : LiveText.controlCharacter(subject.charAt(0), role == RequestParser.Role.REQUEST_LINE);
            case LOWERCASE_METHOD -> LiveText.lowercaseMethod(subject.toUpperCase(Locale.ROOT));
            case UNKNOWN_METHOD, MALFORMED_METHOD -> LiveText.unknownMethod(Foreign.latin1(cut(subject)));
            case NO_VERSION -> LiveText.noVersion();
            case UNSUPPORTED_VERSION -> LiveText.http2();
            case MISSING_HOST -> LiveText.noHost();
            case NO_BLANK_LINE -> LiveText.leftEarly();
            default -> d.words();
        };
    }

    private void showUnfinishedLine(List<String> out) {
        if (parser.pending() > 0) {
            byte[] kept = pending.toByteArray();
            out.add(LiveText.wire(tag, shown(kept, kept.length, parser.pending()) + "  " + LiveText.cutOff()));
        }
    }

    /** A part of the request line as far as the projector shows it, the rest counted. */
    private static String cut(String part) {
        return part.length() <= SHOWN ? part : part.substring(0, SHOWN) + LiveText.longLine(part.length() - SHOWN);
    }

    /** The first {@link #SHOWN} of {@code available} bytes in wire notation, and a count of the {@code length} not shown. */
    private static String shown(byte[] bytes, int available, int length) {
        int showing = Math.min(SHOWN, available);
        String visible = Escape.wire(bytes, 0, showing);
        return length > showing ? visible + LiveText.longLine(length - showing) : visible;
    }

    private void flag(String text, List<String> out) {
        out.add(LiveText.remark(tag, paint.mistake(LiveText.flagged(text))));
    }

    private void reset() {
        parser.reset();
        pending.reset();
        decided = false;
        hinted = false;
    }
}
