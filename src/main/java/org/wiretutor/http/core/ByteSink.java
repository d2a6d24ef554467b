package org.wiretutor.http.core;

import java.util.Arrays;

/**
 * Counts every byte it is given but keeps only the first {@code cap} of them, so a huge body or a runaway line
 * uses flat memory. The backing array grows on demand up to the cap.
 */
final class ByteSink {
    private final int cap;
    private byte[] buf = new byte[64];
    private int kept;
    private long total;

    ByteSink(int cap) {
        this.cap = cap;
    }

    void add(int b) {
        total++;
        if (kept < cap) {
            ensure(kept + 1);
            buf[kept++] = (byte) b;
        }
    }

    void add(byte[] data, int off, int len) {
        total += len;
        int n = Math.min(len, cap - kept);
        if (n > 0) {
            ensure(kept + n);
            System.arraycopy(data, off, buf, kept, n);
            kept += n;
        }
    }

    void add(byte[] data) {
        add(data, 0, data.length);
    }

    /** Total bytes given, kept or not. */
    long total() {
        return total;
    }

    /** Bytes actually kept (at most the cap). */
    int kept() {
        return kept;
    }

    boolean isEmpty() {
        return total == 0;
    }

    /** Bytes that were counted but not kept. */
    long dropped() {
        return total - kept;
    }

    int byteAt(int i) {
        return buf[i] & 0xFF;
    }

    int last() {
        return kept == 0 ? -1 : buf[kept - 1] & 0xFF;
    }

    byte[] bytes() {
        return Arrays.copyOf(buf, kept);
    }

    /** What was given so far: the bytes kept and the count. */
    Preview preview() {
        return new Preview(bytes(), total);
    }

    void clear() {
        kept = 0;
        total = 0;
        if (buf.length > 4096) {
            buf = new byte[64];
        }
    }

    private void ensure(int need) {
        if (need > buf.length) {
            buf = Arrays.copyOf(buf, Math.min(cap, Math.max(need, buf.length * 2)));
        }
    }
}
