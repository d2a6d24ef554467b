package org.wiretutor.grading;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.wiretutor.http.RequestHead;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.text.Escape;

/**
 * Reads the request bytes the mirror actually received and names the first thing wrong with them, pointing at
 * the byte: a bare LF, the missing blank line, HTTP/1.1 without Host, another document than the URL names.
 */
final class RequestCheck implements Check {

    static final String NAME = "request";
    /** Longest stretch of escaped head shown before a caret. */
    private static final int SHOWN = 100;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult check(Evidence ev) {
        Optional<LogEntry> first = ev.firstRequest();
        if (first.isEmpty()) {
            return CheckResult.fail(NAME, GradingText.noRequest(ev.host(), ev.port()));
        }
        LogEntry e = first.get();
        byte[] head = e.head();
        if (head.length == 0) {
            return CheckResult.fail(NAME, GradingText.connectedSilently());
        }
        int lf = bareLf(head);
        if (lf >= 0) {
            int lineStart = lineStart(head, lf);
            String shown = Escape.wire(head, lineStart, lf + 1 - lineStart);
            int column = shown.length() - 2;
            return CheckResult.fail(NAME, GradingText.bareLf(which(head, lineStart, lf)), tail(shown, column));
        }
        if (isMissingBlankLine(e)) {
            String shown = Escape.wire(head);
            return CheckResult.fail(NAME, GradingText.noBlankLine(), tail(shown, shown.length()));
        }
        String requestLine = Escape.wire(head, 0, lineEnd(head));
        if (e.status() == 400 && e.has(DiagnosisKind.MISSING_HOST)) {
            int at = requestLine.lastIndexOf("HTTP/1.1");
            return CheckResult.fail(NAME, GradingText.http11WithoutHost(), tail(requestLine, Math.max(0, at)));
        }
        if (e.status() != 200) {
            return CheckResult.fail(NAME, GradingText.rejected(e.status(), e.note()), tail(requestLine, 0));
        }
        String target = RequestHead.parse(head).requestLine().target();
        String asked = path(target);
        if (!asked.equals(ev.spec().path())) {
            int at = requestLine.indexOf(target);
            return CheckResult.fail(NAME, GradingText.wrongDocument(asked, ev.spec().path()),
                    tail(requestLine, Math.max(0, at)));
        }
        return CheckResult.pass(NAME, GradingText.requestOk(e.requestLine()));
    }

    /** True when the mirror gave up waiting for the end of the head, or the program closed before it. */
    static boolean missingBlankLine(Evidence ev) {
        return ev.firstRequest().filter(e -> e.head().length > 0 && bareLf(e.head()) < 0)
                .map(RequestCheck::isMissingBlankLine).orElse(false);
    }

    private static boolean isMissingBlankLine(LogEntry e) {
        return e.has(DiagnosisKind.NO_BLANK_LINE);
    }

    /** Index of the first LF not preceded by CR, or -1. */
    static int bareLf(byte[] head) {
        for (int i = 0; i < head.length; i++) {
            if (head[i] == '\n' && (i == 0 || head[i - 1] != '\r')) {
                return i;
            }
        }
        return -1;
    }

    private static int lineStart(byte[] head, int at) {
        int i = at - 1;
        while (i >= 0 && head[i] != '\n') {
            i--;
        }
        return i + 1;
    }

    private static int lineEnd(byte[] head) {
        for (int i = 0; i < head.length; i++) {
            if (head[i] == '\r' || head[i] == '\n') {
                return i;
            }
        }
        return head.length;
    }

    /** "request line", "blank line" or "header line "Host: ..."" for the line holding the bare LF. */
    private static String which(byte[] head, int lineStart, int lf) {
        boolean first = true;
        for (int i = 0; i < lineStart; i++) {
            if (head[i] != '\r' && head[i] != '\n') {
                first = false;
                break;
            }
        }
        if (lf == lineStart || lf == lineStart + 1 && head[lineStart] == '\r') {
            return first ? GradingText.requestLineLabel() : GradingText.blankLineLabel();
        }
        if (first) {
            return GradingText.requestLineLabel();
        }
        return GradingText.headerLineLabel(Escape.wire(head, lineStart, lf - lineStart));
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
