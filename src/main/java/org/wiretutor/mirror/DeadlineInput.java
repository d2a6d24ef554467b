package org.wiretutor.mirror;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * A socket's input with an overall deadline instead of a per-read timeout, so a client trickling one byte at a
 * time cannot hold a connection past the request timeout. Uses {@link System#nanoTime()}: timeouts must not
 * depend on the injected (possibly fixed) clock.
 */
final class DeadlineInput extends InputStream {

    private final Socket socket;
    private final InputStream in;
    private long deadlineNanos;

    DeadlineInput(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.deadlineNanos = System.nanoTime();
    }

    /** Reads must complete within {@code millis} from now. */
    void expireIn(long millis) {
        deadlineNanos = System.nanoTime() + millis * 1_000_000L;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        long remainingMillis = (deadlineNanos - System.nanoTime()) / 1_000_000L;
        if (remainingMillis <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remainingMillis));
        return in.read(buffer, offset, length);
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }
}
