package org.wiretutor.mirror;

import org.wiretutor.text.Messages;

/**
 * How much one classroom server lets any client hold, so a few slow or greedy clients cannot starve the rest.
 * Modelled on Apache's mod_reqtimeout ({@code header=20-40,MinRate=500}) and nginx's {@code limit_conn}.
 *
 * @param perClient      most connections open at once from one client address; more are answered 503 and closed
 * @param maxConnections most connections open at once in all; more are answered 503 and closed
 * @param headMinRate    bytes per second that extend a request head's deadline: each {@code headMinRate} bytes
 *                       received add one second to the request timeout, up to twice the request timeout, so a
 *                       long head arriving steadily is served while a trickle is cut off (408) at the request timeout
 */
public record ServerLimits(int perClient, int maxConnections, int headMinRate) {

    /**
     * For a classroom's {@code serve}: 64 per address, 16,000 in all, 500 bytes/s (Apache's MinRate). Students
     * behind one NAT share an address; raise {@link #perClient} for them.
     */
    public static final ServerLimits DEFAULT = new ServerLimits(64, 16_000, 500);

    /**
     * For one learner's own mirror (the shell's, a grader's): no limit per address, since every program the
     * learner runs comes from the same loopback address, and a crawler may open many connections at once.
     */
    public static final ServerLimits ONE_LEARNER = new ServerLimits(16_000, 16_000, 500);

    public ServerLimits {
        if (perClient < 1) {
            throw new IllegalArgumentException(Messages.get("mirror.limits.perClient"));
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException(Messages.get("mirror.limits.maxConnections"));
        }
        if (headMinRate < 1) {
            throw new IllegalArgumentException(Messages.get("mirror.limits.headMinRate"));
        }
    }

    public ServerLimits withPerClient(int n) {
        return new ServerLimits(n, maxConnections, headMinRate);
    }

    public ServerLimits withMaxConnections(int n) {
        return new ServerLimits(perClient, n, headMinRate);
    }

    /**
     * The deadline of a head whose first byte arrived at {@code startNanos}, after {@code bytes} head bytes.
     *
     * @param timeoutMillis the request timeout
     */
    long headDeadline(long startNanos, long timeoutMillis, long bytes) {
        long extension = Math.min(timeoutMillis, bytes * 1000 / headMinRate);
        return startNanos + (timeoutMillis + extension) * 1_000_000L;
    }
}
