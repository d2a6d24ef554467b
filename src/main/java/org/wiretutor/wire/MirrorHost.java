package org.wiretutor.wire;

import java.io.IOException;
import java.net.InetSocketAddress;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.MirrorServer;

/**
 * The built-in mirror as the wire layer sees it: started on first use (so start-up stays quick),
 * on loopback, and stopped with the application.
 */
public final class MirrorHost implements AutoCloseable {
    private final MirrorConfig config;
    private MirrorServer server;

    public MirrorHost(MirrorConfig config) {
        this.config = config;
    }

    /** The mirror's loopback address, starting it if needed. */
    public synchronized InetSocketAddress address() throws IOException {
        if (server == null) server = MirrorServer.start(config);
        return server.address();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public synchronized void close() {
        if (server != null) server.close();
        server = null;
    }
}
