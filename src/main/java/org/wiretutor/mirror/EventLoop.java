package org.wiretutor.mirror;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One thread with one selector serving many connections without blocking on any: a connection waiting for a
 * slow client costs a few hundred bytes, not a thread, so thousands of slow clients cannot crowd out the rest.
 * Deadlines (request and keep-alive timeouts, paused writes, lingering closes) are kept by the connections
 * themselves and checked here whenever the earliest one is due.
 */
final class EventLoop implements AutoCloseable {

    /** Least time between two deadline sweeps, so many deadlines a moment apart cost one sweep, not many. */
    private static final long SWEEP_NANOS = 5_000_000L;

    private final Selector selector;
    private final Queue<ChannelConnection> incoming = new ConcurrentLinkedQueue<>();
    /** The connections this loop serves; touched only by its thread. */
    private final Set<ChannelConnection> connections = new HashSet<>();
    /** Where every read of this loop lands before the bytes are parsed; one buffer serves all connections. */
    final ByteBuffer readBuffer = ByteBuffer.allocateDirect(16 * 1024);
    private final Thread thread;
    private long nextWake = Long.MAX_VALUE;
    private volatile boolean closed;

    EventLoop(String name) throws IOException {
        this.selector = Selector.open();
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Hands a newly accepted connection to this loop; callable from any thread. */
    void add(ChannelConnection connection) {
        incoming.add(connection);
        selector.wakeup();
    }

    /** Makes sure the loop wakes by {@code deadlineNanos}; called on the loop thread. */
    void wakeBy(long deadlineNanos) {
        if (deadlineNanos < nextWake) {
            nextWake = deadlineNanos;
        }
    }

    /** Forgets a closed connection; called on the loop thread. */
    void remove(ChannelConnection connection) {
        connections.remove(connection);
    }

    private void run() {
        try {
            while (!closed) {
                long now = System.nanoTime();
                if (nextWake == Long.MAX_VALUE) {
                    selector.select();
                } else if (nextWake <= now) {
                    selector.selectNow();
                } else {
                    selector.select(Math.max(1, (nextWake - now + 999_999) / 1_000_000));
                }
                registerIncoming();
                Set<SelectionKey> ready = selector.selectedKeys();
                for (SelectionKey key : ready) {
                    ChannelConnection c = (ChannelConnection) key.attachment();
                    try {
                        c.onReady(key);
                    } catch (CancelledKeyException e) {
                        // closed meanwhile
                    } catch (RuntimeException e) {
                        c.abort();
                    }
                }
                ready.clear();
                now = System.nanoTime();
                if (now >= nextWake) {
                    sweep(now);
                }
            }
        } catch (IOException e) {
            // the selector broke; nothing can be served on this loop any more
        } finally {
            closeAll();
        }
    }

    private void registerIncoming() {
        ChannelConnection c;
        while ((c = incoming.poll()) != null) {
            if (closed) {
                c.abort();
                continue;
            }
            connections.add(c);
            try {
                c.register(selector);
            } catch (IOException | RuntimeException e) {
                c.abort();
            }
        }
    }

    /** Acts on every connection whose deadline has come, then finds the next deadline. */
    private void sweep(long now) {
        List<ChannelConnection> due = new ArrayList<>();
        for (ChannelConnection c : connections) {
            if (c.deadline() <= now) {
                due.add(c);
            }
        }
        nextWake = Long.MAX_VALUE;
        for (ChannelConnection c : due) {
            try {
                c.onDeadline();
            } catch (CancelledKeyException e) {
                // closed meanwhile
            } catch (RuntimeException e) {
                c.abort();
            }
        }
        long earliest = Long.MAX_VALUE;
        for (ChannelConnection c : connections) {
            earliest = Math.min(earliest, c.deadline());
        }
        nextWake = earliest == Long.MAX_VALUE ? earliest : Math.max(earliest, now + SWEEP_NANOS);
    }

    private void closeAll() {
        for (ChannelConnection c : new ArrayList<>(connections)) {
            c.abort();
        }
        connections.clear();
        ChannelConnection c;
        while ((c = incoming.poll()) != null) {
            c.abort();
        }
        try {
            selector.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    /** Stops the loop and closes its connections; returns once its thread has ended (at most 2 s). */
    @Override
    public void close() {
        closed = true;
        selector.wakeup();
        if (thread != Thread.currentThread() && thread.isAlive()) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
