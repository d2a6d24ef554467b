package org.wiretutor.http;

import org.wiretutor.text.Escape;

/**
 * The wire notation of {@link Escape}, under the name the protocol code has always used: CR as {@code \r}, LF as
 * {@code \n}, tab as {@code \t}, backslash as {@code \\}, other control or non-ASCII bytes as {@code \xNN}; printable
 * ASCII as is. Every byte maps to one unambiguous token, so the learner can count what was sent.
 */
public final class Escapes {
    private Escapes() {
    }

    public static String visible(byte[] b) {
        return Escape.wire(b);
    }

    public static String visible(byte[] b, int off, int len) {
        return Escape.wire(b, off, len);
    }

    /**
     * Classic hex dump, 16 bytes a line.
     * <pre>00000000  48 54 54 50 2f 31 2e 31  20 32 30 30 20 4f 4b 0d  |HTTP/1.1 200 OK.|</pre>
     */
    public static String hexDump(byte[] b, int off, int len, long startOffset) {
        return Escape.hexDump(b, off, len, startOffset, 16);
    }

    /** Escapes a single byte, e.g. for "expected \n but got \x00". */
    static String visible(int oneByte) {
        return visible(new byte[] {(byte) oneByte});
    }
}
