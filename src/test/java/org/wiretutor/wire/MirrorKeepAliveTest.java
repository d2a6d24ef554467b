package org.wiretutor.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wiretutor.mirror.MirrorConfig;

/**
 * {@code open --keep-alive}'s mirror, on loopback: the idle timeout it is given is the one it keeps, and the one its
 * {@code Keep-Alive} header names, so what crosses the wire is what the server does.
 */
class MirrorKeepAliveTest {
    private static final String ASK = "GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\r\nConnection: keep-alive\r\n\r\n";
    private static final Pattern LENGTH = Pattern.compile("\r\nContent-Length: (\\d+)\r\n");

    /** One whole reply off the stream, its body read by its Content-Length: the head. */
    private static String reply(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) throw new AssertionError("the connection closed in a reply head: " + head);
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        Matcher m = LENGTH.matcher(text);
        assertTrue(m.find(), text);
        assertEquals(Integer.parseInt(m.group(1)), in.readNBytes(Integer.parseInt(m.group(1))).length, text);
        return text;
    }

    private static Socket connect(MirrorHost mirror) throws IOException {
        InetSocketAddress at = mirror.address();
        Socket s = new Socket(at.getAddress(), at.getPort());
        s.setSoTimeout(10_000);
        return s;
    }

    private static void send(Socket s, String bytes) throws IOException {
        s.getOutputStream().write(bytes.getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
    }

    @Test
    void sixtySecondsAreSaidInTheHeaderAndTheConnectionOutlivesApachesFive() throws Exception {
        try (MirrorHost mirror = new MirrorHost(MirrorConfig.loopback())) {
            assertEquals(MirrorConfig.APACHE_KEEP_ALIVE, mirror.keepAliveTimeout());
            mirror.keepAlive(Optional.of(Duration.ofSeconds(60)));
            try (Socket s = connect(mirror)) {
                InputStream in = s.getInputStream();
                send(s, ASK);
                String head = reply(in);
                assertTrue(head.startsWith("HTTP/1.1 200 OK\r\n"), head);
                assertTrue(head.contains("\r\nKeep-Alive: timeout=60, max=100\r\n"), head);
                // a read that waits past Apache's 5 s ends for want of bytes, not for the end of the connection
                s.setSoTimeout(5_500);
                assertThrows(SocketTimeoutException.class, in::read);
                // and the connection still serves the next request
                s.setSoTimeout(10_000);
                send(s, "GET /clown.txt HTTP/1.1\r\nHost: data.pr4e.org\r\nConnection: close\r\n\r\n");
                String second = reply(in);
                assertTrue(second.startsWith("HTTP/1.1 200 OK\r\n"), second);
                assertTrue(second.contains("\r\nConnection: close\r\n"), second);
                assertEquals(-1, in.read());
            }
        }
    }

    @Test
    void itClosesOnceItsOwnIdleTimeoutRunsOut() throws Exception {
        try (MirrorHost mirror = new MirrorHost(MirrorConfig.loopback())) {
            mirror.keepAlive(Optional.of(Duration.ofSeconds(1)));
            try (Socket s = connect(mirror)) {
                InputStream in = s.getInputStream();
                send(s, ASK);
                assertTrue(reply(in).contains("\r\nKeep-Alive: timeout=1, max=100\r\n"));
                long idle = System.nanoTime();
                assertEquals(-1, in.read(), "the mirror closes the idle connection");
                long waited = (System.nanoTime() - idle) / 1_000_000;
                // after about a second of quiet: not at once, and not after Apache's five
                assertTrue(waited >= 800 && waited < 4_000, waited + " ms");
            }
        }
    }

    @Test
    void withNoChoiceTheMirrorIsBackToTheTimeoutItWasConfiguredWith() throws Exception {
        try (MirrorHost mirror = new MirrorHost(MirrorConfig.loopback().withKeepAliveTimeout(Duration.ofSeconds(2)))) {
            mirror.address();
            assertTrue(mirror.keepAlive(Optional.of(Duration.ofSeconds(60))), "a running mirror restarts");
            assertFalse(mirror.keepAlive(Optional.of(Duration.ofSeconds(60))), "the same timeout: nothing to do");
            assertEquals(Duration.ofSeconds(60), mirror.keepAliveTimeout());
            mirror.keepAlive(Optional.empty());
            assertEquals(Duration.ofSeconds(2), mirror.keepAliveTimeout());
            try (Socket s = connect(mirror)) {
                send(s, ASK);
                assertTrue(reply(s.getInputStream()).contains("\r\nKeep-Alive: timeout=2, max=100\r\n"));
            }
        }
    }
}
