package org.wiretutor.mirror;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A raw-socket client for tests: exact bytes out, exact bytes back, no HTTP library in between. Public for the tests
 * of the pages and the export, which check what the server makes of their files.
 */
public final class Wire implements AutoCloseable {

    public final Socket socket;
    private final InputStream in;

    public Wire(MirrorServer server) throws IOException {
        this(server.address());
    }

    /** A connection to any of the server's listeners, e.g. {@link MirrorServer#httpsAddress()}. */
    public Wire(InetSocketAddress address) throws IOException {
        socket = new Socket(address.getAddress(), address.getPort());
        socket.setSoTimeout(3000);
        in = socket.getInputStream();
    }

    public Wire send(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
        return this;
    }

    public Wire send(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return this;
    }

    /** Everything until the server closes (fails the test if it does not close within the socket timeout). */
    public String readToClose() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /** Exactly {@code n} bytes (fewer only if the server closes first). */
    public String readBytes(int n) throws IOException {
        return new String(in.readNBytes(n), StandardCharsets.ISO_8859_1);
    }

    /** Every byte until the server closes, undecoded. */
    public byte[] readRawToClose() throws IOException {
        return in.readAllBytes();
    }

    /** One response framed by Content-Length (or no body for HEAD/304 when {@code bodyless}). */
    public Reply readReply(boolean bodyless) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed inside head: " + head.toString(StandardCharsets.ISO_8859_1));
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        Reply r = Reply.parseHead(head.toString(StandardCharsets.ISO_8859_1));
        int length = bodyless ? 0 : r.header("Content-Length").map(Integer::parseInt).orElse(0);
        byte[] body = in.readNBytes(length);
        return new Reply(r.statusLine(), r.headers(), new String(body, StandardCharsets.ISO_8859_1));
    }

    public Reply readReply() throws IOException {
        return readReply(false);
    }

    /** Milliseconds until the server closes the connection (read returns -1). */
    public long millisUntilClosed() throws IOException {
        long start = System.nanoTime();
        int b = in.read();
        if (b >= 0) {
            throw new AssertionError("expected close, got byte " + b);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** True if nothing arrives and the connection stays open for {@code millis}. */
    public boolean staysOpenFor(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            in.read();
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        } finally {
            socket.setSoTimeout(3000);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** A parsed response. */
    public record Reply(String statusLine, List<String[]> headers, String body) {

        public static Reply parse(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new AssertionError("no end of head in: " + raw);
            }
            Reply head = parseHead(raw.substring(0, end + 4));
            return new Reply(head.statusLine, head.headers, raw.substring(end + 4));
        }

        public static Reply parseHead(String head) {
            String[] lines = head.split("\r\n");
            List<String[]> headers = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isEmpty()) {
                    continue;
                }
                int colon = lines[i].indexOf(':');
                headers.add(new String[] {lines[i].substring(0, colon), lines[i].substring(colon + 1).trim()});
            }
            return new Reply(lines[0], headers, "");
        }

        public Optional<String> header(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst();
        }

        public List<String> names() {
            return headers.stream().map(h -> h[0]).toList();
        }

        public int status() {
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
