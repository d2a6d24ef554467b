package org.wiretutor.mirror;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.mirror.pages.HttpDate;

/** The small pieces on their own: dates, ranges, targets, log lines, configuration, lifecycle. */
class PartsTest {

    @Test
    void http_dates_format_and_parse_all_three_forms() {
        Instant t = Instant.parse("2017-05-13T11:22:22Z");
        assertEquals("Sat, 13 May 2017 11:22:22 GMT", HttpDate.format(t));
        assertEquals(Optional.of(t), HttpDate.parse("Sat, 13 May 2017 11:22:22 GMT"));
        assertEquals(Optional.of(t), HttpDate.parse("Saturday, 13-May-17 11:22:22 GMT"));
        assertEquals(Optional.of(t), HttpDate.parse("Sat May 13 11:22:22 2017"));
        assertEquals(Optional.empty(), HttpDate.parse("yesterday"));
    }

    @Test
    void byte_ranges() {
        assertEquals(new ByteRange.Slice(0, 47), ByteRange.parse("bytes=0-47", 167));
        assertEquals(new ByteRange.Slice(100, 166), ByteRange.parse("bytes=100-", 167));
        assertEquals(new ByteRange.Slice(100, 166), ByteRange.parse("bytes=100-9999", 167));
        assertEquals(new ByteRange.Slice(0, 166), ByteRange.parse("bytes=-500", 167));
        assertEquals(new ByteRange.Unsatisfiable(), ByteRange.parse("bytes=167-", 167));
        assertEquals(new ByteRange.Unsatisfiable(), ByteRange.parse("bytes=-0", 167));
        assertEquals(new ByteRange.Whole(), ByteRange.parse("bytes=5-1", 167));
        assertEquals(new ByteRange.Whole(), ByteRange.parse("lines=1-2", 167));
        assertEquals(new ByteRange.Whole(), ByteRange.parse("bytes=0-1,3-4", 167));
        assertEquals(new ByteRange.Whole(), ByteRange.parse("bytes=x-y", 167));
    }

    @Test
    void request_targets() {
        assertEquals(Optional.of("/romeo.txt"), RequestTarget.path("/romeo.txt"));
        assertEquals(Optional.of("/romeo.txt"), RequestTarget.path("http://data.pr4e.org/romeo.txt"));
        assertEquals(Optional.of("/romeo.txt"), RequestTarget.path("HTTP://anything.example:8080/romeo.txt?q#f"));
        assertEquals(Optional.of("/"), RequestTarget.path("http://data.pr4e.org"));
        assertEquals(Optional.of("*"), RequestTarget.path("*"));
        assertEquals(Optional.empty(), RequestTarget.path("romeo.txt"));
        assertEquals(Optional.empty(), RequestTarget.path("data.pr4e.org:80"));
        assertEquals(Optional.empty(), RequestTarget.path("/a%zz"));
        assertEquals(Optional.of("/../x"), RequestTarget.path("/%2e%2e/x"));
    }

    @Test
    void targets_resolve_as_apache_resolves_them() {
        for (String[] row : new String[][] {{"/romeo.txt", "/romeo.txt"}, {"/x/../romeo.txt", "/romeo.txt"},
                {"/a/./b/../c", "/a/c"}, {"//a///b", "/a/b"}, {"/x/..", "/"}, {"/x/.", "/x/"}, {"/a/b/..", "/a/"},
                {"/", "/"}, {"*", "*"}, {"http://h/x/%2E%2E/romeo.txt?a=../..", "/romeo.txt"}, {"/..a/b..", "/..a/b.."}}) {
            assertEquals(new RequestTarget.Path(row[1]), RequestTarget.resolve(row[0]), row[0]);
        }
        for (String target : List.of("/..", "/../x", "/x/../..", "/%2e%2e", "/x/./../../y")) {
            assertEquals(new RequestTarget.Invalid(RequestTarget.Flaw.ABOVE_ROOT), RequestTarget.resolve(target), target);
        }
        assertEquals(new RequestTarget.Invalid(RequestTarget.Flaw.ENCODED_SLASH), RequestTarget.resolve("/a%2Fb"));
        assertEquals(new RequestTarget.Invalid(RequestTarget.Flaw.MALFORMED), RequestTarget.resolve("/a%zz"));
        assertEquals(new RequestTarget.Invalid(RequestTarget.Flaw.MALFORMED), RequestTarget.resolve("romeo.txt"));
        // Apache's statuses: 400 for a malformed target or one above the root, 404 for an encoded slash
        assertEquals(400, ((RequestTarget.Invalid) RequestTarget.resolve("/../x")).status());
        assertEquals(404, ((RequestTarget.Invalid) RequestTarget.resolve("/a%2Fb")).status());
        assertEquals(400, ((RequestTarget.Invalid) RequestTarget.resolve("romeo.txt")).status());
    }

    @Test
    void log_lines_are_one_readable_line() {
        InetSocketAddress client = new InetSocketAddress(InetAddress.getLoopbackAddress(), 40000);
        LogEntry bare = new LogEntry(Instant.EPOCH, client, "GET /romeo.txt HTTP/1.0", 400, 300, List.of(Diagnosis.of(DiagnosisKind.BARE_LF)));
        assertEquals("127.0.0.1 \"GET /romeo.txt HTTP/1.0\" 400 300 (bare LF line ending)", bare.toLogLine());
        LogEntry silent = new LogEntry(Instant.EPOCH, client, "(nothing received)", 0, 0, List.of());
        assertEquals("127.0.0.1 \"(nothing received)\" - 0", silent.toLogLine());
        byte[] raw = "A\r\n\t\"\u0001".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals("A\\r\\n\\t\\\"\\x01", LogEntry.escape(raw, raw.length));
    }

    @Test
    void log_entries_compare_their_head_by_content() {
        InetSocketAddress client = new InetSocketAddress(InetAddress.getLoopbackAddress(), 40000);
        byte[] head = "GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        LogEntry a = new LogEntry(Instant.EPOCH, client, "GET / HTTP/1.0", 200, 5, List.of(), 3, head);
        LogEntry b = new LogEntry(Instant.EPOCH, client, "GET / HTTP/1.0", 200, 5, List.of(), 3, head.clone());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.toString(), b.toString());
        assertTrue(a.toString().contains("connection=3, head=GET / HTTP/1.0\\r\\n\\r\\n]"), a.toString());
        assertNotEquals(a, new LogEntry(Instant.EPOCH, client, "GET / HTTP/1.0", 200, 5, List.of(), 3, new byte[1]));
        assertNotEquals(a, new LogEntry(Instant.EPOCH, client, "GET / HTTP/1.0", 200, 5, List.of(), 4, head));

        head[0] = 'X';
        a.head()[1] = 'X';
        assertArrayEquals(b.head(), a.head());
        assertEquals('G', a.head()[0]);

        LogEntry old = new LogEntry(Instant.EPOCH, client, "GET / HTTP/1.0", 200, 5, List.of());
        assertEquals(0, old.connection());
        assertArrayEquals(new byte[0], old.head());
        assertEquals(old, new LogEntry(Instant.EPOCH, client, "GET / HTTP/1.0", 200, 5, List.of(), 0, null));
        assertEquals(LogEntry.MAX_HEAD,
                new LogEntry(null, null, null, 0, 0, null, 1, new byte[LogEntry.MAX_HEAD + 10]).head().length);
    }

    @Test
    void chunked_bodies_have_one_chunk_per_line() {
        byte[] text = "ab\ncde\nf".getBytes(StandardCharsets.US_ASCII);
        assertEquals("3\r\nab\n\r\n4\r\ncde\n\r\n1\r\nf\r\n0\r\nX-Lines: 3\r\n\r\n",
                new String(ChunkedBody.encode(text), StandardCharsets.US_ASCII));
        assertEquals("0\r\nX-Lines: 0\r\n\r\n", new String(ChunkedBody.encode(new byte[0]), StandardCharsets.US_ASCII));
        byte[] longLine = ("x".repeat(300) + "\n").getBytes(StandardCharsets.US_ASCII);
        assertTrue(new String(ChunkedBody.encode(longLine), StandardCharsets.US_ASCII).startsWith("12d\r\n"));
    }

    @Test
    void config_defaults_and_withers() {
        MirrorConfig c = MirrorConfig.loopback();
        assertEquals(InetAddress.getLoopbackAddress(), c.bindAddress());
        assertEquals(0, c.port());
        assertEquals(Duration.ofSeconds(20), c.requestTimeout());
        assertEquals(Duration.ofSeconds(5), c.keepAliveTimeout());
        assertEquals(RequestLog.NONE, c.log());
        assertEquals(-1, c.httpsPort());
        assertEquals(0, c.withHttpsPort(0).httpsPort());
        assertEquals(8443, c.withHttpsPort(8443).withPort(8080).httpsPort());
        assertEquals(-1, new MirrorConfig(c.bindAddress(), 0, c.requestTimeout(), c.keepAliveTimeout(), c.clock(),
                c.log()).httpsPort());
        assertThrows(IllegalArgumentException.class, () -> c.withHttpsPort(-2));
        assertThrows(IllegalArgumentException.class, () -> c.withHttpsPort(65536));
        assertEquals(8080, c.withPort(8080).port());
        assertEquals(Duration.ofMillis(5), c.withKeepAliveTimeout(Duration.ofMillis(5)).keepAliveTimeout());
        assertThrows(IllegalArgumentException.class, () -> c.withPort(70000));
        assertThrows(IllegalArgumentException.class, () -> c.withRequestTimeout(Duration.ZERO));
    }

    @Test
    void binds_loopback_by_default_and_close_is_idempotent_and_ends_connections() throws IOException {
        MirrorServer server = MirrorServer.start(MirrorConfig.loopback());
        assertTrue(server.address().getAddress().isLoopbackAddress());
        assertTrue(server.port() > 0);
        try (Wire w = new Wire(server)) {
            w.send("GET /romeo.txt HTTP/1.1\r\nHost: a\r\n\r\n").readReply();
            server.close();
            server.close();
            assertTrue(w.millisUntilClosed() < 2000);
        }
        assertThrows(IOException.class, () -> new java.net.Socket(server.address().getAddress(), server.port()));
    }
}
