package org.wiretutor.wire;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits what the learner sends into lines the way a server will, at each LF, remembering
 * whether the line ended with CR LF or a bare LF. Bytes after the last LF wait for more.
 */
final class OutgoingLines {
    /** A partial line longer than this is passed on as it is, so memory stays bounded. */
    static final int MAX_LINE = 64 * 1024;

    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

    /** One complete line, terminator included. */
    record Line(byte[] bytes) {
        boolean bareLf() {
            return bytes.length > 0 && bytes[bytes.length - 1] == '\n' && (bytes.length < 2 || bytes[bytes.length - 2] != '\r');
        }

        /** CR LF or LF alone: the line that ends a request head. */
        boolean empty() {
            return bytes.length == 1 || (bytes.length == 2 && bytes[0] == '\r');
        }

        /** The text without its line ending. */
        String text() {
            return new String(bytes, 0, contentLength(), java.nio.charset.StandardCharsets.UTF_8);
        }

        /**
         * The line without its ending, one character per byte (ISO-8859-1), as a server's parser reads it: the form
         * the mirror and the live view parse too, so a request line's parts show the bytes that were sent.
         */
        String byteText() {
            return new String(bytes, 0, contentLength(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }

        private int contentLength() {
            return Math.max(0, bytes.length - (bareLf() ? 1 : bytes[bytes.length - 1] == '\n' ? 2 : 0));
        }
    }

    /** Bytes sent after the last line ending: part of a line the server is still waiting to see end. */
    int pending() {
        return partial.size();
    }

    List<Line> feed(byte[] data) {
        List<Line> lines = new ArrayList<>();
        for (byte b : data) {
            partial.write(b);
            if (b == '\n' || partial.size() >= MAX_LINE) {
                lines.add(new Line(partial.toByteArray()));
                partial.reset();
            }
        }
        return lines;
    }
}
