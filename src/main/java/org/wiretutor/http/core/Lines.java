package org.wiretutor.http.core;

import java.nio.charset.StandardCharsets;
import java.util.List;

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

    /** The first CR inside the content, not part of the line ending; -1 when there is none. */
    static int strayCr(byte[] raw) {
        int n = contentLength(raw);
        for (int i = 0; i < n; i++) {
            if (raw[i] == '\r') {
                return i;
            }
        }
        return -1;
    }

    static byte[] concat(List<byte[]> parts) {
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
