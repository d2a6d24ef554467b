package org.wiretutor.mirror;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * Serves one TCP connection: reads heads, writes replies, keeps the connection alive as HTTP/1.1 allows and
 * closes it on errors, HTTP/1.0, {@code Connection: close} or an idle timeout.
 */
final class ConnectionHandler implements Runnable {

    private final Socket socket;
    private final Responder responder;
    private final MirrorConfig config;
    private final Runnable onDone;

    ConnectionHandler(Socket socket, Responder responder, MirrorConfig config, Runnable onDone) {
        this.socket = socket;
        this.responder = responder;
        this.config = config;
        this.onDone = onDone;
    }

    @Override
    public void run() {
        try {
            serve();
        } catch (IOException e) {
            // the peer went away or the server is closing; nothing more to say on this connection
        } finally {
            closeQuietly();
            onDone.run();
        }
    }

    private void serve() throws IOException {
        socket.setTcpNoDelay(true);
        DeadlineInput deadline = new DeadlineInput(socket);
        InputStream in = new BufferedInputStream(deadline, 8192);
        OutputStream out = socket.getOutputStream();
        RequestHeadReader reader = new RequestHeadReader(in);
        long requestMillis = config.requestTimeout().toMillis();
        for (int served = 0; served < Limits.KEEP_ALIVE_REQUESTS; served++) {
            deadline.expireIn(served == 0 ? requestMillis : config.keepAliveTimeout().toMillis());
            HeadResult result = reader.read(() -> deadline.expireIn(requestMillis));
            Response response;
            String requestLine;
            String note;
            if (result instanceof HeadResult.Silent silent) {
                if (served == 0 && silent.note() != null) {
                    log("(nothing received)", 0, 0, silent.note());
                }
                return;
            } else if (result instanceof HeadResult.Rejected rejected) {
                response = responder.rejected(rejected);
                requestLine = rejected.requestLine();
                note = rejected.note();
            } else {
                RequestHead head = ((HeadResult.Received) result).head();
                response = responder.respond(head, Limits.KEEP_ALIVE_REQUESTS - served - 1);
                requestLine = head.requestLine();
                note = head.version() == HttpVersion.HTTP_0_9 ? "HTTP/0.9 request: body only, no status line" : "";
            }
            ResponseWriter.write(response, out);
            log(requestLine, response.status(), response.bodyBytesSent(), note);
            if (response.close()) {
                lingeringClose(deadline, in);
                return;
            }
        }
    }

    /**
     * Half-closes, then reads and discards what the client is still sending for a short while, so unread request
     * bytes do not turn our close into a reset that destroys the reply before the client reads it.
     */
    private void lingeringClose(DeadlineInput deadline, InputStream in) {
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

    private void log(String requestLine, int status, long bodyBytes, String note) {
        try {
            InetSocketAddress client = (InetSocketAddress) socket.getRemoteSocketAddress();
            config.log().record(new LogEntry(config.clock().instant(), client, requestLine, status, bodyBytes, note));
        } catch (RuntimeException e) {
            // a failing log must not break the connection
        }
    }

    void closeQuietly() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
