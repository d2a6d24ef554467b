package org.wiretutor.shell.command;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.wiretutor.mirror.ConnectionEvent;
import org.wiretutor.mirror.ConnectionObserver;

/**
 * While {@code run} runs a program: the same "both sides are waiting" nudge the typed path gives
 * ({@code wire.wait.blankLine}), for the program. A connection of the mirror's that has received a whole line of a
 * request head, but not the blank line that ends it, and then nothing for {@link #AFTER}, is said once, with the
 * bytes received so far. Told by the mirror's live connection events, so it is said while the program still waits.
 */
final class RunWaitWatch implements ConnectionObserver, AutoCloseable {
    /** As long as the typed path waits before its nudge. */
    static final Duration AFTER = Duration.ofSeconds(4);

    /** What is said: the bytes the mirror has (already escaped into wire notation) and the seconds waited. */
    record Stalled(String received, long seconds) {}

    private final Consumer<Stalled> say;
    private final Duration after;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wiretutor-run-waits");
        t.setDaemon(true);
        return t;
    });
    /** Per connection: the head bytes of the request now arriving. Only touched on the mirror's observer thread. */
    private final Map<Long, ByteArrayOutputStream> heads = new HashMap<>();
    private final Map<Long, ScheduledFuture<?>> pending = new HashMap<>();

    RunWaitWatch(Consumer<Stalled> say, Duration after) {
        this.say = say;
        this.after = after;
    }

    @Override
    public synchronized void observe(ConnectionEvent event) {
        if (event instanceof ConnectionEvent.Received r) {
            ByteArrayOutputStream head = heads.computeIfAbsent(r.connection(), c -> new ByteArrayOutputStream());
            head.writeBytes(r.bytes());
            cancel(r.connection());
            byte[] sofar = head.toByteArray();
            if (hasLine(sofar)) {
                pending.put(r.connection(), timer.schedule(() -> fire(r.connection(), sofar),
                        after.toMillis(), TimeUnit.MILLISECONDS));
            }
        } else if (event instanceof ConnectionEvent.Answered a) {
            cancel(a.connection());
            heads.remove(a.connection());
        } else if (event instanceof ConnectionEvent.Closed c) {
            cancel(c.connection());
            heads.remove(c.connection());
        }
    }

    /** A line end has arrived: the request line at least. (A complete head is answered, which cancels the nudge.) */
    private static boolean hasLine(byte[] head) {
        for (byte b : head) if (b == '\n') return true;
        return false;
    }

    private synchronized void fire(long connection, byte[] head) {
        if (pending.remove(connection) == null) return;
        say.accept(new Stalled(org.wiretutor.text.Escape.wire(head), Math.max(1, after.toSeconds())));
    }

    private void cancel(long connection) {
        ScheduledFuture<?> f = pending.remove(connection);
        if (f != null) f.cancel(false);
    }

    @Override
    public synchronized void close() {
        pending.values().forEach(f -> f.cancel(false));
        pending.clear();
        timer.shutdownNow();
    }
}
