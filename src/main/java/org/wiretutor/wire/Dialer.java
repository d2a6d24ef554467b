package org.wiretutor.wire;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * Opens TCP connections. An interface so tests can stand in for a network that is down
 * without ever sending traffic off the machine.
 */
@FunctionalInterface
public interface Dialer {
    Socket dial(String host, int port, Duration timeout) throws IOException;

    /** Resolves the name and connects for real, bounded by the timeout. */
    Dialer SYSTEM = (host, port, timeout) -> {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) Math.max(1, timeout.toMillis()));
            socket.setTcpNoDelay(true);
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    };
}
