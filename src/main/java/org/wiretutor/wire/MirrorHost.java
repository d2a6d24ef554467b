package org.wiretutor.wire;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.MirrorServer;

/**
 * The built-in mirror as the rest of the app sees it: started on first use (so start-up stays
 * quick), on loopback, stopped with the application; what it receives is passed to whoever listens.
 */
public final class MirrorHost implements AutoCloseable {
    /** The port data.pr4e.org serves HTTPS on; the mirror has a listener that stands in for it. */
    public static final int HTTPS_PORT = 443;

    private MirrorConfig config;
    /** The keep-alive timeout the mirror was configured with, which a plain {@code open} returns to. */
    private final Duration configuredKeepAlive;
    private final List<Consumer<LogEntry>> listeners = new CopyOnWriteArrayList<>();
    private final List<org.wiretutor.mirror.ConnectionObserver> watchers = new CopyOnWriteArrayList<>();
    private MirrorServer server;

    public MirrorHost(MirrorConfig config) {
        this.config = prepare(config);
        this.configuredKeepAlive = config.keepAliveTimeout();
    }

    private MirrorConfig prepare(MirrorConfig given) {
        org.wiretutor.mirror.ConnectionObserver own = given.observer();
        return given.withHttpsPort(0).withLog(entry -> {
            given.log().record(entry);
            listeners.forEach(l -> l.accept(entry));
        }).withObserver(event -> {
            own.observe(event);
            watchers.forEach(w -> w.observe(event));
        });
    }

    /**
     * Serves these files from now on (a learner's own variant, once their id is known). A running
     * mirror is stopped, so its open connections close; the next use starts it afresh.
     *
     * @return true if a running mirror had to stop
     */
    public synchronized boolean serve(org.wiretutor.mirror.pages.MirrorFiles files) {
        if (config.files().equals(files)) return false;
        config = config.withFiles(files);
        boolean wasRunning = server != null;
        close();
        return wasRunning;
    }

    /**
     * Paces the mirror's replies from now on ({@link org.wiretutor.mirror.Trickle} to send them a few bytes at a
     * time). A running mirror with another pacing is stopped, so the next use starts it afresh.
     *
     * @return true if a running mirror had to stop
     */
    public synchronized boolean pace(org.wiretutor.mirror.ReplyPacing pacing) {
        if (config.pacing().equals(pacing)) return false;
        config = config.withPacing(pacing);
        boolean wasRunning = server != null;
        close();
        return wasRunning;
    }

    /**
     * How long the mirror keeps an idle kept-alive connection open from now on, and so what its {@code Keep-Alive:
     * timeout=N} says: {@code chosen} ({@code open --keep-alive}), or the timeout it was configured with (Apache's 5 s)
     * when empty. A running mirror with another timeout is stopped, so the next use starts it afresh.
     *
     * @return true if a running mirror had to stop
     */
    public synchronized boolean keepAlive(Optional<Duration> chosen) {
        Duration wanted = chosen.orElse(configuredKeepAlive);
        if (config.keepAliveTimeout().equals(wanted)) return false;
        config = config.withKeepAliveTimeout(wanted);
        boolean wasRunning = server != null;
        close();
        return wasRunning;
    }

    /** How long the mirror keeps an idle kept-alive connection open now. */
    public synchronized Duration keepAliveTimeout() {
        return config.keepAliveTimeout();
    }

    /** How the mirror paces its replies now. */
    public synchronized org.wiretutor.mirror.ReplyPacing pacing() {
        return config.pacing();
    }

    /** The mirror's loopback address, starting it if needed. */
    public synchronized InetSocketAddress address() throws IOException {
        return server().address();
    }

    /** Where the mirror stands in for the given port of data.pr4e.org: 443 has its own listener. */
    public synchronized InetSocketAddress address(int port) throws IOException {
        if (port == HTTPS_PORT) {
            Optional<InetSocketAddress> https = server().httpsAddress();
            if (https.isPresent()) return https.get();
        }
        return server().address();
    }

    private MirrorServer server() throws IOException {
        if (server == null) server = MirrorServer.start(config);
        return server;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Hears every request the mirror answers; returns a handle that stops listening. */
    public AutoCloseable listen(Consumer<LogEntry> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Watches the mirror's connections live, byte by byte as they arrive; returns a handle that stops watching. */
    public AutoCloseable watch(org.wiretutor.mirror.ConnectionObserver watcher) {
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    @Override
    public synchronized void close() {
        if (server != null) server.close();
        server = null;
    }
}
