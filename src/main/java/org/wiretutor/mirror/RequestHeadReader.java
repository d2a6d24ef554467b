package org.wiretutor.mirror;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.function.Consumer;

/**
 * Reads one request head from a blocking stream, byte by byte, through a {@link HeadParser}: the blocking
 * listeners use it, so they judge heads exactly as the event loop does.
 */
final class RequestHeadReader {

    private final InputStream in;
    private final HeadParser parser = new HeadParser();

    /** Where head bytes are reported as they arrive, or null when nobody watches. */
    private final ConnectionInput watched;
    private final Consumer<byte[]> arrived;
    /** Head bytes consumed since the last report to {@link #arrived}. */
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(256);

    /** @param in the connection's buffered input; it stays positioned after the head for the next request */
    RequestHeadReader(InputStream in) {
        this.in = in;
        this.watched = null;
        this.arrived = null;
    }

    /**
     * A reader that also reports head bytes to {@code arrived} in the chunks the socket delivered them: pending
     * bytes go out just before a read that would wait for the network, and when a head ends.
     */
    RequestHeadReader(ConnectionInput in, Consumer<byte[]> arrived) {
        this.in = in;
        this.watched = in;
        this.arrived = arrived;
    }

    /**
     * Reads the next head.
     *
     * @param onFirstByte called once when the first byte arrives, so the caller can switch from the idle
     *                    (keep-alive) deadline to the request deadline
     */
    HeadResult read(Runnable onFirstByte) throws IOException {
        parser.reset();
        try {
            while (true) {
                if (watched != null && pending.size() > 0 && watched.buffered() == 0) {
                    reportArrived();
                }
                int b;
                try {
                    b = in.read();
                } catch (SocketTimeoutException e) {
                    return parser.timedOut();
                }
                if (b < 0) {
                    return parser.closed();
                }
                if (!parser.started()) {
                    onFirstByte.run();
                }
                int before = parser.receivedSize();
                HeadResult result = parser.offer((byte) b);
                if (watched != null && parser.receivedSize() > before) {
                    pending.write(b);
                }
                if (result != null) {
                    return result;
                }
            }
        } finally {
            reportArrived();
        }
    }

    /** The bytes the last {@link #read} consumed, exactly as they arrived (capped at {@link LogEntry#MAX_HEAD}). */
    byte[] received() {
        return parser.received();
    }

    private void reportArrived() {
        if (watched != null && pending.size() > 0) {
            byte[] chunk = pending.toByteArray();
            pending.reset();
            arrived.accept(chunk);
        }
    }
}
