package org.wiretutor.mirror;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Puts a {@link Response} on the wire: status line, headers, CR LF, body — or the body alone for HTTP/0.9 — cut
 * into writes as the {@link ReplyPacing} says.
 */
final class ResponseWriter {

    private ResponseWriter() {
    }

    /**
     * One write of a paced reply.
     *
     * @param pauseBefore how long to wait after the previous piece before writing this one
     * @param bytes       what to write and flush
     */
    record Piece(Duration pauseBefore, byte[] bytes) {
    }

    static void write(Response response, OutputStream out) throws IOException {
        write(response, out, ReplyPacing.AT_ONCE);
    }

    /** Writes the pieces in order, each flushed on its own, sleeping the pause before each. */
    static void write(Response response, OutputStream out, ReplyPacing pacing) throws IOException {
        for (Piece piece : pieces(response, pacing)) {
            pause(piece.pauseBefore());
            out.write(piece.bytes());
            out.flush();
        }
    }

    /**
     * The reply cut into writes. Joined, the pieces are always {@link #bytes(Response)}: pacing changes only how
     * the bytes are split and spaced in time. {@link ReplyPacing.HeadLines} leaves an HTTP/0.9 reply whole, since
     * it has no head; a {@link Trickle} cuts any reply.
     */
    static List<Piece> pieces(Response response, ReplyPacing pacing) {
        if (pacing instanceof Trickle t) {
            byte[] all = bytes(response);
            List<Piece> out = new ArrayList<>(all.length / t.bytes() + 1);
            for (int from = 0; from < all.length; from += t.bytes()) {
                out.add(new Piece(from == 0 ? Duration.ZERO : t.pause(),
                        Arrays.copyOfRange(all, from, Math.min(all.length, from + t.bytes()))));
            }
            return out;
        }
        if (pacing instanceof ReplyPacing.HeadLines h && !response.bare()) {
            List<Piece> out = new ArrayList<>();
            out.add(new Piece(Duration.ZERO, latin1(statusLine(response))));
            for (Field header : response.headers()) {
                out.add(new Piece(h.pause(), latin1(headerLine(header))));
            }
            out.add(new Piece(h.pause(), latin1("\r\n")));
            if (response.sendBody() && response.body().length > 0) {
                out.add(new Piece(h.pause(), response.body()));
            }
            return out;
        }
        return List.of(new Piece(Duration.ZERO, bytes(response)));
    }

    /** Every byte of the reply as it goes on the wire. */
    static byte[] bytes(Response response) {
        ByteArrayOutputStream wire = new ByteArrayOutputStream(512 + response.bodyBytesSent());
        if (!response.bare()) {
            StringBuilder head = new StringBuilder(256).append(statusLine(response));
            for (Field h : response.headers()) {
                head.append(headerLine(h));
            }
            head.append("\r\n");
            wire.writeBytes(latin1(head.toString()));
        }
        if (response.sendBody()) {
            wire.writeBytes(response.body());
        }
        return wire.toByteArray();
    }

    private static String statusLine(Response response) {
        return "HTTP/1.1 " + response.status() + ' ' + Status.phrase(response.status()) + "\r\n";
    }

    private static String headerLine(Field h) {
        return h.name() + ": " + h.value() + "\r\n";
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void pause(Duration d) throws IOException {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the server is closing");
        }
    }
}
