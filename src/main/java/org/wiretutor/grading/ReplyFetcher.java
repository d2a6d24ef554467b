package org.wiretutor.grading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import org.wiretutor.http.ResponseAnnotator;

/**
 * Sends a request head to a mirror and reads the one reply, stopping at the end its framing announces rather
 * than at close, so a keep-alive head does not make the grader wait. Gives the exact bytes a program received.
 */
final class ReplyFetcher {

    /** The largest reply kept; the mirror's files are far smaller. */
    static final int MAX_REPLY = 1 << 20;

    private ReplyFetcher() {
    }

    static byte[] fetch(InetSocketAddress to, byte[] head, String method, Duration timeout) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(to, (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            socket.getOutputStream().write(head);
            socket.getOutputStream().flush();
            ResponseAnnotator annotator = new ResponseAnnotator(method);
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                int n;
                while (!annotator.isComplete() && kept.size() < MAX_REPLY && (n = in.read(buffer)) > 0) {
                    int room = MAX_REPLY - kept.size();
                    kept.write(buffer, 0, Math.min(n, room));
                    annotator.feed(buffer, 0, Math.min(n, room));
                }
            } catch (SocketTimeoutException e) {
                // what arrived is the reply
            }
            byte[] all = kept.toByteArray();
            return Arrays.copyOf(all, (int) Math.max(0, all.length - annotator.surplusCount()));
        }
    }
}
