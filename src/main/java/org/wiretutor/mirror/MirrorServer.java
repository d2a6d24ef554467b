package org.wiretutor.mirror;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The mirror: a small HTTP/1.0 and HTTP/1.1 server standing in for data.pr4e.org on loopback, so lessons work
 * offline and learners see a strict, Apache-like server react to every byte they type. Optionally a second
 * listener plays its HTTPS port (see {@link MirrorConfig#httpsPort()}).
 */
public final class MirrorServer implements AutoCloseable {

    private final ServerSocket listener;
    /** The HTTPS-port listener, or null when the configuration asks for none. */
    private final ServerSocket httpsListener;
    private final MirrorConfig config;
    private final Responder responder;
    private final ThreadPoolExecutor workers;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Numbers accepted connections on both listeners, for {@link LogEntry#connection()}. */
    private final AtomicLong connections = new AtomicLong();
    private final List<Thread> acceptors = new CopyOnWriteArrayList<>();
    /** Carries events to the configured observer, or null when there is none. */
    private final EventQueue events;

    private MirrorServer(ServerSocket listener, ServerSocket httpsListener, MirrorConfig config) {
        this.listener = listener;
        this.httpsListener = httpsListener;
        this.config = config;
        this.responder = new Responder(config.files(), config.clock(), config.keepAliveTimeout());
        this.workers = new ThreadPoolExecutor(0, Limits.CONNECTIONS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemonThreads("mirror-" + listener.getLocalPort() + "-conn-"));
        this.events = config.observer() == ConnectionObserver.NONE ? null : new EventQueue(config.observer(),
                Limits.OBSERVER_EVENTS, "mirror-" + listener.getLocalPort() + "-observer");
    }

    /**
     * Binds, starts accepting on a daemon thread and returns once the port is bound. Serves
     * {@link MirrorConfig#files()}.
     */
    public static MirrorServer start(MirrorConfig config) throws IOException {
        ServerSocket listener = bind(config, config.port());
        ServerSocket https = null;
        if (config.httpsPort() >= 0) {
            try {
                https = bind(config, config.httpsPort());
            } catch (IOException e) {
                closeQuietly(listener);
                throw e;
            }
        }
        MirrorServer server = new MirrorServer(listener, https, config);
        server.startAcceptor(listener, false);
        if (https != null) {
            server.startAcceptor(https, true);
        }
        return server;
    }

    private static ServerSocket bind(MirrorConfig config, int port) throws IOException {
        ServerSocket listener = new ServerSocket();
        try {
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(config.bindAddress(), port), 128);
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        return listener;
    }

    private void startAcceptor(ServerSocket on, boolean https) {
        Thread acceptor = new Thread(() -> acceptLoop(on, https),
                "mirror-" + on.getLocalPort() + (https ? "-https-accept" : "-accept"));
        acceptor.setDaemon(true);
        acceptors.add(acceptor);
        acceptor.start();
    }

    /** The bound address and port. */
    public InetSocketAddress address() {
        return new InetSocketAddress(listener.getInetAddress(), listener.getLocalPort());
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Connection events thrown away so far because the observer fell behind; 0 without an observer. */
    public long droppedEvents() {
        return events == null ? 0 : events.dropped();
    }

    /** The bound address and port of the HTTPS-port listener, when the configuration asked for one. */
    public Optional<InetSocketAddress> httpsAddress() {
        return Optional.ofNullable(httpsListener)
                .map(l -> new InetSocketAddress(l.getInetAddress(), l.getLocalPort()));
    }

    private void acceptLoop(ServerSocket on, boolean https) {
        while (!closed.get()) {
            Socket socket;
            try {
                socket = on.accept();
            } catch (IOException e) {
                if (closed.get()) {
                    return;
                }
                continue;
            }
            open.add(socket);
            if (closed.get()) {
                closeQuietly(socket);
                return;
            }
            long number = connections.incrementAndGet();
            Runnable onDone = () -> open.remove(socket);
            Runnable handler = https
                    ? new HttpsPortHandler(socket, number, responder, config, onDone)
                    : new ConnectionHandler(socket, number, responder, config, events == null ? null : events::offer,
                            onDone);
            try {
                workers.execute(handler);
            } catch (RejectedExecutionException e) {
                refuse(socket);
            }
        }
    }

    /** Every slot is busy: answer 503 without reading and close. */
    private void refuse(Socket socket) {
        try {
            socket.setSoTimeout(1000);
            ResponseWriter.write(responder.unavailable(), socket.getOutputStream());
        } catch (IOException e) {
            // the client will see the close
        } finally {
            open.remove(socket);
            closeQuietly(socket);
        }
    }

    /** Stops accepting and closes every connection. Safe to call twice; never throws. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closeQuietly(listener);
        if (httpsListener != null) {
            closeQuietly(httpsListener);
        }
        awaitAcceptors();
        for (Socket s : open) {
            closeQuietly(s);
        }
        workers.shutdownNow();
        if (events != null) {
            events.close();
        }
    }

    /**
     * The JDK finishes closing a listening socket only once the thread blocked in accept() has left it; waiting
     * here means the ports refuse connections by the time close() returns.
     */
    private void awaitAcceptors() {
        for (Thread t : acceptors) {
            if (t == Thread.currentThread()) {
                continue;
            }
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing anyway
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
