package org.wiretutor.mirror;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Frames a body with chunked transfer coding (RFC 9112 §7.1): one chunk per line, so each size in hex lines up
 * with a line a learner can count, then the last chunk {@code 0}, one trailer field and the final CR LF.
 */
final class ChunkedBody {

    /** The trailer field sent after the last chunk; announced in a {@code Trailer} header. */
    static final String TRAILER = "X-Lines";

    private ChunkedBody() {
    }

    static byte[] encode(byte[] content) {
        List<byte[]> chunks = lines(content);
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 16 * chunks.size() + 32);
        for (byte[] chunk : chunks) {
            out.writeBytes(ascii(Integer.toHexString(chunk.length) + "\r\n"));
            out.writeBytes(chunk);
            out.writeBytes(ascii("\r\n"));
        }
        out.writeBytes(ascii("0\r\n" + TRAILER + ": " + chunks.size() + "\r\n\r\n"));
        return out.toByteArray();
    }

    /** The content cut after each LF; a last line without LF is a chunk too, and empty content has none. */
    static List<byte[]> lines(byte[] content) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n') {
                lines.add(Arrays.copyOfRange(content, start, i + 1));
                start = i + 1;
            }
        }
        if (start < content.length) {
            lines.add(Arrays.copyOfRange(content, start, content.length));
        }
        return lines;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
