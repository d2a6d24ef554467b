package org.wiretutor.mirror;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
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
 * offline and learners see a strict, Apache-like server react to every byte they type. The HTTP port is served by
 * event loops on non-blocking sockets, so a classroom's slow or idle connections cost memory, not threads, and
 * {@link ServerLimits} bound what one client address may hold. Optionally a second listener plays its HTTPS port
 * (see {@link MirrorConfig#httpsPort()}), one short-lived thread per connection.
 */
public final class MirrorServer implements AutoCloseable {

    private final ServerSocketChannel listener;
    /** The HTTPS-port listener, or null when the configuration asks for none. */
    private final ServerSocket httpsListener;
    private final MirrorConfig config;
    private final ServingContext context;
    private final List<EventLoop> loops = new CopyOnWriteArrayList<>();
    private final ThreadPoolExecutor httpsWorkers;
    private final Set<Socket> httpsOpen = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Numbers accepted connections on both listeners, for {@link LogEntry#connection()}. */
    private final AtomicLong connections = new AtomicLong();
    /** Connections dealt to the loops so far; touched only by the accepting loop. */
    private long dealt;
    private final List<Thread> acceptors = new CopyOnWriteArrayList<>();
    /** Carries events to the configured observer, or null when there is none. */
    private final EventQueue events;

    private MirrorServer(ServerSocketChannel listener, ServerSocket httpsListener, MirrorConfig config,
                         ServerLimits limits) {
        this.listener = listener;
        this.httpsListener = httpsListener;
        this.config = config;
        String name = "mirror-" + listener.socket().getLocalPort();
        this.events = config.observer() == ConnectionObserver.NONE ? null : new EventQueue(config.observer(),
                Limits.OBSERVER_EVENTS, name + "-observer");
        Responder responder = new Responder(config.files(), config.clock(), config.keepAliveTimeout());
        this.context = new ServingContext(config, limits, responder, new ClientCounts(limits),
                events == null ? null : events::offer);
        this.httpsWorkers = new ThreadPoolExecutor(0, Limits.CONNECTIONS, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), daemonThreads(name + "-https-"));
    }

    /**
     * Binds, starts serving and returns once the port is bound. Serves {@link MirrorConfig#files()} within
     * {@link ServerLimits#ONE_LEARNER}.
     */
    public static MirrorServer start(MirrorConfig config) throws IOException {
        return start(config, ServerLimits.ONE_LEARNER);
    }

    /** As {@link #start(MirrorConfig)}, within the given limits, e.g. a classroom's {@code --per-client}. */
    public static MirrorServer start(MirrorConfig config, ServerLimits limits) throws IOException {
        ServerSocketChannel listener = ServerSocketChannel.open();
        ServerSocket https = null;
        MirrorServer server = null;
        try {
            listener.socket().setReuseAddress(true);
            listener.bind(new InetSocketAddress(config.bindAddress(), config.port()), Limits.ACCEPT_BACKLOG);
            if (config.httpsPort() >= 0) {
                https = bindHttps(config);
            }
            server = new MirrorServer(listener, https, config, limits);
            server.startLoops();
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                server.close();
            } else {
                closeQuietly(listener);
                if (https != null) {
                    closeQuietly(https);
                }
            }
            throw e;
        }
        server.startAcceptors();
        return server;
    }

    private static ServerSocket bindHttps(MirrorConfig config) throws IOException {
        ServerSocket listener = new ServerSocket();
        try {
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(config.bindAddress(), config.httpsPort()), 128);
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        return listener;
    }

    private void startLoops() throws IOException {
        int count = Math.max(1, Math.min(Limits.EVENT_LOOPS, Runtime.getRuntime().availableProcessors()));
        for (int i = 1; i <= count; i++) {
            loops.add(new EventLoop("mirror-" + port() + "-loop-" + i));
        }
        listener.configureBlocking(false);
        loops.get(0).acceptOn(listener, this::admit);
        for (EventLoop loop : loops) {
            loop.start();
        }
    }

    private void startAcceptors() {
        if (httpsListener != null) {
            startAcceptor(new Thread(() -> httpsAcceptLoop(httpsListener), "mirror-" + port() + "-https-accept"));
        }
    }

    private void startAcceptor(Thread acceptor) {
        acceptor.setDaemon(true);
        acceptors.add(acceptor);
        acceptor.start();
    }

    /** The bound address and port. */
    public InetSocketAddress address() {
        return new InetSocketAddress(listener.socket().getInetAddress(), listener.socket().getLocalPort());
    }

    public int port() {
        return listener.socket().getLocalPort();
    }

    /** Connection events thrown away so far because the observer fell behind; 0 without an observer. */
    public long droppedEvents() {
        return events == null ? 0 : events.dropped();
    }

    /** Connections on the HTTP port admitted and not yet closed (turned-away ones are not counted). */
    public int openConnections() {
        return context.counts().total();
    }

    /** The bound address and port of the HTTPS-port listener, when the configuration asked for one. */
    public Optional<InetSocketAddress> httpsAddress() {
        return Optional.ofNullable(httpsListener)
                .map(l -> new InetSocketAddress(l.getInetAddress(), l.getLocalPort()));
    }

    /**
     * Admits or turns away one connection just accepted by the first loop, and deals it to a loop in turn;
     * null when the channel failed already.
     */
    private ChannelConnection admit(SocketChannel channel) {
        long number = connections.incrementAndGet();
        InetSocketAddress client;
        try {
            channel.configureBlocking(false);
            channel.socket().setTcpNoDelay(true);
            client = (InetSocketAddress) channel.getRemoteAddress();
        } catch (IOException e) {
            closeQuietly(channel);
            return null;
        }
        RefusalReason refusal = context.counts().admit(client.getAddress());
        EventLoop loop = loops.get((int) (dealt++ % loops.size()));
        return new ChannelConnection(channel, number, client, refusal, context, loop);
    }

    private void httpsAcceptLoop(ServerSocket on) {
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
            httpsOpen.add(socket);
            if (closed.get()) {
                closeQuietly(socket);
                return;
            }
            long number = connections.incrementAndGet();
            try {
                httpsWorkers.execute(new HttpsPortHandler(socket, number, context.responder(), config,
                        () -> httpsOpen.remove(socket)));
            } catch (RejectedExecutionException e) {
                httpsOpen.remove(socket);
                closeQuietly(socket);
            }
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
        for (EventLoop loop : loops) {
            loop.close();   // the first loop's selector lets go of the listener, and the port is free
        }
        for (Socket s : httpsOpen) {
            closeQuietly(s);
        }
        httpsWorkers.shutdownNow();
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
