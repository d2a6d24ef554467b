package org.wiretutor.wire;

import java.io.ByteArrayOutputStream;

/**
 * Keeps a bounded copy of one direction's bytes so "show raw" can redisplay them exactly,
 * while counting all of them, so a huge reply never fills memory.
 */
final class Transcript {
    /** Bytes kept per direction per exchange; the rest are counted only. */
    static final int KEEP_BYTES = 1 << 20;

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long total;

    void add(byte[] data, int off, int len) {
        total += len;
        int room = KEEP_BYTES - kept.size();
        if (room > 0) kept.write(data, off, Math.min(room, len));
    }

    byte[] bytes() {
        return kept.toByteArray();
    }

    long total() {
        return total;
    }
}
