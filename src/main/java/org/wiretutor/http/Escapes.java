package org.wiretutor.http;

/**
 * Makes bytes readable while keeping them exact: CR as {@code \r}, LF as {@code \n}, tab as {@code \t}, backslash as
 * {@code \\}, other control or non-ASCII bytes as {@code \xNN}; printable ASCII as is. Every byte maps to one
 * unambiguous token, so the learner can count what was sent.
 */
public final class Escapes {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Escapes() {
    }

    public static String visible(byte[] b) {
        return b == null ? "" : visible(b, 0, b.length);
    }

    public static String visible(byte[] b, int off, int len) {
        if (b == null) {
            return "";
        }
        int from = clamp(off, 0, b.length);
        int to = clamp(from + Math.max(0, len), from, b.length);
        StringBuilder sb = new StringBuilder(to - from + 16);
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xFF;
            switch (c) {
                case '\r' -> sb.append("\\r");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c >= 0x20 && c < 0x7F) {
                        sb.append((char) c);
                    } else {
                        sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * Classic hex dump, 16 bytes a line: 8-digit hex offset (counted from {@code startOffset}), the bytes in hex in two
     * groups of eight, then the printable ASCII between bars with '.' for anything else. Every line ends with LF.
     * <pre>00000000  48 54 54 50 2f 31 2e 31  20 32 30 30 20 4f 4b 0d  |HTTP/1.1 200 OK.|</pre>
     */
    public static String hexDump(byte[] b, int off, int len, long startOffset) {
        if (b == null) {
            return "";
        }
        int from = clamp(off, 0, b.length);
        int to = clamp(from + Math.max(0, len), from, b.length);
        StringBuilder sb = new StringBuilder();
        for (int line = from; line < to; line += 16) {
            long offset = startOffset + (line - from);
            sb.append(String.format("%08x", offset)).append("  ");
            StringBuilder ascii = new StringBuilder(16);
            for (int i = 0; i < 16; i++) {
                int p = line + i;
                if (p < to) {
                    int c = b[p] & 0xFF;
                    sb.append(Character.toLowerCase(HEX[c >> 4])).append(Character.toLowerCase(HEX[c & 0xF])).append(' ');
                    ascii.append(c >= 0x20 && c < 0x7F ? (char) c : '.');
                } else {
                    sb.append("   ");
                }
                if (i == 7) {
                    sb.append(' ');
                }
            }
            sb.append(" |").append(ascii).append("|\n");
        }
        return sb.toString();
    }

    /** Escapes a single byte, e.g. for "expected \n but got \x00". */
    static String visible(int oneByte) {
        return visible(new byte[] {(byte) oneByte});
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
