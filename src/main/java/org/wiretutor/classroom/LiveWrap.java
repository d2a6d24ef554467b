package org.wiretutor.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.utils.AttributedString;

/**
 * Wraps a live-view line to the terminal's width by itself, so that every row keeps the connection's {@code #N}
 * tag: connections interleave, and a row without its tag belongs to nobody. Continuation rows repeat the tag and
 * start under the line's text. Widths are counted in terminal columns, colour sequences taking none.
 */
final class LiveWrap {

    private static final Pattern TAGGED = Pattern.compile("^(#\\d+)( +)");
    /** Continuation indent of an untagged line (a tally, a note). */
    private static final String UNTAGGED = "  ";

    private LiveWrap() {
    }

    /** The rows {@code line} takes at {@code width} columns, each at most {@code width} columns wide. */
    static List<String> rows(String line, int width) {
        AttributedString text = AttributedString.fromAnsi(line);
        if (width < 8 || text.columnLength() <= width) {
            return List.of(line);
        }
        String prefix = continuation(text.toString(), width);
        List<String> rows = new ArrayList<>();
        rows.add(text.columnSubSequence(0, width).toAnsi());
        int at = width;
        int room = width - prefix.length();
        int total = text.columnLength();
        while (at < total) {
            int end = Math.min(total, at + room);
            rows.add(prefix + text.columnSubSequence(at, end).toAnsi());
            at = end;
        }
        return rows;
    }

    /** The tag and the spaces up to where the text starts; half the width at most, so text always has room. */
    private static String continuation(String plain, int width) {
        Matcher m = TAGGED.matcher(plain);
        if (!m.find()) {
            return UNTAGGED;
        }
        String prefix = m.group(1) + m.group(2);
        return prefix.length() <= width / 2 ? prefix : m.group(1) + " ";
    }
}
