package org.wiretutor.shell.screen;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/** Word-wraps styled text to the terminal width, with a hanging indent, keeping styles intact. */
public final class Wrap {
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
                int room = Math.max(20, width - indent.length());
                int end = Math.min(len, start + room);
                if (end < len) {
                    int space = lastSpace(paragraph, start, end);
                    if (space > start) end = space;
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
