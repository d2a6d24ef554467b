package org.wiretutor.grading;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wiretutor.check.Caret;
import org.wiretutor.text.Escape;

/**
 * Lines up what a program printed with what it received, the way a learner would compare them by eye: CR is
 * ignored on both sides (terminals and print() treat line endings differently), a newline the program added is
 * noted and skipped, and the first other difference stops the comparison. Offsets into the received bytes are
 * kept, so an added newline can be traced to the read that ended there.
 */
final class OutputMatch {

    /** Common read sizes, largest first, for naming the boundary added newlines sit on. */
    private static final int[] READ_SIZES = {8192, 4096, 2048, 1024, 512, 256, 100};
    private static final int BEFORE = 40;
    private static final int AFTER = 24;

    private final String output;
    private final String expected;
    /** For each character of {@link #expected}, where its bytes start in the raw bytes. */
    private final int[] rawStart;
    private final int rawLength;
    private final int start;
    private final int matched;
    private final int outputEnd;
    private final List<int[]> added = new ArrayList<>();
    /** For each expected character matched so far (and one past), where it is in the output. */
    private final int[] outAt;
    private final boolean mismatch;

    private OutputMatch(String output, byte[] raw) {
        this.output = output.replace("\r", "");
        String text = new String(raw, StandardCharsets.UTF_8);
        StringBuilder normal = new StringBuilder(text.length());
        int[] starts = new int[text.length() + 1];
        int byteAt = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\r') {
                starts[normal.length()] = byteAt;
                normal.append(c);
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                starts[normal.length()] = byteAt;
                normal.append('\n');
                i++;
                byteAt++;
            }
            byteAt += utf8Length(c);
        }
        this.expected = normal.toString();
        this.rawStart = starts;
        this.rawLength = raw.length;
        this.start = locate();
        this.outAt = new int[expected.length() + 1];
        int i = start;
        int j = 0;
        boolean differs = false;
        if (start >= 0) {
            while (j < expected.length() && i < this.output.length()) {
                char o = this.output.charAt(i);
                outAt[j] = i;
                if (o == expected.charAt(j)) {
                    i++;
                    j++;
                } else if (o == '\n') {
                    added.add(new int[] {i, j});
                    i++;
                } else {
                    differs = true;
                    break;
                }
            }
        }
        outAt[j] = i;
        this.matched = start < 0 ? 0 : j;
        this.outputEnd = start < 0 ? 0 : i;
        this.mismatch = differs;
    }

    static OutputMatch of(String output, byte[] expected) {
        return new OutputMatch(output, expected);
    }

    private int locate() {
        String first = firstLine();
        return first.isEmpty() ? -1 : output.indexOf(first);
    }

    /** The first line of what was expected (at most 60 characters), the anchor searched for in the output. */
    String firstLine() {
        int nl = expected.indexOf('\n');
        String line = nl < 0 ? expected : expected.substring(0, nl);
        return line.length() > 60 ? line.substring(0, 60) : line;
    }

    boolean found() {
        return start >= 0;
    }

    boolean complete() {
        return found() && matched == expected.length();
    }

    boolean differs() {
        return mismatch;
    }

    /** How many bytes of what was expected the output shows, in order (added newlines skipped). */
    int shownBytes() {
        return matched >= expected.length() ? rawLength : rawStart[matched];
    }

    /**
     * As {@link #shownBytes()}, but not counting a line break the match ends on: a program that prints the first
     * N characters with print() adds a newline, which may happen to match the next expected character.
     */
    int shownBytesBeforeFinalNewline() {
        if (matched > 0 && expected.charAt(matched - 1) == '\n') {
            return rawStart[matched - 1];
        }
        return shownBytes();
    }

    int expectedBytes() {
        return rawLength;
    }

    /** Newlines the program added, counted up to where the comparison stopped. */
    int addedNewlines() {
        return added.size();
    }

    /** The read size all added newlines sit on a multiple of, or 0 when they do not line up. */
    int boundary() {
        for (int size : READ_SIZES) {
            boolean all = !added.isEmpty();
            for (int[] a : added) {
                all &= onBoundary(a[1], size);
            }
            if (all) {
                return size;
            }
        }
        return 0;
    }

    /**
     * Whether a newline added before expected character j can sit where a read of {@code size} bytes ended. The
     * read may also have ended between a CR and its LF, or earlier inside a run of line breaks: the comparison
     * cannot tell those places apart.
     */
    private boolean onBoundary(int j, int size) {
        for (int k = j; k >= 0; k--) {
            int at = k < expected.length() ? rawStart[k] : rawLength;
            if (at > 0 && at % size == 0 || k < expected.length() && expected.charAt(k) == '\n' && (at + 1) % size == 0) {
                return true;
            }
            if (k == 0 || expected.charAt(k - 1) != '\n') {
                return false;
            }
        }
        return false;
    }

    /** A caret under the first added newline. */
    Optional<Caret> firstAdded() {
        return added.isEmpty() ? Optional.empty() : Optional.of(caretAt(added.get(0)[0]));
    }

    /** A caret under the first character that differs. */
    Caret difference() {
        return caretAt(Math.min(outputEnd, output.length()));
    }

    /** A caret under the output character showing expected byte {@code bytes}, to point where a limit was passed. */
    Caret afterBytes(int bytes) {
        int j = 0;
        while (j < matched && rawStart[j] < bytes) {
            j++;
        }
        return caretAt(Math.min(outAt[j], output.length()));
    }

    /** Escaped window around output index {@code i}: the rest of its line before, the character, a little after. */
    private Caret caretAt(int i) {
        int lineStart = output.lastIndexOf('\n', i - 1) + 1;
        String before = output.substring(Math.max(lineStart, i - BEFORE), i);
        String at = i < output.length() ? output.substring(i, i + 1) : "";
        int afterEnd = output.indexOf('\n', i + 1);
        afterEnd = afterEnd < 0 ? output.length() : afterEnd;
        String after = i + 1 < output.length() ? output.substring(i + 1, Math.min(afterEnd, i + 1 + AFTER)) : "";
        String shownBefore = escape(before);
        return new Caret(shownBefore + escape(at) + escape(after), shownBefore.length());
    }

    private static String escape(String s) {
        return Escape.wire(s.getBytes(StandardCharsets.UTF_8));
    }

    private static int utf8Length(char c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800) {
            return 2;
        }
        return Character.isSurrogate(c) ? 2 : 3;
    }
}
