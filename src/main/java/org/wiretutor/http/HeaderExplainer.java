package org.wiretutor.http;

import java.util.ArrayList;
import java.util.List;
import org.wiretutor.text.Escape;

/**
 * Turns one header or trailer field, as received (its first line plus any obs-fold continuation lines), into a
 * parsed {@link HeaderField} and an {@link Annotation} that explains it and flags what is wrong with it.
 */
final class HeaderExplainer {
    private HeaderExplainer() {
    }

    /** The result: the annotation, and the field (null when the line could not be read as a field). */
    record Explained(Annotation annotation, HeaderField field) {
    }

    private static final String TCHAR_EXTRA = "!#$%&'*+-.^_`|~";

    /**
     * @param earlier the fields of the same section before this one
     * @param head    the reply's head as far as known: all its fields once it has ended (an ETag is read with it)
     */
    static Explained explain(Kind kind, List<byte[]> lines, List<HeaderField> earlier, List<HeaderField> head) {
        byte[] raw = Lines.concat(lines);
        byte[] first = lines.get(0);
        String content = Lines.content(first);
        List<Detail> details = new ArrayList<>();
        Severity sev = Severity.INFO;
        int colon = content.indexOf(':');
        String what = kind == Kind.TRAILER ? "trailer" : "header";
        if (colon < 0) {
            details.add(new Detail("problem", "this " + what + " line has no colon, so it has no name and value. A field is"
                    + " written Name: value. The line is ignored."));
            addLineEndingNotes(lines, details);
            return new Explained(new Annotation(Kind.PROBLEM, raw, "Line without a colon", details, Severity.ERROR),
                    null);
        }
        String nameAsSent = content.substring(0, colon);
        String name = nameAsSent.strip();
        StringBuilder value = new StringBuilder(content.substring(colon + 1).strip());
        for (int i = 1; i < lines.size(); i++) {
            String more = Lines.content(lines.get(i)).strip();
            if (!more.isEmpty()) {
                if (value.length() > 0) {
                    value.append(' ');
                }
                value.append(more);
            }
        }
        HeaderField field = new HeaderField(name, value.toString(), raw);
        details.add(new Detail("value", Escape.latin1(value.toString())));
        details.add(new Detail("means", HeaderGlossary.explain(name, field.value())));
        if (field.is("ETag")) {
            details.addAll(EtagExplainer.details(field.value(), head));
        }

        if (name.isEmpty()) {
            details.add(new Detail("problem", "the line starts with a colon: the field has no name."));
            sev = Severity.ERROR;
        } else if (!nameAsSent.equals(name)) {
            details.add(new Detail("problem", "whitespace between the field name and the colon. RFC 9112 §5.1 forbids it;"
                    + " servers reject such requests with 400, and a proxy must remove it from a response."));
            sev = Severity.ERROR;
        } else if (!isToken(name)) {
            details.add(new Detail("problem", "the name contains characters that are not allowed in a field name"
                    + " (letters, digits and !#$%&'*+-.^_`|~ only)."));
            sev = Severity.ERROR;
        }
        if (lines.size() > 1) {
            details.add(new Detail("folded", "this field continues on " + (lines.size() - 1) + " more line"
                    + (lines.size() > 2 ? "s that start" : " that starts") + " with whitespace (obs-fold). Folding is obsolete"
                    + " (RFC 9112 §5.2); the lines are joined with a space as the RFC says."));
            sev = max(sev, Severity.WARNING);
        }
        if (addLineEndingNotes(lines, details)) {
            sev = max(sev, Severity.WARNING);
        }
        if (field.is("Content-Length")) {
            sev = max(sev, checkContentLength(field, earlier, details));
        }
        return new Explained(new Annotation(kind, raw, Escape.latin1(name.isEmpty() ? nameAsSent : name), details, sev), field);
    }

    /** Adds bare-LF and stray-CR notes for each line; returns true if any were added. */
    static boolean addLineEndingNotes(List<byte[]> lines, List<Detail> details) {
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            String where = lines.size() > 1 ? (i == 0 ? "first line: " : "continuation line " + i + ": ") : "";
            if (Lines.bareLf(lines.get(i))) {
                details.add(new Detail("line ending", where + Lines.BARE_LF));
                any = true;
            }
            if (Lines.strayCr(lines.get(i))) {
                details.add(new Detail("problem", where + Lines.STRAY_CR));
                any = true;
            }
        }
        return any;
    }

    private static Severity checkContentLength(HeaderField field, List<HeaderField> earlier, List<Detail> details) {
        Long n = ContentLength.parse(field.value());
        if (n == null) {
            details.add(new Detail("problem", "\"" + Escape.latin1(field.value()) + "\" is not a valid Content-Length: it must be digits"
                    + " only (a single number of bytes). RFC 9112 §6.3 says a client must treat this as an error."));
            return Severity.ERROR;
        }
        for (HeaderField e : earlier) {
            if (e.is("Content-Length")) {
                Long m = ContentLength.parse(e.value());
                if (m != null && !m.equals(n)) {
                    details.add(new Detail("problem", "a second Content-Length that disagrees with the first (" + m
                            + " vs " + n + "). The body length cannot be trusted: an error (RFC 9112 §6.3)."));
                    return Severity.ERROR;
                }
                details.add(new Detail("note", "Content-Length is repeated with the same value; accepted, but one is enough."));
                return Severity.WARNING;
            }
        }
        if (field.value().contains(",")) {
            details.add(new Detail("note", "the same number is listed more than once; accepted, but one is enough."));
            return Severity.WARNING;
        }
        return Severity.INFO;
    }

    static boolean isToken(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || TCHAR_EXTRA.indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    static Severity max(Severity a, Severity b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
