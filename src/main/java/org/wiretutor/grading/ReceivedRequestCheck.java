package org.wiretutor.grading;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.wiretutor.check.Caret;
import org.wiretutor.check.Check;
import org.wiretutor.check.HeadReading;
import org.wiretutor.check.Verdict;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.http.core.RequestParser;
import org.wiretutor.http.core.WellKnownHeader;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.text.Escape;

/**
 * Reads the request bytes the mirror actually received and names the first thing wrong with them, pointing at
 * the byte: a bare LF, the missing blank line, HTTP/1.1 without Host, another document than the URL names. Every
 * finding is a diagnosis of the protocol core: of the kept bytes as the core reads them (which line ends with a bare
 * LF), or of the exchange as the mirror logged it (no blank line, no Host).
 */
final class ReceivedRequestCheck implements Check<Evidence> {

    static final String NAME = "request";
    /** Longest stretch of escaped head shown before a caret. */
    private static final int SHOWN = 100;

    @Override
    public Verdict judge(Evidence ev) {
        Optional<LogEntry> first = ev.firstRequest();
        if (first.isEmpty()) {
            return Verdict.missed(GradingText.noRequest(ev.host(), ev.port()));
        }
        LogEntry e = first.get();
        byte[] head = e.head();
        if (head.length == 0) {
            return Verdict.missed(GradingText.connectedSilently());
        }
        HeadReading reading = HeadReading.of(head);
        Optional<RequestParser.Line> bare = reading.firstWith(DiagnosisKind.BARE_LF);
        if (bare.isPresent()) {
            RequestParser.Line line = bare.get();
            // the line with its LF, which the caret points at
            String shown = Escape.wire(head, (int) line.start(), line.content().length + 1);
            return Verdict.missed(GradingText.bareLf(which(line)), tail(shown, shown.length() - 2));
        }
        if (e.has(DiagnosisKind.NO_BLANK_LINE)) {
            String shown = Escape.wire(head);
            return Verdict.missed(GradingText.noBlankLine(), tail(shown, shown.length()));
        }
        String requestLine = requestLineShown(reading);
        if (e.status() == 400 && e.has(DiagnosisKind.MISSING_HOST)) {
            Optional<Verdict> typo = hostTypedWrong(reading);
            if (typo.isPresent()) {
                return typo.get();
            }
            int at = requestLine.lastIndexOf("HTTP/1.1");
            return Verdict.missed(GradingText.http11WithoutHost(), tail(requestLine, Math.max(0, at)));
        }
        if (e.status() != 200) {
            return Verdict.missed(GradingText.rejected(e.status(), e.note()), tail(requestLine, 0));
        }
        String target = reading.requestLine().target();
        String asked = path(target);
        if (!asked.equals(ev.spec().path())) {
            int at = requestLine.indexOf(Escape.wire(target.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
            return Verdict.missed(GradingText.wrongDocument(asked, ev.spec().path()),
                    tail(requestLine, Math.max(0, at)));
        }
        return Verdict.passed(GradingText.requestOk(e.requestLine()));
    }

    /**
     * A Host header sent under a name typed near it ({@code Hots:}): the reason the server found none, pointed at
     * where the name leaves {@code Host}.
     */
    private static Optional<Verdict> hostTypedWrong(HeadReading reading) {
        for (RequestParser.Line line : reading.lines()) {
            for (Diagnosis d : line.diagnoses()) {
                if (d.meantHeader().filter(h -> h == WellKnownHeader.HOST).isPresent()) {
                    String shown = Escape.wire(line.content());
                    // the escaped line shows a name's bytes one for one: a header name is printable ASCII
                    int column = Math.min(shown.length(), Math.max(0, d.column() - 1));
                    return Optional.of(Verdict.missed(GradingText.hostTypedWrong(Escape.latin1(d.subject()),
                            WellKnownHeader.HOST.fieldName()), tail(shown, column)));
                }
            }
        }
        return Optional.empty();
    }

    /** True when the mirror gave up waiting for the end of the head, or the program closed before it. */
    static boolean missingBlankLine(Evidence ev) {
        return ev.firstRequest().filter(e -> e.head().length > 0)
                .filter(e -> !HeadReading.of(e.head()).has(DiagnosisKind.BARE_LF))
                .map(e -> e.has(DiagnosisKind.NO_BLANK_LINE)).orElse(false);
    }

    /** The request line as the core read it, escaped, without its line ending; empty when none ended. */
    private static String requestLineShown(HeadReading reading) {
        return reading.lines().stream().filter(l -> l.role() == RequestParser.Role.REQUEST_LINE).findFirst()
                .map(l -> Escape.wire(l.content())).orElse("");
    }

    /** "request line", "blank line" or "header line "Host: ..."" for the line holding the bare LF. */
    private static String which(RequestParser.Line line) {
        return switch (line.role()) {
            case EMPTY_BEFORE_REQUEST, REQUEST_LINE, TLS_RECORD -> GradingText.requestLineLabel();
            case BLANK_LINE -> GradingText.blankLineLabel();
            case HEADER -> GradingText.headerLineLabel(Escape.wire(line.content()));
        };
    }

    /** The path a target asks for: origin form as is, absolute form's path. */
    static String path(String target) {
        if (target.startsWith("/")) {
            int q = target.indexOf('?');
            return q < 0 ? target : target.substring(0, q);
        }
        try {
            String p = new URI(target).getRawPath();
            return p == null || p.isEmpty() ? "/" : p;
        } catch (URISyntaxException e) {
            return target;
        }
    }

    /** Keeps the caret's line short: long heads show only the part leading up to the caret. */
    private static Caret tail(String shown, int column) {
        if (column <= SHOWN) {
            return new Caret(shown.length() > column + SHOWN ? shown.substring(0, column + SHOWN) : shown, column);
        }
        int from = column - SHOWN;
        String cut = "..." + shown.substring(from, Math.min(shown.length(), column + SHOWN));
        return new Caret(cut, column - from + 3);
    }
}
