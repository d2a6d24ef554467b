package org.wiretutor.mirror;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.DiagnosisKind;

/**
 * One accepted socket of the HTTPS-port listener as its handler sees it: input bounded by a deadline, output, the
 * server's number for the connection, logging and the lingering close.
 */
final class ClientConnection {

    private final Socket socket;
    private final long number;
    private final MirrorConfig config;
    final DeadlineInput deadline;
    final BufferedInputStream in;
    final OutputStream out;

    ClientConnection(Socket socket, long number, MirrorConfig config) throws IOException {
        this.socket = socket;
        this.number = number;
        this.config = config;
        socket.setTcpNoDelay(true);
        this.deadline = new DeadlineInput(socket);
        this.in = new BufferedInputStream(deadline, 8192);
        this.out = socket.getOutputStream();
    }

    /** Records one exchange; a failing log must not break the connection. */
    void log(String requestLine, int status, long bodyBytes, List<Diagnosis> note, byte[] head) {
        try {
            InetSocketAddress client = (InetSocketAddress) socket.getRemoteSocketAddress();
            config.log().record(new LogEntry(config.clock().instant(), client, requestLine, status, bodyBytes, note,
                    number, head));
        } catch (RuntimeException e) {
            // the connection matters more than its log entry
        }
    }

    /** Writes the reply and logs it, also when the client has gone and the write fails. */
    void reply(Response response, String requestLine, List<Diagnosis> note, byte[] head) throws IOException {
        try {
            ResponseWriter.write(response, out, config.pacing());
        } catch (IOException e) {
            log(requestLine, response.status(), 0, join(note, Diagnosis.of(DiagnosisKind.CLIENT_GONE)), head);
            throw e;
        }
        log(requestLine, response.status(), response.bodyBytesSent(), note, head);
    }

    /** The diagnoses with one more. */
    static List<Diagnosis> join(List<Diagnosis> diagnoses, Diagnosis more) {
        List<Diagnosis> all = new ArrayList<>(diagnoses);
        all.add(more);
        return all;
    }

    /**
     * Half-closes, then reads and discards what the client is still sending for a short while, so unread request
     * bytes do not turn our close into a reset that destroys the reply before the client reads it.
     */
    void lingeringClose() {
        try {
            socket.shutdownOutput();
            deadline.expireIn(Math.min(Limits.DRAIN_MILLIS, config.requestTimeout().toMillis()));
            byte[] sink = new byte[8192];
            long drained = 0;
            int n;
            while (drained < Limits.DRAIN_BYTES && (n = in.read(sink)) > 0) {
                drained += n;
            }
        } catch (SocketTimeoutException e) {
            // the client kept the connection open without sending more; close anyway
        } catch (IOException e) {
            // already gone
        }
    }
}
