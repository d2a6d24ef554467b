package org.wiretutor.mirror;

import java.io.IOException;
import java.net.Socket;
import java.util.function.Consumer;

/**
 * Serves one TCP connection: reads heads, writes replies, keeps the connection alive as HTTP/1.1 allows and
 * closes it on errors, HTTP/1.0, {@code Connection: close} or an idle timeout. Every request that arrived, even
 * in part, gets exactly one log entry; an observed connection also reports its events.
 */
final class ConnectionHandler implements Runnable {

    private final Socket socket;
    private final long number;
    private final Responder responder;
    private final MirrorConfig config;
    private final Consumer<ConnectionEvent> events;
    private final Runnable onDone;

    /** @param events where to report this connection's events, or null when nobody observes */
    ConnectionHandler(Socket socket, long number, Responder responder, MirrorConfig config,
                      Consumer<ConnectionEvent> events, Runnable onDone) {
        this.socket = socket;
        this.number = number;
        this.responder = responder;
        this.config = config;
        this.events = events;
        this.onDone = onDone;
    }

    @Override
    public void run() {
        ClientConnection c = null;
        CloseReason reason = CloseReason.CLIENT_GONE;
        try {
            c = new ClientConnection(socket, number, config, events);
            c.opened();
            reason = serve(c);
        } catch (IOException e) {
            // the peer went away or the server is closing; nothing more to say on this connection
        } finally {
            closeQuietly();
            if (c != null) {
                c.closed(reason);
            }
            onDone.run();
        }
    }

    private CloseReason serve(ClientConnection c) throws IOException {
        RequestHeadReader reader = c.headReader();
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
                return silentClose(head.length > 0, served > 0, silent.note() != null);
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
                return result instanceof HeadResult.Rejected r && r.timedOut() ? CloseReason.TIMED_OUT
                        : CloseReason.SERVED;
            }
        }
        return CloseReason.SERVED;
    }

    /** Why a connection ended without a request to answer. */
    private static CloseReason silentClose(boolean partialHead, boolean servedBefore, boolean timedOut) {
        if (partialHead) {
            return CloseReason.CLIENT_GONE;
        }
        if (servedBefore) {
            return CloseReason.SERVED;
        }
        return timedOut ? CloseReason.IDLE : CloseReason.CLIENT_GONE;
    }

    private void closeQuietly() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
