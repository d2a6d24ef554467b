package org.wiretutor.shell.screen;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * Fits styled text to the terminal width ourselves, so the terminal never wraps a line at column 0
 * and loses its indent or gutter. Two ways: {@link #wrap} for prose (breaks at spaces, drops them),
 * {@link #exact} for bytes off the wire (breaks anywhere, keeps every character). Neither splits an
 * escape such as {@code \n} or {@code \xC3}: a learner must never see half of one.
 */
public final class Wrap {
    /** Text never gets fewer columns than this, however deep its indent. */
    private static final int MIN_ROOM = 20;

    private Wrap() {}

    public static List<AttributedString> wrap(AttributedString text, int width, String indent) {
        return wrap(text, width, indent, indent);
    }

    /** Wraps with {@code first} before the first line of each paragraph and {@code rest} before the others. */
    public static List<AttributedString> wrap(AttributedString text, int width, String first, String rest) {
        List<AttributedString> lines = new ArrayList<>();
        for (AttributedString paragraph : splitLines(text)) {
            int start = 0;
            int len = paragraph.length();
            if (len == 0) {
                lines.add(new AttributedString(first));
                continue;
            }
            String indent = first;
            while (start < len) {
                int room = Math.max(MIN_ROOM, width - indent.length());
                int end = Math.min(len, start + room);
                if (end < len) {
                    int space = lastSpace(paragraph, start, end);
                    end = space > start ? space : safeBreak(paragraph, start, end);
                }
                AttributedStringBuilder b = new AttributedStringBuilder().append(indent);
                b.append(paragraph.subSequence(start, end));
                lines.add(b.toAttributedString());
                indent = rest;
                start = end;
                while (start < len && paragraph.charAt(start) == ' ') start++;
            }
        }
        return lines;
    }

    /**
     * Cuts one line into rows of at most {@code width} columns without dropping or adding a
     * character of the text itself (spaces on the wire are bytes too); {@code first} and
     * {@code rest} go before the first row and the continuation rows.
     */
    public static List<AttributedString> exact(AttributedString text, int width, AttributedString first,
                                               AttributedString rest) {
        List<AttributedString> rows = new ArrayList<>();
        int start = 0;
        int len = text.length();
        AttributedString lead = first;
        do {
            int room = Math.max(MIN_ROOM, width - lead.columnLength());
            int end = fit(text, start, room);
            rows.add(new AttributedStringBuilder().append(lead).append(text.subSequence(start, end)).toAttributedString());
            lead = rest;
            start = end;
        } while (start < len);
        return rows;
    }

    /**
     * How far from {@code start} the text fills {@code room} columns: counted in columns, so a
     * wide character (CJK, most emoji) takes two, and never ending inside an escape or a surrogate
     * pair. At least one character or escape is taken, so a row always moves on.
     */
    static int fit(CharSequence s, int start, int room) {
        int i = start;
        int columns = 0;
        while (i < s.length()) {
            int token = escapeLength(s, i);
            int wide = token;
            if (token == 1) {
                int cp = Character.codePointAt(s, i);
                token = Character.charCount(cp);
                wide = Math.max(0, org.jline.utils.WCWidth.wcwidth(cp));
            }
            if (columns + wide > room && i > start) break;
            columns += wide;
            i += token;
        }
        return i;
    }

    /**
     * The break nearest before {@code end} that does not fall inside an escape; an escape longer
     * than the whole room is kept whole on its own row.
     */
    static int safeBreak(CharSequence s, int start, int end) {
        int i = start;
        while (i < end) {
            int token = escapeLength(s, i);
            if (i + token > end) return i > start ? i : i + token;
            i += token;
        }
        return end;
    }

    /** How many characters the escape at {@code i} spans ({@code \n}, {@code \xC3}, {@code \u202E}); 1 if none. */
    static int escapeLength(CharSequence s, int i) {
        if (s.charAt(i) != '\\' || i + 1 >= s.length()) return 1;
        char kind = s.charAt(i + 1);
        int want = kind == 'x' ? 4 : kind == 'u' ? 6 : 2;
        if (want > 2) {
            if (i + want > s.length()) return 2;
            for (int k = i + 2; k < i + want; k++) {
                if (Character.digit(s.charAt(k), 16) < 0) return 2;
            }
        }
        return want;
    }

    private static int lastSpace(AttributedString s, int from, int to) {
        for (int i = to; i > from; i--) if (s.charAt(i) == ' ') return i;
        return -1;
    }

    private static List<AttributedString> splitLines(AttributedString s) {
        List<AttributedString> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                out.add(s.subSequence(start, i));
                start = i + 1;
            }
        }
        out.add(s.subSequence(start, s.length()));
        return out;
    }
}
