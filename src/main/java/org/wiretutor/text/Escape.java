package org.wiretutor.text;

import java.nio.charset.StandardCharsets;

/**
 * The one escaping function: turns foreign bytes or text into characters that cannot drive a terminal, while keeping
 * every byte identifiable. Nothing that leaves it contains a C0 control other than tab and line feed, DEL, a C1
 * control (U+0080–U+009F), a bidi control (U+202A–U+202E, U+2066–U+2069 and the marks), a line or paragraph separator,
 * a lone surrogate or a carriage return that could move the cursor back over a line.
 *
 * <p>Three notations, one rule set:
 * <ul>
 *   <li>{@link #wire}: exact bytes as the wire view shows them. Printable ASCII as is, {@code \r \n \t \\}, every other
 *       byte {@code \xNN}. Each byte is one token, so a learner can count what crossed the wire.</li>
 *   <li>{@link #bytes}: foreign bytes as readable text. Valid UTF-8 is decoded, controls as above, C1 and bidi controls
 *       as {@code \u202E}, bytes that do not decode as {@code \xNN} (never mojibake), a backslash as {@code \\}.</li>
 *   <li>{@link #string}: already decoded text (lesson prose, a program's output, a line about to be printed). Only what
 *       is dangerous or invisible is escaped; a backslash stays as it is, so applying it twice changes nothing. This is
 *       the guard every screen and file writer applies to each line it outputs.</li>
 * </ul>
 */
public final class Escape {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Escape() {}

    /** Exact wire notation: {@code GET / HTTP/1.0\r\n}, {@code \x1B}, {@code \xE2\x80\xAE}. ASCII only. */
    public static String wire(byte[] b) {
        return b == null ? "" : wire(b, 0, b.length);
    }

    public static String wire(byte[] b, int off, int len) {
        if (b == null) return "";
        int from = clamp(off, 0, b.length);
        int to = clamp(from + Math.max(0, len), from, b.length);
        StringBuilder sb = new StringBuilder(to - from + 16);
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xFF;
            if (c == '\\') sb.append("\\\\");
            else if (c >= 0x20 && c < 0x7F) sb.append((char) c);
            else byteEscape(sb, c);
        }
        return sb.toString();
    }

    /** Foreign bytes as readable text: UTF-8 decoded where it is valid, everything risky escaped. */
    public static String bytes(byte[] b) {
        return b == null ? "" : bytes(b, 0, b.length);
    }

    public static String bytes(byte[] b, int off, int len) {
        if (b == null) return "";
        int from = clamp(off, 0, b.length);
        int to = clamp(from + Math.max(0, len), from, b.length);
        StringBuilder sb = new StringBuilder(to - from + 16);
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                if (c == '\\') sb.append("\\\\");
                else if (c >= 0x20 && c < 0x7F) sb.append((char) c);
                else byteEscape(sb, c);
                i++;
                continue;
            }
            int n = utf8Length(b, i, to);
            if (n == 0) {
                byteEscape(sb, c);
                i++;
                continue;
            }
            int cp = new String(b, i, n, StandardCharsets.UTF_8).codePointAt(0);
            codePoint(sb, cp);
            i += n;
        }
        return sb.toString();
    }

    /**
     * A string decoded byte for byte (ISO-8859-1), as the HTTP parser keeps header names and values: shown as
     * {@link #bytes} would show the bytes. Characters above U+00FF cannot come from such a decoding and are treated
     * as {@link #string} would treat them.
     */
    public static String latin1(String s) {
        if (s == null) return "";
        return isByteString(s) ? bytes(s.getBytes(StandardCharsets.ISO_8859_1)) : string(s);
    }

    /** True when every character is one byte (at most U+00FF), as from an ISO-8859-1 decoding. */
    static boolean isByteString(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) return false;
        }
        return true;
    }

    /**
     * Decoded text made safe to print: controls, C1, bidi and invisible separators escaped, a backslash and line feeds
     * and tabs left alone. Idempotent, and it returns the same instance when nothing needed escaping.
     */
    public static String string(CharSequence s) {
        if (s == null) return "";
        int first = firstUnsafe(s);
        if (first < 0) return s.toString();
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (isUnsafe(cp)) escapeUnsafe(sb, cp);
            else sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    /**
     * A shown line whose runs of two or more spaces are kept whole: each of their spaces becomes a no-break space,
     * so a wrapped sentence quoting {@code GET  /romeo.txt} never breaks it at the very spaces it is about. A real
     * byte 0xA0 is never confused with these: {@link #wire} shows it as {@code \xA0}.
     */
    public static String spacesKept(String shown) {
        return SPACE_RUN.matcher(shown).replaceAll(m -> "\u00A0".repeat(m.group().length()));
    }

    private static final java.util.regex.Pattern SPACE_RUN = java.util.regex.Pattern.compile(" {2,}");

    /** Index of the first character {@link #string} would change, or -1: lets callers keep a fast path. */
    public static int firstUnsafe(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (lonely(s, i)) return i;
                if (Character.isHighSurrogate(c)) i++;
            } else if (c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && isUnsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    /** True for a code point that must never reach a terminal or a file as itself (tab and line feed excepted). */
    public static boolean isUnsafe(int cp) {
        return cp < 0x20 && cp != '\n' && cp != '\t' || cp == 0x7F || cp >= 0x80 && cp <= 0x9F || isBidi(cp)
                || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF || cp >= 0xD800 && cp <= 0xDFFF;
    }

    /** The bidi controls of Unicode's Trojan Source advisory (CVE-2021-42574): embeddings, overrides, isolates, marks. */
    public static boolean isBidi(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069 || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }

    /**
     * A classic hex dump, {@code bytesPerRow} bytes a row: 8-digit hex offset (counted from {@code startOffset}), the
     * bytes in hex, then the printable ASCII between bars with '.' for anything else. Every row ends with LF.
     */
    public static String hexDump(byte[] b, int off, int len, long startOffset, int bytesPerRow) {
        if (b == null) return "";
        int per = Math.max(1, bytesPerRow);
        int from = clamp(off, 0, b.length);
        int to = clamp(from + Math.max(0, len), from, b.length);
        StringBuilder sb = new StringBuilder();
        for (int line = from; line < to; line += per) {
            sb.append(String.format("%08x", startOffset + (line - from))).append("  ");
            StringBuilder ascii = new StringBuilder(per);
            for (int i = 0; i < per; i++) {
                int p = line + i;
                if (p < to) {
                    int c = b[p] & 0xFF;
                    sb.append(Character.toLowerCase(HEX[c >> 4])).append(Character.toLowerCase(HEX[c & 0xF])).append(' ');
                    ascii.append(c >= 0x20 && c < 0x7F ? (char) c : '.');
                } else {
                    sb.append("   ");
                }
                if (i == 7 && per > 8) sb.append(' ');
            }
            sb.append(" |").append(ascii).append("|\n");
        }
        return sb.toString();
    }

    private static void codePoint(StringBuilder sb, int cp) {
        if (isUnsafe(cp)) escapeUnsafe(sb, cp);
        else sb.appendCodePoint(cp);
    }

    private static void escapeUnsafe(StringBuilder sb, int cp) {
        if (cp < 0x80) byteEscape(sb, cp);
        else sb.append(String.format("\\u%04X", cp));
    }

    private static void byteEscape(StringBuilder sb, int c) {
        switch (c) {
            case '\r' -> sb.append("\\r");
            case '\n' -> sb.append("\\n");
            case '\t' -> sb.append("\\t");
            default -> sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
    }

    private static boolean lonely(CharSequence s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** Length of the well-formed UTF-8 sequence at {@code i} (RFC 3629: no overlongs, no surrogates), or 0. */
    public static int utf8Length(byte[] b, int i, int to) {
        int c = b[i] & 0xFF;
        int n;
        int min;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + n > to) return 0;
        int cp = c & (0xFF >> (n + 1));
        for (int k = 1; k < n; k++) {
            int d = b[i + k] & 0xFF;
            if ((d & 0xC0) != 0x80) return 0;
            cp = cp << 6 | d & 0x3F;
        }
        if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) return 0;
        return n;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
