package org.wiretutor.mirror;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The mirror: a small HTTP/1.0 and HTTP/1.1 server standing in for data.pr4e.org on loopback, so lessons work
 * offline and learners see a strict, Apache-like server react to every byte they type.
 */
public final class MirrorServer implements AutoCloseable {

    private final ServerSocket listener;
    private final MirrorConfig config;
    private final Responder responder;
    private final ThreadPoolExecutor workers;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Thread acceptor;

    private MirrorServer(ServerSocket listener, MirrorConfig config, MirrorFiles files) {
        this.listener = listener;
        this.config = config;
        this.responder = new Responder(files, config.clock(), config.keepAliveTimeout());
        this.workers = new ThreadPoolExecutor(0, Limits.CONNECTIONS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemonThreads("mirror-" + listener.getLocalPort() + "-conn-"));
    }

    /** Binds, starts accepting on a daemon thread and returns once the port is bound. */
    public static MirrorServer start(MirrorConfig config) throws IOException {
        return start(config, MirrorFiles.bundled());
    }

    static MirrorServer start(MirrorConfig config, MirrorFiles files) throws IOException {
        ServerSocket listener = new ServerSocket();
        try {
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(config.bindAddress(), config.port()), 128);
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        MirrorServer server = new MirrorServer(listener, config, files);
        Thread acceptor = new Thread(server::acceptLoop, "mirror-" + listener.getLocalPort() + "-accept");
        acceptor.setDaemon(true);
        server.acceptor = acceptor;
        acceptor.start();
        return server;
    }

    /** The bound address and port. */
    public InetSocketAddress address() {
        return new InetSocketAddress(listener.getInetAddress(), listener.getLocalPort());
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed.get()) {
            Socket socket;
            try {
                socket = listener.accept();
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
            ConnectionHandler handler = new ConnectionHandler(socket, responder, config, () -> open.remove(socket));
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
        awaitAcceptor();
        for (Socket s : open) {
            closeQuietly(s);
        }
        workers.shutdownNow();
    }

    /**
     * The JDK finishes closing a listening socket only once the thread blocked in accept() has left it; waiting
     * here means the port refuses connections by the time close() returns.
     */
    private void awaitAcceptor() {
        Thread t = acceptor;
        if (t == null || t == Thread.currentThread()) {
            return;
        }
        try {
            t.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
