package org.wiretutor.mirror.pages;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The choices behind one learner's variant, drawn from SHA-256 rather than {@link java.util.Random} so they are
 * fixed by this documented recipe alone and never by a JDK version: the key is SHA-256 of
 * {@code "wiretutor:" + id} (UTF-8), block {@code i} (from 0) is SHA-256 of key followed by {@code i} as four
 * big-endian bytes, and each draw takes the next eight bytes of the blocks as an unsigned big-endian number.
 * Not thread-safe; one instance builds one variant.
 */
final class Seed {

    private final byte[] key;
    private ByteBuffer block = ByteBuffer.allocate(0);
    private int counter;

    private Seed(byte[] key) {
        this.key = key;
    }

    /** The seed of a learner id that {@link LearnerId#check} has already accepted. */
    static Seed of(String learnerId) {
        return new Seed(sha256(("wiretutor:" + learnerId).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The seed of the course's own drawn pages, for the set served without a learner id: its key is SHA-256 of
     * {@code "wiretutor course"}, which no {@code "wiretutor:" + id} can equal.
     */
    static Seed course() {
        return new Seed(sha256("wiretutor course".getBytes(StandardCharsets.UTF_8)));
    }

    /** The next 64 bits. */
    long next() {
        if (!block.hasRemaining()) {
            block = ByteBuffer.wrap(sha256(ByteBuffer.allocate(key.length + 4).put(key).putInt(counter++).array()));
        }
        return block.getLong();
    }

    /** A number in {@code [0, bound)}; the modulo bias is below 2^-40 for every bound used here. */
    long below(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return Long.remainderUnsigned(next(), bound);
    }

    int below(int bound) {
        return (int) below((long) bound);
    }

    /** A number in {@code [low, high]}. */
    int between(int low, int high) {
        return low + below(high - low + 1);
    }

    /** An instant in {@code [from, until)} with microseconds (Apache's ETag is built from them). */
    Instant instant(Instant from, Instant until) {
        long micros = below(ChronoUnit.MICROS.between(from, until));
        return from.plus(micros, ChronoUnit.MICROS);
    }

    /** A shuffled copy: Fisher-Yates from the last element down, each swap partner drawn with {@link #below(int)}. */
    <T> List<T> shuffled(List<T> items) {
        List<T> list = new ArrayList<>(items);
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, below(i + 1));
        }
        return list;
    }

    private static byte[] sha256(byte[] in) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(in);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
