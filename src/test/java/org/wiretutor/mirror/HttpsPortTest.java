package org.wiretutor.mirror;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTPS-port listener: plain HTTP gets Apache's 400, a TLS client gets a fatal alert, both close. */
class HttpsPortTest {

    final BlockingQueue<LogEntry> log = new LinkedBlockingQueue<>();
    MirrorServer server;
    InetSocketAddress https;

    @BeforeEach
    void start() throws IOException {
        server = MirrorServer.start(MirrorConfig.loopback()
                .withHttpsPort(0)
                .withRequestTimeout(Duration.ofMillis(400))
                .withLog(log::add));
        https = server.httpsAddress().orElseThrow();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<LogEntry> drained() {
        List<LogEntry> entries = new ArrayList<>();
        log.drainTo(entries);
        return entries;
    }

    @Test
    void no_https_listener_unless_asked() throws IOException {
        try (MirrorServer plain = MirrorServer.start(MirrorConfig.loopback())) {
            assertTrue(plain.httpsAddress().isEmpty());
        }
        assertNotEquals(server.port(), https.getPort());
        assertTrue(https.getAddress().isLoopbackAddress());
    }

    @Test
    void plain_http_gets_400_saying_the_port_expects_https() throws IOException {
        String request = "GET / HTTP/1.0\r\n\r\n";
        Wire.Reply r;
        try (Wire w = new Wire(https)) {
            r = Wire.Reply.parse(w.send(request).readToClose());
        }
        assertEquals("HTTP/1.1 400 Bad Request", r.statusLine());
        assertEquals(List.of("Date", "Server", "Content-Length", "Connection", "Content-Type"), r.names());
        assertEquals("close", r.header("Connection").orElseThrow());
        assertEquals("text/html; charset=iso-8859-1", r.header("Content-Type").orElseThrow());
        assertEquals(r.body().length(), Integer.parseInt(r.header("Content-Length").orElseThrow()));
        assertTrue(r.body().contains("HTTPS"), r.body());
        assertTrue(r.body().contains("plain HTTP"), r.body());
        List<LogEntry> entries = drained();
        assertEquals(1, entries.size());
        assertEquals("GET / HTTP/1.0", entries.get(0).requestLine());
        assertEquals(400, entries.get(0).status());
        assertEquals("plain HTTP on the HTTPS port", entries.get(0).note());
        assertArrayEquals(request.getBytes(StandardCharsets.ISO_8859_1), entries.get(0).head());
    }

    @Test
    void a_malformed_plain_request_gets_the_same_400_and_both_reasons_are_logged() throws IOException {
        try (Wire w = new Wire(https)) {
            Wire.Reply r = Wire.Reply.parse(w.send("GET / HTTP/1.0\n\n").readToClose());
            assertEquals(400, r.status());
            assertTrue(r.body().contains("HTTPS"), r.body());
        }
        List<LogEntry> entries = drained();
        assertEquals(1, entries.size());
        assertEquals("plain HTTP on the HTTPS port; bare LF line ending", entries.get(0).note());
    }

    @Test
    void a_tls_handshake_byte_gets_exactly_the_alert_then_eof() throws IOException {
        try (Wire w = new Wire(https)) {
            byte[] reply = w.send(new byte[] {0x16}).readRawToClose();
            assertArrayEquals(new byte[] {0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28}, reply);
        }
        List<LogEntry> entries = drained();
        assertEquals(1, entries.size());
        assertEquals("(TLS handshake)", entries.get(0).requestLine());
        assertEquals(0, entries.get(0).status());
        assertArrayEquals(new byte[] {0x16}, entries.get(0).head());
    }

    @Test
    void a_real_tls_client_fails_fast_with_an_ssl_exception() throws IOException {
        long start = System.nanoTime();
        try (SSLSocket tls = (SSLSocket) SSLSocketFactory.getDefault()
                .createSocket(https.getAddress(), https.getPort())) {
            tls.setSoTimeout(3000);
            assertThrows(SSLException.class, tls::startHandshake);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2500, "failed after " + millis + " ms");
    }

    @Test
    void silence_is_closed_after_the_request_timeout() throws IOException {
        try (Wire w = new Wire(https)) {
            assertEquals("", w.readToClose());
        }
        assertEquals("(nothing received)", drained().get(0).requestLine());
    }

    @Test
    void connection_numbers_are_shared_by_both_listeners() throws IOException {
        try (Wire w = new Wire(server)) {
            w.send("GET /romeo.txt HTTP/1.0\r\n\r\n").readToClose();
        }
        try (Wire w = new Wire(https)) {
            w.send("GET /romeo.txt HTTP/1.0\r\n\r\n").readToClose();
        }
        List<LogEntry> entries = drained();
        assertEquals(2, entries.size());
        assertEquals(200, entries.get(0).status());
        assertEquals(400, entries.get(1).status());
        assertEquals(entries.get(0).connection() + 1, entries.get(1).connection());
    }

    @Test
    void close_stops_both_listeners() {
        server.close();
        assertThrows(IOException.class, () -> new java.net.Socket(https.getAddress(), https.getPort()));
    }
}
