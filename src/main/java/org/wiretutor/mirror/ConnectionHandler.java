package org.wiretutor.mirror;

import java.io.IOException;
import java.net.Socket;

/**
 * Serves one TCP connection: reads heads, writes replies, keeps the connection alive as HTTP/1.1 allows and
 * closes it on errors, HTTP/1.0, {@code Connection: close} or an idle timeout. Every request that arrived, even
 * in part, gets exactly one log entry.
 */
final class ConnectionHandler implements Runnable {

    private final Socket socket;
    private final long number;
    private final Responder responder;
    private final MirrorConfig config;
    private final Runnable onDone;

    ConnectionHandler(Socket socket, long number, Responder responder, MirrorConfig config, Runnable onDone) {
        this.socket = socket;
        this.number = number;
        this.responder = responder;
        this.config = config;
        this.onDone = onDone;
    }

    @Override
    public void run() {
        try {
            serve(new ClientConnection(socket, number, config));
        } catch (IOException e) {
            // the peer went away or the server is closing; nothing more to say on this connection
        } finally {
            closeQuietly();
            onDone.run();
        }
    }

    private void serve(ClientConnection c) throws IOException {
        RequestHeadReader reader = new RequestHeadReader(c.in);
        long requestMillis = config.requestTimeout().toMillis();
        for (int served = 0; served < Limits.KEEP_ALIVE_REQUESTS; served++) {
            c.deadline.expireIn(served == 0 ? requestMillis : config.keepAliveTimeout().toMillis());
            HeadResult result = reader.read(() -> c.deadline.expireIn(requestMillis));
            byte[] head = reader.received();
            Response response;
            String requestLine;
            String note;
            if (result instanceof HeadResult.Silent silent) {
                // a partial request and a silent new connection are logged; an idle keep-alive close is no request
                if (head.length > 0 || (served == 0 && silent.note() != null)) {
                    c.log(head.length > 0 ? "(incomplete request)" : "(nothing received)", 0, 0, silent.note(), head);
                }
                return;
            } else if (result instanceof HeadResult.Rejected rejected) {
                response = responder.rejected(rejected);
                requestLine = rejected.requestLine();
                note = rejected.note();
            } else {
                RequestHead request = ((HeadResult.Received) result).head();
                response = responder.respond(request, Limits.KEEP_ALIVE_REQUESTS - served - 1);
                requestLine = request.requestLine();
                note = request.version() == HttpVersion.HTTP_0_9 ? "HTTP/0.9 request: body only, no status line" : "";
            }
            c.reply(response, requestLine, note, head);
            if (response.close()) {
                c.lingeringClose();
                return;
            }
        }
    }

    private void closeQuietly() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
