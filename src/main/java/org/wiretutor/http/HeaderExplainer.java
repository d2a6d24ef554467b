package org.wiretutor.http;

import java.util.ArrayList;
import java.util.List;
import org.wiretutor.http.core.ContentLength;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.http.core.ResponsePart;
import org.wiretutor.http.core.ResponsePart.FieldRead;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;

/**
 * Turns one header or trailer field, as the parser read it (its first line plus any obs-fold continuation lines), into
 * a {@link HeaderField} and an {@link Annotation} that explains it and tells what the parser found wrong with it.
 */
final class HeaderExplainer {
    /** The {@code {0}} of a sentence that inserts no text: the catalogue keeps {@code {0}} for text. */
    private static final String NO_TEXT = "";

    private HeaderExplainer() {
    }

    /** The result: the annotation, and the field (null when the line could not be read as a field). */
    record Explained(Annotation annotation, HeaderField field) {
    }

    /**
     * @param head the reply's head as far as known: all its fields once it has ended (an ETag is read with it)
     */
    static Explained explain(Kind kind, FieldRead read, List<HeaderField> head) {
        byte[] raw = read.raw();
        List<Detail> details = new ArrayList<>();
        Severity sev = Severity.INFO;
        if (!read.hasColon()) {
            details.add(new Detail("problem", Messages.get(kind == Kind.TRAILER ? "http.field.no.colon.trailer"
                    : "http.field.no.colon.header")));
            addLineEndingNotes(read.diagnoses(), read.line(), read.lines().size(), details);
            return new Explained(new Annotation(Kind.PROBLEM, raw, Messages.get("http.field.no.colon.title"), details,
                    Severity.ERROR), null);
        }
        HeaderField field = new HeaderField(read.name(), read.value(), raw);
        details.add(new Detail("value", Escape.latin1(read.value())));
        details.add(new Detail("means", HeaderGlossary.explain(read.name(), field.value())));
        if (field.is("ETag")) {
            details.addAll(EtagExplainer.details(field.value(), head));
        }

        if (read.has(DiagnosisKind.REPLY_EMPTY_HEADER_NAME)) {
            details.add(new Detail("problem", Messages.get("http.field.empty.name")));
            sev = Severity.ERROR;
        } else if (read.has(DiagnosisKind.REPLY_SPACE_BEFORE_COLON)) {
            details.add(new Detail("problem", Messages.get("http.field.space.before.colon")));
            sev = Severity.ERROR;
        } else if (read.has(DiagnosisKind.REPLY_MALFORMED_HEADER_NAME)) {
            details.add(new Detail("problem", Messages.get("http.field.malformed.name")));
            sev = Severity.ERROR;
        }
        if (read.has(DiagnosisKind.REPLY_FOLDED_HEADER)) {
            details.add(new Detail("folded", Messages.get("http.field.folded", NO_TEXT, read.lines().size() - 1)));
            sev = max(sev, Severity.WARNING);
        }
        if (addLineEndingNotes(read.diagnoses(), read.line(), read.lines().size(), details)) {
            sev = max(sev, Severity.WARNING);
        }
        sev = max(sev, contentLength(read, details));
        String name = read.name().isEmpty() ? read.nameAsSent() : read.name();
        return new Explained(new Annotation(kind, raw, Escape.latin1(name), details, sev), field);
    }

    /** Adds the bare-LF and stray-CR notes of a part that is one line; returns true if any were added. */
    static boolean addLineEndingNotes(ResponsePart part, List<Detail> details) {
        return addLineEndingNotes(part.diagnoses(), 0, 1, details);
    }

    /**
     * Adds a bare-LF or stray-CR note for each such diagnosis, in order, saying which line it is on when there are
     * several; returns true if any were added.
     *
     * @param firstLine the reply's line number of the first line
     * @param lines     how many lines the part has
     */
    static boolean addLineEndingNotes(List<Diagnosis> diagnoses, int firstLine, int lines, List<Detail> details) {
        boolean any = false;
        for (Diagnosis d : diagnoses) {
            String label;
            String note;
            if (d.kind() == DiagnosisKind.REPLY_BARE_LF) {
                label = "line ending";
                note = Messages.get("http.line.bare.lf");
            } else if (d.kind() == DiagnosisKind.REPLY_STRAY_CR) {
                label = "problem";
                note = Messages.get("http.line.stray.cr");
            } else {
                continue;
            }
            if (lines > 1) {
                int i = d.line() - firstLine;
                note = i == 0 ? Messages.get("http.line.first", note) : Messages.get("http.line.continuation", note, i);
            }
            details.add(new Detail(label, note));
            any = true;
        }
        return any;
    }

    /** The note on a Content-Length field, and how much it matters. */
    private static Severity contentLength(FieldRead read, List<Detail> details) {
        if (read.has(DiagnosisKind.REPLY_BAD_CONTENT_LENGTH)) {
            details.add(new Detail("problem", Messages.get("http.field.content.length.bad",
                    Escape.latin1(read.value()))));
            return Severity.ERROR;
        }
        Diagnosis conflict = read.first(DiagnosisKind.CONFLICTING_CONTENT_LENGTHS);
        if (conflict != null) {
            details.add(new Detail("problem", Messages.get("http.field.content.length.conflict",
                    NO_TEXT, Long.parseLong(conflict.subject()), ContentLength.parse(read.value()))));
            return Severity.ERROR;
        }
        if (read.has(DiagnosisKind.REPEATED_CONTENT_LENGTH)) {
            details.add(new Detail("note", Messages.get("http.field.content.length.repeated")));
            return Severity.WARNING;
        }
        if (read.has(DiagnosisKind.CONTENT_LENGTH_LIST)) {
            details.add(new Detail("note", Messages.get("http.field.content.length.list")));
            return Severity.WARNING;
        }
        return Severity.INFO;
    }

    static Severity max(Severity a, Severity b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
