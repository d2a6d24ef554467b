package org.wiretutor.mirror;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * One thread with one selector serving many connections without blocking on any: a connection waiting for a
 * slow client costs a few hundred bytes, not a thread, so thousands of slow clients cannot crowd out the rest.
 * Deadlines (request and keep-alive timeouts, paused writes, lingering closes) are kept by the connections
 * themselves and checked here whenever the earliest one is due.
 */
final class EventLoop implements AutoCloseable {

    /** Most connections taken from the listener at one wake-up, so the loop's own connections wait little. */
    private static final int ACCEPT_BATCH = 64;
    /** Pause before accepting again when the process is out of file descriptors, so the loop does not spin. */
    private static final long ACCEPT_BACKOFF_NANOS = 50_000_000L;

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
    /** The listener this loop accepts on, or null when another loop accepts and hands connections over. */
    private ServerSocketChannel listener;
    /** Turns an accepted channel into a connection of some loop (possibly this one), or null if it failed. */
    private Function<SocketChannel, ChannelConnection> admit;
    private SelectionKey acceptKey;
    /** When accepting resumes after running out of file descriptors; MAX_VALUE while accepting. */
    private long acceptResumes = Long.MAX_VALUE;

    EventLoop(String name) throws IOException {
        this.selector = Selector.open();
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
    }

    /**
     * Makes this loop the server's acceptor, before {@link #start}: one thread takes connections in the order they
     * arrived (so per-client refusals fall on the newest), and serves those it keeps with no hand-over at all.
     */
    void acceptOn(ServerSocketChannel nonBlockingListener, Function<SocketChannel, ChannelConnection> admitter) {
        this.listener = nonBlockingListener;
        this.admit = admitter;
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
            if (listener != null) {
                acceptKey = listener.register(selector, SelectionKey.OP_ACCEPT);
            }
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
                    if (key == acceptKey) {
                        accept();
                        continue;
                    }
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
            serve(c);
        }
    }

    private void serve(ChannelConnection c) {
        connections.add(c);
        try {
            c.register(selector);
        } catch (IOException | RuntimeException e) {
            c.abort();
        }
    }

    /** Takes the connections waiting on the listener, keeping this loop's share and handing the rest over. */
    private void accept() {
        for (int i = 0; i < ACCEPT_BATCH && !closed; i++) {
            SocketChannel channel;
            try {
                channel = listener.accept();
            } catch (IOException e) {
                if (!listener.isOpen()) {
                    return;
                }
                acceptKey.interestOps(0);   // most likely out of file descriptors: try again shortly
                acceptResumes = System.nanoTime() + ACCEPT_BACKOFF_NANOS;
                wakeBy(acceptResumes);
                return;
            }
            if (channel == null) {
                return;
            }
            ChannelConnection c = admit.apply(channel);
            if (c == null) {
                continue;
            }
            if (c.loop() == this) {
                serve(c);
            } else {
                c.loop().add(c);
            }
        }
    }

    /** Acts on every connection whose deadline has come, then finds the next deadline. */
    private void sweep(long now) {
        if (acceptResumes <= now) {
            acceptResumes = Long.MAX_VALUE;
            if (acceptKey.isValid()) {
                acceptKey.interestOps(SelectionKey.OP_ACCEPT);
            }
        }
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
        long earliest = acceptResumes;
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
        if (!thread.isAlive()) {
            closeAll();   // never started (the server failed to start), or already ended: closing twice is harmless
        } else if (thread != Thread.currentThread()) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
