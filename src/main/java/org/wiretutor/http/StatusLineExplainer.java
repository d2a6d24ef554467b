package org.wiretutor.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.http.core.ResponsePart.StatusLineRead;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;

/** Explains the first line of a response: version, code and reason, and what the parser found odd about the line. */
final class StatusLineExplainer {
    private StatusLineExplainer() {
    }

    record Explained(Annotation annotation, Optional<StatusLine> statusLine) {
    }

    static Explained explain(StatusLineRead read) {
        byte[] raw = read.raw();
        List<Detail> details = new ArrayList<>();
        if (!read.readable()) {
            details.add(new Detail("problem", Messages.get("http.status.line.unreadable")));
            HeaderExplainer.addLineEndingNotes(read, details);
            return new Explained(new Annotation(Kind.PROBLEM, raw, Messages.get("http.status.line.unreadable.title"),
                    details, Severity.ERROR), Optional.empty());
        }
        Optional<StatusLine> parsed = StatusLine.of(read);
        StatusLine sl = parsed.orElseThrow();
        Severity sev = Severity.INFO;
        details.add(new Detail("version", versionText(sl.version())));
        if (read.has(DiagnosisKind.UNUSUAL_VERSION)) {
            sev = Severity.WARNING;
        }
        details.add(new Detail("code", StatusCodes.explain(sl.code())));
        if (read.has(DiagnosisKind.STATUS_CODE_OUT_OF_RANGE)) {
            sev = Severity.ERROR;
        }
        details.add(new Detail("reason", reasonText(sl)));
        if (read.has(DiagnosisKind.STATUS_LINE_EXTRA_SPACE)) {
            details.add(new Detail("spacing", Messages.get("http.status.line.extra.space")));
            sev = HeaderExplainer.max(sev, Severity.WARNING);
        }
        if (read.has(DiagnosisKind.NO_SPACE_AFTER_CODE)) {
            details.add(new Detail("spacing", Messages.get("http.status.line.no.space")));
            sev = HeaderExplainer.max(sev, Severity.WARNING);
        }
        if (HeaderExplainer.addLineEndingNotes(read, details)) {
            sev = HeaderExplainer.max(sev, Severity.WARNING);
        }
        String reason = Escape.latin1(sl.reason());
        String title = Messages.get(sl.reason().isEmpty() ? "http.status.line.title" : "http.status.line.title.reason",
                reason, sl.code());
        return new Explained(new Annotation(Kind.STATUS_LINE, raw, title, details, sev), parsed);
    }

    private static String versionText(String v) {
        return switch (v) {
            case "HTTP/1.1" -> Messages.get("http.status.version.1.1");
            case "HTTP/1.0" -> Messages.get("http.status.version.1.0");
            default -> Messages.get("http.status.version.other", Escape.latin1(v));
        };
    }

    private static String reasonText(StatusLine sl) {
        String std = StatusCodes.reason(sl.code());
        String r = Escape.latin1(sl.reason());
        if (r.isEmpty()) {
            return Messages.get("http.status.reason.empty");
        }
        if (!std.isEmpty() && !std.equalsIgnoreCase(r)) {
            return Messages.get("http.status.reason.unusual", r, std);
        }
        return Messages.get("http.status.reason", r);
    }
}
