package org.wiretutor.mirror;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One thread with one selector serving many connections without blocking on any: a connection waiting for a
 * slow client costs a few hundred bytes, not a thread, so thousands of slow clients cannot crowd out the rest.
 * Every loop of a server accepts on the shared listener itself, so a new connection is served by the thread that
 * took it, with no hand-over. Deadlines (request and keep-alive timeouts, paused writes, lingering closes) are
 * kept by the connections themselves and checked here whenever the earliest one is due.
 */
final class EventLoop implements AutoCloseable {

    /** Least time between two deadline sweeps, so many deadlines a moment apart cost one sweep, not many. */
    private static final long SWEEP_NANOS = 5_000_000L;

    /** Most connections taken from the listener at one wake-up, so one loop does not take a whole burst. */
    private static final int ACCEPT_BATCH = 64;
    /** Pause before accepting again when the process is out of file descriptors, so the loop does not spin. */
    private static final long ACCEPT_BACKOFF_NANOS = 50_000_000L;

    private final Selector selector;
    private final ServerSocketChannel listener;
    private final ServingContext context;
    /** Numbers connections across the server's listeners, for {@link LogEntry#connection()}. */
    private final AtomicLong numbers;
    private SelectionKey acceptKey;
    /** When accepting resumes after running out of file descriptors; MAX_VALUE while accepting. */
    private long acceptResumes = Long.MAX_VALUE;
    /** The connections this loop serves; touched only by its thread. */
    private final Set<ChannelConnection> connections = new HashSet<>();
    /** Where every read of this loop lands before the bytes are parsed; one buffer serves all connections. */
    final ByteBuffer readBuffer = ByteBuffer.allocateDirect(16 * 1024);
    private final Thread thread;
    private long nextWake = Long.MAX_VALUE;
    private volatile boolean closed;

    EventLoop(String name, ServerSocketChannel listener, ServingContext context, AtomicLong numbers)
            throws IOException {
        this.selector = Selector.open();
        this.listener = listener;
        this.context = context;
        this.numbers = numbers;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
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
            acceptKey = listener.register(selector, SelectionKey.OP_ACCEPT);
            while (!closed) {
                long now = System.nanoTime();
                if (nextWake == Long.MAX_VALUE) {
                    selector.select();
                } else if (nextWake <= now) {
                    selector.selectNow();
                } else {
                    selector.select(Math.max(1, (nextWake - now + 999_999) / 1_000_000));
                }
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

    /** Takes the connections waiting on the listener, admits or turns away each, and serves them here. */
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
                return;   // another loop took it, or none left
            }
            long number = numbers.incrementAndGet();
            ChannelConnection c;
            try {
                channel.configureBlocking(false);
                channel.socket().setTcpNoDelay(true);
                InetSocketAddress client = (InetSocketAddress) channel.getRemoteAddress();
                c = new ChannelConnection(channel, number, client, context.counts().admit(client.getAddress()),
                        context, this);
            } catch (IOException e) {
                closeQuietly(channel);
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

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // closing anyway
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
