package org.wiretutor.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wiretutor.text.Escape;

/** Explains the first line of a response: version, code and reason, and what is odd about the line. */
final class StatusLineExplainer {
    private StatusLineExplainer() {
    }

    record Explained(Annotation annotation, Optional<StatusLine> statusLine) {
    }

    static Explained explain(byte[] raw) {
        Optional<StatusLine> parsed = StatusLine.parse(raw);
        List<Detail> details = new ArrayList<>();
        if (parsed.isEmpty()) {
            details.add(new Detail("problem", "this starts like a status line (\"HTTP/\") but is not one. A status line is"
                    + " HTTP/1.1 SP three-digit-code SP reason, e.g. HTTP/1.1 200 OK. The headers that follow are still shown."));
            HeaderExplainer.addLineEndingNotes(List.of(raw), details);
            return new Explained(new Annotation(Kind.PROBLEM, raw, "Unreadable status line", details, Severity.ERROR),
                    Optional.empty());
        }
        StatusLine sl = parsed.get();
        Severity sev = Severity.INFO;
        details.add(new Detail("version", versionText(sl.version())));
        if (!sl.version().equals("HTTP/1.1") && !sl.version().equals("HTTP/1.0")) {
            sev = Severity.WARNING;
        }
        details.add(new Detail("code", StatusCodes.explain(sl.code())));
        if (sl.code() < 100 || sl.code() > 599) {
            sev = Severity.ERROR;
        }
        details.add(new Detail("reason", reasonText(sl)));
        String content = Lines.content(raw);
        if (content.contains("  ") && content.indexOf("  ") < sl.version().length() + 5) {
            details.add(new Detail("spacing", "more than one space between the parts; exactly one is expected."));
            sev = HeaderExplainer.max(sev, Severity.WARNING);
        }
        if (content.length() == sl.version().length() + 4) {
            details.add(new Detail("spacing", "no space after the code. The RFC wants one even when the reason is empty;"
                    + " clients usually accept the line anyway."));
            sev = HeaderExplainer.max(sev, Severity.WARNING);
        }
        if (HeaderExplainer.addLineEndingNotes(List.of(raw), details)) {
            sev = HeaderExplainer.max(sev, Severity.WARNING);
        }
        String title = "Status line: " + sl.code() + (sl.reason().isEmpty() ? "" : " " + Escape.latin1(sl.reason()));
        return new Explained(new Annotation(Kind.STATUS_LINE, raw, title, details, sev), parsed);
    }

    private static String versionText(String v) {
        return switch (v) {
            case "HTTP/1.1" -> "HTTP/1.1 — the protocol version the server speaks. Servers say HTTP/1.1 even when the"
                    + " request said HTTP/1.0; that is normal (RFC 9110 §2.5).";
            case "HTTP/1.0" -> "HTTP/1.0 — the older version. Without a Content-Length, the body ends when the server"
                    + " closes the connection.";
            default -> Escape.latin1(v) + " — an unusual version; HTTP/1.1 or HTTP/1.0 is expected on a plain-text connection.";
        };
    }

    private static String reasonText(StatusLine sl) {
        String std = StatusCodes.reason(sl.code());
        String r = Escape.latin1(sl.reason());
        String base = "The reason phrase is for humans; programs read only the code.";
        if (r.isEmpty()) {
            return "(empty) — allowed. " + base;
        }
        if (!std.isEmpty() && !std.equalsIgnoreCase(r)) {
            return "\"" + r + "\" — the usual phrase is \"" + std + "\", but any text is allowed. " + base;
        }
        return "\"" + r + "\" — " + base;
    }
}
