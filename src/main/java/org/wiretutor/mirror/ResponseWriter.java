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
        ByteArrayOutputStream wire = new ByteArrayOutputStream(512 + response.bodyBytesSent());
        if (!response.bare()) {
            StringBuilder head = new StringBuilder(256)
                    .append("HTTP/1.1 ").append(response.status()).append(' ')
                    .append(Status.reason(response.status())).append("\r\n");
            for (Header h : response.headers()) {
                head.append(h.name()).append(": ").append(h.value()).append("\r\n");
            }
            head.append("\r\n");
            wire.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
        if (response.sendBody()) {
            wire.writeBytes(response.body());
        }
        wire.writeTo(out);
        out.flush();
    }
}
