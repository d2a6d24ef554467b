package org.wiretutor.mirror;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Puts a {@link Response} on the wire: status line, headers, CR LF, body — or the body alone for HTTP/0.9. */
final class ResponseWriter {

    private ResponseWriter() {
    }

    static void write(Response response, OutputStream out) throws IOException {
        write(response, out, java.time.Duration.ZERO);
    }

    /**
     * As {@link #write(Response, OutputStream)}; with a positive {@code headPause} the head goes out one line at a
     * time (status line, each header, the blank line), each flushed, with the pause before the next, and the body
     * after the blank line. The bytes are the same either way; only how they are cut into TCP segments differs.
     */
    static void write(Response response, OutputStream out, java.time.Duration headPause) throws IOException {
        if (headPause.isZero() || response.bare()) {
            whole(response, out);
            return;
        }
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.add("HTTP/1.1 " + response.status() + ' ' + Status.reason(response.status()) + "\r\n");
        for (Header h : response.headers()) {
            lines.add(h.name() + ": " + h.value() + "\r\n");
        }
        lines.add("\r\n");
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                pause(headPause);
            }
            out.write(lines.get(i).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
        if (response.sendBody()) {
            pause(headPause);
            out.write(response.body());
        }
        out.flush();
    }

    private static void pause(java.time.Duration d) throws IOException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("the server is closing");
        }
    }

    private static void whole(Response response, OutputStream out) throws IOException {
        out.write(bytes(response));
        out.flush();
    }

    /** The whole reply as it goes on the wire. */
    static byte[] bytes(Response response) {
        ByteArrayOutputStream wire = new ByteArrayOutputStream(512 + response.bodyBytesSent());
        if (!response.bare()) {
            wire.writeBytes(headText(response).getBytes(StandardCharsets.ISO_8859_1));
        }
        if (response.sendBody()) {
            wire.writeBytes(response.body());
        }
        return wire.toByteArray();
    }

    /**
     * The reply cut where a paused writer pauses: the status line, each header line, the blank line, then the body
     * (if any); a bare HTTP/0.9 reply is one piece. Joined, the pieces are {@link #bytes}.
     */
    static java.util.List<byte[]> pieces(Response response) {
        java.util.List<byte[]> pieces = new java.util.ArrayList<>();
        if (response.bare()) {
            pieces.add(bytes(response));
            return pieces;
        }
        for (String line : headText(response).split("(?<=\r\n)")) {
            pieces.add(line.getBytes(StandardCharsets.ISO_8859_1));
        }
        if (response.sendBody()) {
            pieces.add(response.body());
        }
        return pieces;
    }

    private static String headText(Response response) {
        StringBuilder head = new StringBuilder(256)
                .append("HTTP/1.1 ").append(response.status()).append(' ')
                .append(Status.reason(response.status())).append("\r\n");
        for (Header h : response.headers()) {
            head.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        return head.append("\r\n").toString();
    }
}
