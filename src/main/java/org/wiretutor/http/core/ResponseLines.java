package org.wiretutor.http.core;

import java.util.ArrayList;
import java.util.List;
import org.wiretutor.http.core.ResponsePart.FieldRead;
import org.wiretutor.http.core.ResponsePart.Section;
import org.wiretutor.http.core.ResponsePart.StatusLineRead;

/**
 * Reads the lines of a reply's head once they have ended, for {@link ResponseParser}: a status line, a field from its
 * first line and its continuation lines, and the line endings of each, with the {@link Diagnosis diagnoses} placed in
 * the reply (offset from its first byte, line number, column).
 */
final class ResponseLines {
    private ResponseLines() {
    }

    /** One line of the head with its ending, where it starts in the reply and its number there. */
    record Line(byte[] raw, long start, int number) {
    }

    /** Reads a status line that starts at {@code start}, line {@code number} of the reply. */
    static StatusLineRead statusLine(byte[] raw, long start, int number) {
        String s = Lines.content(raw);
        List<Diagnosis> found = new ArrayList<>();
        String version = "";
        int code = -1;
        String reason = "";
        boolean readable = false;
        int sp = s.startsWith("HTTP/") ? s.indexOf(' ') : -1;
        int codeAt = -1;
        if (sp >= 0) {
            int i = sp;
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            codeAt = i;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i - codeAt == 3 && (i == s.length() || s.charAt(i) == ' ')) {
                readable = true;
                version = s.substring(0, sp);
                code = Integer.parseInt(s.substring(codeAt, i));
                reason = i < s.length() ? s.substring(i + 1) : "";
            }
        }
        if (!readable) {
            found.add(at(DiagnosisKind.MALFORMED_STATUS_LINE, start, number, start, ""));
        } else {
            if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
                found.add(at(DiagnosisKind.UNUSUAL_VERSION, start, number, start, version));
            }
            if (code < 100 || code > 599) {
                found.add(at(DiagnosisKind.STATUS_CODE_OUT_OF_RANGE, start + codeAt, number, start,
                        s.substring(codeAt, codeAt + 3)));
            }
            int twoSpaces = s.indexOf("  ");
            if (twoSpaces >= 0 && twoSpaces < version.length() + 5) {
                found.add(at(DiagnosisKind.STATUS_LINE_EXTRA_SPACE, start + twoSpaces, number, start, ""));
            }
            if (s.length() == version.length() + 4) {
                found.add(at(DiagnosisKind.NO_SPACE_AFTER_CODE, start + s.length(), number, start, ""));
            }
        }
        lineEndings(raw, start, number, found);
        return new StatusLineRead(start, raw, readable, version, code, reason, found);
    }

    /**
     * Reads one field from its lines: name, value and what is wrong with it, in the order they are told: the name,
     * the folding, each line's ending, then Content-Length against the earlier fields of its section.
     */
    static FieldRead field(Section section, List<Line> lines, List<FieldRead> earlier) {
        Line first = lines.get(0);
        List<byte[]> raws = lines.stream().map(Line::raw).toList();
        String content = Lines.content(first.raw());
        List<Diagnosis> found = new ArrayList<>();
        int colon = content.indexOf(':');
        if (colon < 0) {
            found.add(at(DiagnosisKind.REPLY_NO_COLON, first.start() + content.length(), first.number(),
                    first.start(), ""));
            for (Line l : lines) {
                lineEndings(l.raw(), l.start(), l.number(), found);
            }
            return new FieldRead(section, first.start(), first.number(), raws, false, "", "", "", found);
        }
        String nameAsSent = content.substring(0, colon);
        String name = nameAsSent.strip();
        StringBuilder value = new StringBuilder(content.substring(colon + 1).strip());
        for (int i = 1; i < lines.size(); i++) {
            String more = Lines.content(lines.get(i).raw()).strip();
            if (!more.isEmpty()) {
                if (value.length() > 0) {
                    value.append(' ');
                }
                value.append(more);
            }
        }
        if (name.isEmpty()) {
            found.add(at(DiagnosisKind.REPLY_EMPTY_HEADER_NAME, first.start(), first.number(), first.start(), ""));
        } else if (!nameAsSent.equals(name)) {
            found.add(at(DiagnosisKind.REPLY_SPACE_BEFORE_COLON, first.start() + colon - 1, first.number(),
                    first.start(), name));
        } else if (!RequestLine.isToken(name)) {
            found.add(at(DiagnosisKind.REPLY_MALFORMED_HEADER_NAME, first.start(), first.number(), first.start(),
                    name));
        }
        if (lines.size() > 1) {
            Line second = lines.get(1);
            found.add(at(DiagnosisKind.REPLY_FOLDED_HEADER, second.start(), second.number(), second.start(),
                    Integer.toString(lines.size() - 1)));
        }
        for (Line l : lines) {
            lineEndings(l.raw(), l.start(), l.number(), found);
        }
        if (name.equalsIgnoreCase("Content-Length")) {
            contentLength(value.toString(), earlier, first, found);
        }
        return new FieldRead(section, first.start(), first.number(), raws, true, nameAsSent, name,
                value.toString(), found);
    }

    /** A Content-Length must be one number, and agree with an earlier one in its section. */
    private static void contentLength(String value, List<FieldRead> earlier, Line at, List<Diagnosis> found) {
        Long n = ContentLength.parse(value);
        if (n == null) {
            found.add(at(DiagnosisKind.REPLY_BAD_CONTENT_LENGTH, at.start(), at.number(), at.start(), value));
            return;
        }
        for (FieldRead e : earlier) {
            if (e.is("Content-Length")) {
                Long m = ContentLength.parse(e.value());
                if (m != null && !m.equals(n)) {
                    found.add(at(DiagnosisKind.CONFLICTING_CONTENT_LENGTHS, at.start(), at.number(), at.start(),
                            Long.toString(m)));
                } else {
                    found.add(at(DiagnosisKind.REPEATED_CONTENT_LENGTH, at.start(), at.number(), at.start(), ""));
                }
                return;
            }
        }
        if (value.contains(",")) {
            found.add(at(DiagnosisKind.CONTENT_LENGTH_LIST, at.start(), at.number(), at.start(), value));
        }
    }

    /** A finding at {@code offset}, on line {@code number} of the reply, which starts at {@code start}. */
    static Diagnosis at(DiagnosisKind kind, long offset, int number, long start, String subject) {
        return new Diagnosis(kind, offset, number, (int) Math.min(Integer.MAX_VALUE, offset - start + 1), subject);
    }

    /** A bare LF ending and a stray CR inside a line that starts at {@code start}, in that order. */
    static void lineEndings(byte[] raw, long start, int number, List<Diagnosis> found) {
        if (Lines.bareLf(raw)) {
            found.add(at(DiagnosisKind.REPLY_BARE_LF, start + raw.length - 1, number, start, ""));
        }
        int cr = Lines.strayCr(raw);
        if (cr >= 0) {
            found.add(at(DiagnosisKind.REPLY_STRAY_CR, start + cr, number, start, ""));
        }
    }
}
