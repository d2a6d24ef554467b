package org.wiretutor.mirror;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.http.core.RequestParser;
import org.wiretutor.text.Messages;

/**
 * Serves one connection on the HTTPS port, which has no certificate: it exists to show learners what happens
 * when plain HTTP is typed at port 443. A TLS client (first byte 0x16, a handshake record) gets a fatal
 * handshake_failure alert, so it fails at once instead of hanging; plain HTTP gets the 400 that Apache with
 * mod_ssl sends. Either way the connection then closes.
 */
final class HttpsPortHandler implements Runnable {

    /** A TLS 1.2 alert record: level fatal (2), description handshake_failure (40). */
    static final byte[] HANDSHAKE_FAILURE = {0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28};

    private final Socket socket;
    private final long number;
    private final Responder responder;
    private final MirrorConfig config;
    private final Runnable onDone;

    HttpsPortHandler(Socket socket, long number, Responder responder, MirrorConfig config, Runnable onDone) {
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
            // the peer went away or the server is closing
        } finally {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
            onDone.run();
        }
    }

    private void serve(ClientConnection c) throws IOException {
        c.deadline.expireIn(config.requestTimeout().toMillis());
        c.in.mark(1);
        int first;
        try {
            first = c.in.read();
        } catch (SocketTimeoutException e) {
            c.log(Messages.get("mirror.log.nothingReceived"), 0, 0,
                    List.of(Diagnosis.of(DiagnosisKind.NOTHING_RECEIVED)), new byte[0]);
            return;
        }
        if (first < 0) {
            return;
        }
        if (RequestParser.tlsHandshake(first)) {
            refuseTls(c);
            return;
        }
        c.in.reset();
        RequestHeadReader reader = new RequestHeadReader(c.in);
        HeadResult result = reader.read();
        byte[] head = reader.received();
        String requestLine;
        List<Diagnosis> found = new ArrayList<>(List.of(Diagnosis.of(DiagnosisKind.PLAIN_HTTP_ON_HTTPS_PORT)));
        if (result instanceof HeadResult.Silent silent) {
            found.addAll(silent.diagnoses());
            c.log(Messages.get("mirror.log.incomplete"), 0, 0, found, head);
            return;
        } else if (result instanceof HeadResult.Rejected rejected) {
            requestLine = rejected.requestLine();
            found.addAll(rejected.diagnoses());
        } else {
            requestLine = ((HeadResult.Accepted) result).head().requestLine();
            found.addAll(((HeadResult.Accepted) result).diagnoses());
        }
        c.reply(responder.plainHttpOnHttpsPort(), requestLine, found, head);
        c.lingeringClose();
    }

    /**
     * Answers a TLS client with a fatal alert. What the client had sent by then (usually its whole ClientHello)
     * is logged as the head; the mirror does not wait for more.
     */
    private void refuseTls(ClientConnection c) throws IOException {
        int buffered = Math.min(c.in.available(), LogEntry.MAX_HEAD - 1);
        byte[] hello = new byte[1 + buffered];
        hello[0] = (byte) RequestParser.TLS_HANDSHAKE_RECORD;
        int n = c.in.readNBytes(hello, 1, buffered);
        byte[] head = n == buffered ? hello : Arrays.copyOf(hello, 1 + n);
        try {
            c.out.write(HANDSHAKE_FAILURE);
            c.out.flush();
        } finally {
            c.log(Messages.get("mirror.log.tlsHandshake"), 0, 0, List.of(Diagnosis.of(DiagnosisKind.TLS_HANDSHAKE)),
                    head);
        }
        c.lingeringClose();
    }
}
