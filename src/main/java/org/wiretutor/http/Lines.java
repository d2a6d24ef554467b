package org.wiretutor.http;

import java.nio.charset.StandardCharsets;

/** Small helpers for one raw line as received: its ending and its content. */
final class Lines {
    private Lines() {
    }

    /** Length of the content without the final LF or CR LF. */
    static int contentLength(byte[] raw) {
        int n = raw.length;
        if (n > 0 && raw[n - 1] == '\n') {
            n--;
            if (n > 0 && raw[n - 1] == '\r') {
                n--;
            }
        }
        return n;
    }

    /** The content as ISO-8859-1 text: every byte becomes exactly one char. */
    static String content(byte[] raw) {
        return new String(raw, 0, contentLength(raw), StandardCharsets.ISO_8859_1);
    }

    static boolean endsWithLf(byte[] raw) {
        return raw.length > 0 && raw[raw.length - 1] == '\n';
    }

    /** Ends in LF without the CR before it: accepted (RFC 9112 §2.2) but worth a warning. */
    static boolean bareLf(byte[] raw) {
        return endsWithLf(raw) && (raw.length < 2 || raw[raw.length - 2] != '\r');
    }

    /** A CR inside the content, not part of the line ending. */
    static boolean strayCr(byte[] raw) {
        int n = contentLength(raw);
        for (int i = 0; i < n; i++) {
            if (raw[i] == '\r') {
                return true;
            }
        }
        return false;
    }

    static final String BARE_LF = "this line ends with a bare LF (\\n) instead of CR LF (\\r\\n). Accepted, as RFC 9112 §2.2 allows,"
            + " but a correct server always sends CR LF.";
    static final String STRAY_CR = "a CR (\\r) inside the line that is not part of a CR LF ending; RFC 9112 §2.2 says to treat it as"
            + " invalid or as a space.";

    static byte[] concat(java.util.List<byte[]> parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
