package org.wiretutor.mirror;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.wiretutor.text.Escape;
import org.wiretutor.mirror.pages.MirrorFiles;

/**
 * Whatever a client sends — garbage, or a good request bent out of shape — every connection ends
 * with a proper status line, a bare HTTP/0.9 body, or a clean close, and the server stays up.
 */
class MirrorProperties {
    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 [1-5]\\d\\d [^\\r\\n]*\\r\\n");
    private static final String GOOD = "GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\r\nConnection: close\r\n\r\n";
    private static MirrorServer server;

    @BeforeContainer
    static void start() throws IOException {
        server = MirrorServer.start(MirrorConfig.loopback().withRequestTimeout(Duration.ofMillis(300))
                .withKeepAliveTimeout(Duration.ofMillis(300)));
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Property(tries = 150)
    void arbitraryBytesGetAStatusLineOrACleanClose(@ForAll("garbage") byte[] request) throws IOException {
        check(request);
    }

    @Property(tries = 250)
    void bentRequestsGetAStatusLineOrACleanClose(@ForAll("bent") byte[] request) throws IOException {
        check(request);
    }

    private static void check(byte[] request) throws IOException {
        byte[] reply = exchange(request);
        String text = new String(reply, StandardCharsets.ISO_8859_1);
        boolean ok = reply.length == 0 || STATUS.matcher(text).find() || isHttp09Body(reply);
        assertTrue(ok, () -> "reply to " + Escape.wire(request) + " was "
                + Escape.wire(reply.length > 200 ? java.util.Arrays.copyOf(reply, 200) : reply));
        // and the server still serves a good request afterwards
        String after = new String(exchange(GOOD.getBytes(StandardCharsets.US_ASCII)), StandardCharsets.ISO_8859_1);
        assertTrue(after.startsWith("HTTP/1.1 200 OK\r\n"), after);
    }

    private static boolean isHttp09Body(byte[] reply) {
        return MirrorFiles.bundled().all().stream().anyMatch(f -> java.util.Arrays.equals(f.content(), reply))
                || new String(reply, StandardCharsets.ISO_8859_1).startsWith("<!DOCTYPE");
    }

    /** Sends the bytes, half-closes, reads until the server closes (bounded). */
    private static byte[] exchange(byte[] request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(5_000);
            try {
                s.getOutputStream().write(request);
                s.shutdownOutput();
            } catch (IOException serverAlreadyAnswered) {
                // the server may reply and close before it has read everything: that is fine
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = in.read(buffer)) != -1 && out.size() < 1 << 20) out.write(buffer, 0, n);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server neither answered nor closed within 5 s");
            } catch (IOException reset) {
                // a reset after a complete reply is a clean enough close for a client
            }
            return out.toByteArray();
        }
    }

    @Provide
    Arbitrary<byte[]> garbage() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
    }

    @Provide
    Arbitrary<byte[]> bent() {
        Arbitrary<String> pieces = Arbitraries.of("GET", "get", "HEAD", "FOO", " ", "  ", "/romeo.txt", "/nosuch",
                "http://data.pr4e.org/romeo.txt", "HTTP/1.0", "HTTP/1.1", "HTTP/2.0", "HTTP/1.2", "\r\n", "\n", "\r",
                "Host: x", "Host : x", "Connection: close", "Range: bytes=0-9", "Range: bytes=9-0", "If-None-Match: *",
                " folded", "\t", ":", "%2e%2e/", "\u0000", "é");
        return pieces.list().ofMinSize(1).ofMaxSize(14).map(list -> {
            List<String> parts = new ArrayList<>(list);
            return String.join("", parts).getBytes(StandardCharsets.UTF_8);
        });
    }
}
