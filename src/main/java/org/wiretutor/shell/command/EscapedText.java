package org.wiretutor.shell.command;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads what the learner wrote after {@code send} into exact bytes: {@code \r}, {@code \n},
 * {@code \t}, {@code \\} and {@code \xNN} stand for those bytes, everything else for itself.
 */
final class EscapedText {
    private EscapedText() {}

    /** The bytes, or the position (0-based, in the text) of an escape that makes no sense. */
    record Parsed(byte[] bytes, int badAt) {
        boolean ok() {
            return badAt < 0;
        }
    }

    static Parsed parse(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '\\') {
                int end = i + Character.charCount(text.codePointAt(i));
                out.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
                continue;
            }
            if (i + 1 >= text.length()) return new Parsed(null, i);
            char e = text.charAt(i + 1);
            switch (e) {
                case 'r' -> out.write('\r');
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case '\\' -> out.write('\\');
                case 'x' -> {
                    try {
                        out.write(Integer.parseInt(text.substring(i + 2, i + 4), 16));
                    } catch (NumberFormatException | IndexOutOfBoundsException bad) {
                        return new Parsed(null, i);
                    }
                    i += 2;
                }
                default -> {
                    return new Parsed(null, i);
                }
            }
            i += 2;
        }
        return new Parsed(out.toByteArray(), -1);
    }
}
