package org.wiretutor.mirror;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;

/**
 * Reads one request head from a blocking stream, byte by byte, through a {@link HeadParser}: the HTTPS-port
 * listener, which serves one short exchange per thread, judges heads exactly as the event loops do.
 */
final class RequestHeadReader {

    private final InputStream in;
    private final HeadParser parser = new HeadParser();

    /** @param in the connection's buffered input; it stays positioned after the head */
    RequestHeadReader(InputStream in) {
        this.in = in;
    }

    /** Reads the next head. */
    HeadResult read() throws IOException {
        parser.reset();
        while (true) {
            int b;
            try {
                b = in.read();
            } catch (SocketTimeoutException e) {
                return parser.timedOut();
            }
            if (b < 0) {
                return parser.closed();
            }
            HeadResult result = parser.offer((byte) b);
            if (result != null) {
                return result;
            }
        }
    }

    /** The bytes the last {@link #read} consumed, exactly as they arrived (capped at {@link LogEntry#MAX_HEAD}). */
    byte[] received() {
        return parser.received();
    }
}
