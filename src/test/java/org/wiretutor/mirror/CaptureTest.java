package org.wiretutor.mirror;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each request's log entry carries its exact head bytes and the number of the connection it came on. */
class CaptureTest {

    final BlockingQueue<LogEntry> log = new LinkedBlockingQueue<>();
    MirrorServer server;

    @BeforeEach
    void start() throws IOException {
        server = MirrorServer.start(MirrorConfig.loopback()
                .withRequestTimeout(Duration.ofMillis(400))
                .withKeepAliveTimeout(Duration.ofMillis(300))
                .withLog(log::add));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Sends, reads until the server closes, then returns every entry logged: all are in by the time it closes. */
    private List<LogEntry> exchange(String request) throws IOException {
        try (Wire w = new Wire(server)) {
            w.send(request).readToClose();
        }
        List<LogEntry> entries = new ArrayList<>();
        log.drainTo(entries);
        return entries;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private LogEntry next() throws InterruptedException {
        LogEntry e = log.poll(3, TimeUnit.SECONDS);
        assertNotNull(e, "no log entry within 3 s");
        return e;
    }

    @Test
    void a_normal_request_is_captured_exactly() throws IOException {
        String request = "GET /romeo.txt HTTP/1.0\r\nUser-Agent: test\r\n\r\n";
        List<LogEntry> entries = exchange(request);
        assertEquals(1, entries.size(), entries.toString());
        assertArrayEquals(bytes(request), entries.get(0).head());
        assertEquals(200, entries.get(0).status());
        assertTrue(entries.get(0).connection() >= 1);
    }

    @Test
    void leading_empty_lines_are_part_of_the_head() throws IOException {
        String request = "\r\n\r\nGET /romeo.txt HTTP/1.0\r\n\r\n";
        List<LogEntry> entries = exchange(request);
        assertEquals(1, entries.size());
        assertArrayEquals(bytes(request), entries.get(0).head());
    }

    @Test
    void a_bare_lf_request_keeps_its_lf_up_to_where_the_mirror_stopped() throws IOException {
        List<LogEntry> entries = exchange("GET /romeo.txt HTTP/1.0\n\n");
        assertEquals(1, entries.size());
        assertEquals(400, entries.get(0).status());
        assertEquals("bare LF line ending", entries.get(0).note());
        assertArrayEquals(bytes("GET /romeo.txt HTTP/1.0\n"), entries.get(0).head());

        List<LogEntry> inHeader = exchange("GET /romeo.txt HTTP/1.0\r\nHost: a\n\r\n");
        assertEquals(1, inHeader.size());
        assertArrayEquals(bytes("GET /romeo.txt HTTP/1.0\r\nHost: a\n"), inHeader.get(0).head());
    }

    @Test
    void an_http09_request_is_its_request_line() throws IOException {
        List<LogEntry> entries = exchange("GET /romeo.txt\r\n");
        assertEquals(1, entries.size());
        assertArrayEquals(bytes("GET /romeo.txt\r\n"), entries.get(0).head());
        assertEquals(200, entries.get(0).status());
        assertTrue(entries.get(0).note().contains("HTTP/0.9"));
    }

    @Test
    void timeouts_and_limits_log_what_arrived_once() throws IOException {
        List<LogEntry> timedOut = exchange("GET /romeo.txt HTTP/1.0\r\nX: y\r\n");
        assertEquals(1, timedOut.size());
        assertEquals(408, timedOut.get(0).status());
        assertArrayEquals(bytes("GET /romeo.txt HTTP/1.0\r\nX: y\r\n"), timedOut.get(0).head());

        String longLine = "GET /" + "a".repeat(10_000) + " HTTP/1.0\r\n\r\n";
        List<LogEntry> tooLong = exchange(longLine);
        assertEquals(1, tooLong.size());
        assertEquals(414, tooLong.get(0).status());
        assertPrefix(longLine, tooLong.get(0).head(), Limits.REQUEST_LINE);

        StringBuilder many = new StringBuilder("GET /romeo.txt HTTP/1.0\r\n");
        for (int i = 0; i < 150; i++) {
            many.append("X-H").append(i).append(": v\r\n");
        }
        String manyHeaders = many.append("\r\n").toString();
        List<LogEntry> tooMany = exchange(manyHeaders);
        assertEquals(1, tooMany.size());
        assertEquals(400, tooMany.get(0).status());
        assertPrefix(manyHeaders, tooMany.get(0).head(), 100 * "X-H99: v\r\n".length());
        assertTrue(new String(tooMany.get(0).head(), StandardCharsets.ISO_8859_1).contains("X-H99: v\r\n"));
    }

    @Test
    void an_overlong_header_is_named_in_the_log_note() throws IOException {
        List<LogEntry> named = exchange("GET /romeo.txt HTTP/1.0\r\nX-Huge: " + "b".repeat(200_000) + "\r\n\r\n");
        assertEquals(1, named.size());
        assertEquals(400, named.get(0).status());
        assertEquals("header X-Huge over " + Limits.HEADER_LINE + " bytes", named.get(0).note());

        List<LogEntry> hostile = exchange("GET /romeo.txt HTTP/1.0\r\nX-\u001b[2J\"q: " + "b".repeat(10_000) + "\r\n\r\n");
        assertEquals("header X-\\x1B[2J\"q over " + Limits.HEADER_LINE + " bytes", hostile.get(0).note());
        assertTrue(hostile.get(0).toLogLine().endsWith("(header X-\\x1B[2J\\\"q over " + Limits.HEADER_LINE + " bytes)"),
                "quotes stay escaped in the log line: " + hostile.get(0).toLogLine());

        List<LogEntry> nameless = exchange("GET /romeo.txt HTTP/1.0\r\n" + "b".repeat(10_000) + "\r\n\r\n");
        assertEquals("header line over " + Limits.HEADER_LINE + " bytes (no header name before a colon in its first "
                + Limits.HEADER_LINE + " bytes)", nameless.get(0).note());
    }

    private static void assertPrefix(String sent, byte[] head, int atLeast) {
        assertTrue(head.length > atLeast, "only " + head.length + " bytes");
        assertArrayEquals(Arrays.copyOf(bytes(sent), head.length), head);
    }

    @Test
    void a_huge_head_is_kept_up_to_64_kib() throws IOException {
        StringBuilder big = new StringBuilder("GET /romeo.txt HTTP/1.0\r\n");
        for (int i = 0; i < 100; i++) {
            big.append("X-Big").append(i).append(": ").append("v".repeat(8000)).append("\r\n");
        }
        String request = big.append("\r\n").toString();
        List<LogEntry> entries = exchange(request);
        assertEquals(1, entries.size());
        assertEquals(200, entries.get(0).status());
        assertEquals(LogEntry.MAX_HEAD, entries.get(0).head().length);
        assertPrefix(request, entries.get(0).head(), LogEntry.MAX_HEAD - 1);
    }

    @Test
    void a_request_cut_short_by_the_client_is_logged_once() throws IOException {
        try (Wire w = new Wire(server)) {
            w.send("GET /romeo.txt HTTP/1.0\r\n");
            w.socket.shutdownOutput();
            assertEquals("", w.readToClose());
        }
        List<LogEntry> entries = new ArrayList<>();
        log.drainTo(entries);
        assertEquals(1, entries.size());
        assertEquals("(incomplete request)", entries.get(0).requestLine());
        assertEquals(0, entries.get(0).status());
        assertArrayEquals(bytes("GET /romeo.txt HTTP/1.0\r\n"), entries.get(0).head());
    }

    @Test
    void nothing_received_logs_an_empty_head() throws IOException {
        List<LogEntry> entries = exchange("");
        assertEquals(1, entries.size());
        assertEquals("(nothing received)", entries.get(0).requestLine());
        assertArrayEquals(new byte[0], entries.get(0).head());
    }

    @Test
    void requests_on_one_keep_alive_connection_share_its_number() throws Exception {
        String first = "GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\r\n\r\n";
        String second = "HEAD /clown.txt HTTP/1.1\r\nHost: data.pr4e.org\r\nConnection: close\r\n\r\n";
        try (Wire w = new Wire(server)) {
            assertEquals(200, w.send(first).readReply().status());
            assertEquals(200, w.send(second).readReply(true).status());
            assertEquals("", w.readToClose());
        }
        LogEntry a = next();
        LogEntry b = next();
        assertEquals(a.connection(), b.connection());
        assertArrayEquals(bytes(first), a.head());
        assertArrayEquals(bytes(second), b.head());
        assertEquals(0, log.size(), "one entry per request");
    }

    @Test
    void separate_connections_get_increasing_numbers() throws Exception {
        LogEntry a = exchange("GET /romeo.txt HTTP/1.0\r\n\r\n").get(0);
        LogEntry b = exchange("GET /romeo.txt HTTP/1.0\r\n\r\n").get(0);
        assertNotEquals(a.connection(), b.connection());
        assertTrue(a.connection() >= 1 && b.connection() > a.connection(), a + " " + b);
        assertEquals(a.head().length, b.head().length);
    }

    @Test
    void pipelined_requests_each_get_only_their_own_head() throws Exception {
        String one = "GET /romeo.txt HTTP/1.1\r\nHost: a\r\n\r\n";
        String two = "GET /words.txt HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n";
        List<LogEntry> entries = exchange(one + two);
        assertEquals(2, entries.size());
        assertArrayEquals(bytes(one), entries.get(0).head());
        assertArrayEquals(bytes(two), entries.get(1).head());
        assertEquals(entries.get(0).connection(), entries.get(1).connection());
    }
}
