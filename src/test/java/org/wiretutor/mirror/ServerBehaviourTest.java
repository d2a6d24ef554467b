package org.wiretutor.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wiretutor.mirror.pages.MirrorFile;
import org.wiretutor.mirror.pages.MirrorFiles;

/** One test per row of the server-behaviour table, with the exact request bytes of that row. */
class ServerBehaviourTest {

    static final String ROMEO = "But soft what light through yonder window breaks\n"
            + "It is the east and Juliet is the sun\n"
            + "Arise fair sun and kill the envious moon\n"
            + "Who is already sick and pale with grief\n";
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    final List<LogEntry> log = new CopyOnWriteArrayList<>();
    MirrorServer server;

    @BeforeEach
    void start() throws IOException {
        server = MirrorServer.start(MirrorConfig.loopback()
                .withRequestTimeout(Duration.ofMillis(400))
                .withKeepAliveTimeout(Duration.ofMillis(300))
                .withClock(Clock.fixed(NOW, ZoneOffset.UTC))
                .withLog(log::add));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Wire.Reply exchangeToClose(String request) throws IOException {
        try (Wire w = new Wire(server)) {
            return Wire.Reply.parse(w.send(request).readToClose());
        }
    }

    @Test
    void row01_http10_get_is_200_like_apache_and_closes() throws IOException {
        Wire.Reply r = exchangeToClose("GET /romeo.txt HTTP/1.0\r\n\r\n");
        assertEquals("HTTP/1.1 200 OK", r.statusLine());
        assertEquals(List.of("Date", "Server", "Last-Modified", "ETag", "Accept-Ranges", "Content-Length",
                "Cache-Control", "Pragma", "Expires", "Connection", "Content-Type"), r.names());
        assertEquals("Thu, 26 Nov 2026 10:00:00 GMT", r.header("Date").orElseThrow());
        assertTrue(r.header("Server").orElseThrow().startsWith("Apache/2.4"));
        assertEquals("Sat, 13 May 2017 11:22:22 GMT", r.header("Last-Modified").orElseThrow());
        assertEquals("\"a7-54f6609245537\"", r.header("ETag").orElseThrow());
        assertEquals("bytes", r.header("Accept-Ranges").orElseThrow());
        assertEquals("167", r.header("Content-Length").orElseThrow());
        assertEquals("max-age=0, no-cache, no-store, must-revalidate", r.header("Cache-Control").orElseThrow());
        assertEquals("no-cache", r.header("Pragma").orElseThrow());
        assertEquals("Wed, 11 Jan 1984 05:00:00 GMT", r.header("Expires").orElseThrow());
        assertEquals("close", r.header("Connection").orElseThrow());
        assertEquals("text/plain", r.header("Content-Type").orElseThrow());
        assertEquals(ROMEO, r.body());
    }

    @Test
    void row02_http11_without_host_is_400() throws IOException {
        Wire.Reply r = exchangeToClose("GET /romeo.txt HTTP/1.1\r\n\r\n");
        assertEquals("HTTP/1.1 400 Bad Request", r.statusLine());
        assertEquals(List.of("Date", "Server", "Content-Length", "Connection", "Content-Type"), r.names());
        assertEquals("text/html; charset=iso-8859-1", r.header("Content-Type").orElseThrow());
        assertTrue(r.body().contains("Host"));
        assertEquals(r.body().length(), Integer.parseInt(r.header("Content-Length").orElseThrow()));
    }

    @Test
    void row03_http11_keeps_alive_without_saying_so_then_closes_when_idle() throws IOException {
        try (Wire w = new Wire(server)) {
            Wire.Reply r = w.send("GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\r\n\r\n").readReply();
            assertEquals("HTTP/1.1 200 OK", r.statusLine());
            assertEquals(List.of("Date", "Server", "Last-Modified", "ETag", "Accept-Ranges", "Content-Length",
                    "Cache-Control", "Pragma", "Expires", "Content-Type"), r.names(), "no Keep-Alive, no Connection");
            assertEquals(ROMEO, r.body());
            Wire.Reply second = w.send("GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\r\n\r\n").readReply();
            assertEquals("HTTP/1.1 200 OK", second.statusLine());
            assertFalse(second.header("Connection").isPresent());
            long idle = w.millisUntilClosed();
            assertTrue(idle >= 200 && idle < 2000, "idle close after " + idle + " ms");
        }
    }

    @Test
    void row03b_asking_for_keep_alive_gets_keep_alive_headers_with_max_counting_down_from_100() throws IOException {
        try (Wire w = new Wire(server)) {
            String asked = "GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\r\nConnection: keep-alive\r\n\r\n";
            Wire.Reply r = w.send(asked).readReply();
            assertEquals("HTTP/1.1 200 OK", r.statusLine());
            assertEquals(List.of("Date", "Server", "Last-Modified", "ETag", "Accept-Ranges", "Content-Length",
                    "Cache-Control", "Pragma", "Expires", "Keep-Alive", "Connection", "Content-Type"), r.names());
            assertEquals("timeout=1, max=100", r.header("Keep-Alive").orElseThrow());
            assertEquals("Keep-Alive", r.header("Connection").orElseThrow());
            Wire.Reply second = w.send(asked.replace("keep-alive", "Keep-Alive")).readReply();
            assertEquals("timeout=1, max=99", second.header("Keep-Alive").orElseThrow(), "the token is case-insensitive");
            Wire.Reply plain = w.send("GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\r\n\r\n").readReply();
            assertFalse(plain.header("Keep-Alive").isPresent(), "asked on one request, not on the connection");
            assertEquals(ROMEO, plain.body());
        }
    }

    @Test
    void row03c_http10_with_keep_alive_stays_open_until_a_request_without_it() throws IOException {
        try (Wire w = new Wire(server)) {
            Wire.Reply r = w.send("GET /romeo.txt HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").readReply();
            assertEquals("timeout=1, max=100", r.header("Keep-Alive").orElseThrow());
            assertEquals("Keep-Alive", r.header("Connection").orElseThrow());
            Wire.Reply second = w.send("GET /romeo.txt HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n").readReply();
            assertEquals("timeout=1, max=99", second.header("Keep-Alive").orElseThrow());
            Wire.Reply last = w.send("GET /romeo.txt HTTP/1.0\r\n\r\n").readReply();
            assertEquals("close", last.header("Connection").orElseThrow());
            assertFalse(last.header("Keep-Alive").isPresent());
            assertEquals(ROMEO, last.body());
            assertEquals(0, w.millisUntilClosed() / 1000, "closed at once after the HTTP/1.0 reply");
        }
    }

    @Test
    void row03d_one_connection_carries_101_requests_as_apache_does() throws IOException {
        try (Wire w = new Wire(server)) {
            w.send("GET /romeo.txt HTTP/1.1\r\nHost: a\r\nConnection: keep-alive\r\n\r\n".repeat(102));
            for (int max = 100; max >= 1; max--) {
                assertEquals("timeout=1, max=" + max, w.readReply().header("Keep-Alive").orElseThrow());
            }
            Wire.Reply last = w.readReply();
            assertEquals(200, last.status());
            assertEquals("close", last.header("Connection").orElseThrow(), "the 101st reply");
            assertFalse(last.header("Keep-Alive").isPresent());
            assertEquals(-1, w.socket.getInputStream().read(), "the 102nd request is never answered");
        }
    }

    @Test
    void row04_connection_close_closes_after_reply() throws IOException {
        Wire.Reply r = exchangeToClose("GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\r\nConnection: close\r\n\r\n");
        assertEquals("HTTP/1.1 200 OK", r.statusLine());
        assertEquals("close", r.header("Connection").orElseThrow());
        assertFalse(r.header("Keep-Alive").isPresent());
        assertEquals(ROMEO, r.body());
    }

    @Test
    void row05_absolute_form_is_served() throws IOException {
        Wire.Reply r = exchangeToClose("GET http://data.pr4e.org/romeo.txt HTTP/1.0\r\n\r\n");
        assertEquals("HTTP/1.1 200 OK", r.statusLine());
        assertEquals(ROMEO, r.body());
    }

    @Test
    void row06_head_sends_headers_only_with_same_length() throws IOException {
        Wire.Reply r = exchangeToClose("HEAD /romeo.txt HTTP/1.0\r\n\r\n");
        assertEquals("HTTP/1.1 200 OK", r.statusLine());
        assertEquals("167", r.header("Content-Length").orElseThrow());
        assertEquals("", r.body());
    }

    @Test
    void row07_missing_file_is_404_with_html() throws IOException {
        Wire.Reply r = exchangeToClose("GET /nosuch.txt HTTP/1.0\r\n\r\n");
        assertEquals("HTTP/1.1 404 Not Found", r.statusLine());
        assertEquals("text/html; charset=iso-8859-1", r.header("Content-Type").orElseThrow());
        assertEquals("close", r.header("Connection").orElseThrow());
        assertTrue(r.body().contains("<title>404 Not Found</title>"));
        assertTrue(r.body().contains("/nosuch.txt"));
    }

    @Test
    void row07b_head_of_missing_file_has_no_body() throws IOException {
        Wire.Reply r = exchangeToClose("HEAD /nosuch.txt HTTP/1.0\r\n\r\n");
        assertEquals(404, r.status());
        assertEquals(List.of("Date", "Server", "Connection", "Content-Type"), r.names(),
                "Apache makes no page for HEAD, so it gives no length either");
        assertEquals("", r.body());
    }

    @Test
    void row02b_head_without_host_is_400_with_no_body_and_no_length() throws IOException {
        Wire.Reply r = exchangeToClose("HEAD /romeo.txt HTTP/1.1\r\n\r\n");
        assertEquals("HTTP/1.1 400 Bad Request", r.statusLine());
        assertEquals(List.of("Date", "Server", "Connection", "Content-Type"), r.names());
        assertEquals("close", r.header("Connection").orElseThrow());
        assertEquals("", r.body());
        assertEquals(0, log.get(0).bodyBytes());
    }

    @Test
    void row02c_head_refused_after_its_request_line_has_no_body_but_a_line_never_read_whole_has_one()
            throws IOException {
        StringBuilder many = new StringBuilder("HEAD /romeo.txt HTTP/1.0\r\n");
        for (int i = 0; i < 101; i++) {
            many.append("X-H").append(i).append(": v\r\n");
        }
        for (String request : List.of("HEAD /romeo.txt HTTP/1.0\r\nX-Long: " + "b".repeat(9000) + "\r\n\r\n",
                many.append("\r\n").toString(), "\r\nHEAD /romeo.txt HTTP/1.1\r\nHost : a\r\n\r\n",
                "HEAD /romeo.txt HTTP/1.0\r\nX: y\n\r\n", "HEAD /romeo.txt HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
                "HEAD  /romeo.txt HTTP/1.0\r\n\r\n", "HEAD /romeo.txt HTTP/1.0\r\nRange: bytes=500-600\r\n\r\n")) {
            Wire.Reply r = exchangeToClose(request);
            assertTrue(r.status() >= 400, request);
            assertFalse(r.header("Content-Length").isPresent(), request);
            assertEquals("", r.body(), request);
        }
        for (String request : List.of("HEAD /romeo.txt HTTP/1.0\n\n", "HEAD /" + "a".repeat(10_000) + " HTTP/1.0\r\n\r\n",
                "head /romeo.txt HTTP/1.0\r\n\r\n")) {
            Wire.Reply r = exchangeToClose(request);
            assertEquals(r.body().length(), Integer.parseInt(r.header("Content-Length").orElseThrow()), request);
            assertTrue(r.body().contains("</html>"), request);
        }
    }

    @Test
    void row08_garbage_is_400() throws IOException {
        Wire.Reply r = exchangeToClose("hello there\r\n\r\n");
        assertEquals("HTTP/1.1 400 Bad Request", r.statusLine());
    }

    @Test
    void row09_bare_lf_is_400_and_says_why() throws IOException {
        Wire.Reply r = exchangeToClose("GET /romeo.txt HTTP/1.0\n\n");
        assertEquals("HTTP/1.1 400 Bad Request", r.statusLine());
        assertTrue(r.body().contains("LF alone"), r.body());
        assertTrue(r.body().contains("CR LF"), r.body());
        LogEntry entry = log.get(0);
        assertEquals(400, entry.status());
        assertEquals("bare LF line ending", entry.note());
        assertEquals("GET /romeo.txt HTTP/1.0", entry.requestLine());
    }

    @Test
    void row09b_bare_lf_in_a_header_line_is_400() throws IOException {
        Wire.Reply r = exchangeToClose("GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\n\r\n");
        assertEquals("HTTP/1.1 400 Bad Request", r.statusLine());
        assertTrue(r.body().contains("LF alone"));
    }

    @Test
    void row10_unknown_method_is_501_with_allow() throws IOException {
        Wire.Reply r = exchangeToClose("FOO /romeo.txt HTTP/1.0\r\n\r\n");
        assertEquals("HTTP/1.1 501 Not Implemented", r.statusLine());
        assertEquals("GET,POST,OPTIONS,HEAD", r.header("Allow").orElseThrow());
    }

    @Test
    void row11_lowercase_method_is_501() throws IOException {
        Wire.Reply r = exchangeToClose("get /romeo.txt HTTP/1.0\r\n\r\n");
        assertEquals("HTTP/1.1 501 Not Implemented", r.statusLine());
        assertEquals("GET,POST,OPTIONS,HEAD", r.header("Allow").orElseThrow());
    }

    @Test
    void row12_if_none_match_with_etag_is_304() throws IOException {
        Wire.Reply r = exchangeToClose("GET /romeo.txt HTTP/1.0\r\nIf-None-Match: \"a7-54f6609245537\"\r\n\r\n");
        assertEquals("HTTP/1.1 304 Not Modified", r.statusLine());
        assertEquals("\"a7-54f6609245537\"", r.header("ETag").orElseThrow());
        assertEquals("Sat, 13 May 2017 11:22:22 GMT", r.header("Last-Modified").orElseThrow());
        assertFalse(r.header("Content-Length").isPresent());
        assertEquals("", r.body());
    }

    @Test
    void row12b_if_none_match_star_is_304_and_other_tag_is_200() throws IOException {
        assertEquals(304, exchangeToClose("GET /romeo.txt HTTP/1.0\r\nIf-None-Match: *\r\n\r\n").status());
        assertEquals(200, exchangeToClose("GET /romeo.txt HTTP/1.0\r\nIf-None-Match: \"a7-1\"\r\n\r\n").status());
    }

    @Test
    void row13_if_modified_since_later_is_304_earlier_is_200() throws IOException {
        assertEquals(304, exchangeToClose(
                "GET /romeo.txt HTTP/1.0\r\nIf-Modified-Since: Mon, 01 Jan 2018 00:00:00 GMT\r\n\r\n").status());
        assertEquals(304, exchangeToClose(
                "GET /romeo.txt HTTP/1.0\r\nIf-Modified-Since: Sat, 13 May 2017 11:22:22 GMT\r\n\r\n").status());
        Wire.Reply older = exchangeToClose(
                "GET /romeo.txt HTTP/1.0\r\nIf-Modified-Since: Sat, 13 May 2017 11:22:21 GMT\r\n\r\n");
        assertEquals(200, older.status());
        assertEquals(ROMEO, older.body());
    }

    @Test
    void row14_no_version_is_http09_body_only() throws IOException {
        try (Wire w = new Wire(server)) {
            assertEquals(ROMEO, w.send("GET /romeo.txt\r\n").readToClose());
        }
    }

    @Test
    void row15_http20_is_505() throws IOException {
        Wire.Reply r = exchangeToClose("GET /romeo.txt HTTP/2.0\r\n\r\n");
        assertEquals("HTTP/1.1 505 HTTP Version Not Supported", r.statusLine());
    }

    @Test
    void row16_http12_is_served_as_11() throws IOException {
        try (Wire w = new Wire(server)) {
            Wire.Reply r = w.send("GET /romeo.txt HTTP/1.2\r\nHost: x\r\n\r\n").readReply();
            assertEquals("HTTP/1.1 200 OK", r.statusLine());
            assertFalse(r.header("Connection").isPresent(), "kept alive as for 1.1, without a word");
            assertEquals(ROMEO, r.body());
            assertEquals(200, w.send("GET /romeo.txt HTTP/1.2\r\nHost: x\r\n\r\n").readReply().status());
        }
    }

    @Test
    void row17_target_of_10000_bytes_is_414() throws IOException {
        Wire.Reply r = exchangeToClose("GET /" + "a".repeat(10_000) + " HTTP/1.0\r\n\r\n");
        assertEquals("HTTP/1.1 414 Request-URI Too Long", r.statusLine());
    }

    @Test
    void row18_header_line_of_10000_bytes_is_400_as_apache_says() throws IOException {
        Wire.Reply r = exchangeToClose("GET /romeo.txt HTTP/1.0\r\nX-Long: " + "b".repeat(10_000) + "\r\n\r\n");
        assertEquals("HTTP/1.1 400 Bad Request", r.statusLine());
        assertTrue(r.body().contains("longer than 8190 bytes"), r.body());
        assertEquals(r.body().length(), Integer.parseInt(r.header("Content-Length").orElseThrow()));
    }

    @Test
    void row19_space_before_colon_is_400() throws IOException {
        Wire.Reply r = exchangeToClose("GET /romeo.txt HTTP/1.1\r\nHost : data.pr4e.org\r\n\r\n");
        assertEquals("HTTP/1.1 400 Bad Request", r.statusLine());
        assertTrue(r.body().contains("space before its colon"));
    }

    @Test
    void row20_folded_header_is_400() throws IOException {
        Wire.Reply r = exchangeToClose(
                "GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\r\nX-Note: one\r\n  two\r\n\r\n");
        assertEquals("HTTP/1.1 400 Bad Request", r.statusLine());
        assertTrue(r.body().contains("folding"));
    }

    @Test
    void row21_two_host_lines_are_400() throws IOException {
        Wire.Reply r = exchangeToClose("GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\r\nHost: data.pr4e.org\r\n\r\n");
        assertEquals("HTTP/1.1 400 Bad Request", r.statusLine());
    }

    @Test
    void row22_150_header_lines_are_400_as_apache_says() throws IOException {
        StringBuilder request = new StringBuilder("GET /romeo.txt HTTP/1.0\r\n");
        for (int i = 0; i < 150; i++) {
            request.append("X-H").append(i).append(": v\r\n");
        }
        Wire.Reply r = exchangeToClose(request.append("\r\n").toString());
        assertEquals("HTTP/1.1 400 Bad Request", r.statusLine());
        assertTrue(r.body().contains("more than 100 header lines"), r.body());
    }

    @Test
    void row22b_exactly_100_header_lines_are_fine() throws IOException {
        StringBuilder request = new StringBuilder("GET /romeo.txt HTTP/1.0\r\n");
        for (int i = 0; i < 100; i++) {
            request.append("X-H").append(i).append(": v\r\n");
        }
        assertEquals(200, exchangeToClose(request.append("\r\n").toString()).status());
    }

    @Test
    void row23_range_is_206_with_content_range() throws IOException {
        Wire.Reply r = exchangeToClose("GET /romeo.txt HTTP/1.0\r\nRange: bytes=0-47\r\n\r\n");
        assertEquals("HTTP/1.1 206 Partial Content", r.statusLine());
        assertEquals("bytes 0-47/167", r.header("Content-Range").orElseThrow());
        assertEquals("48", r.header("Content-Length").orElseThrow());
        assertEquals(ROMEO.substring(0, 48), r.body());
    }

    @Test
    void row23b_open_and_suffix_ranges() throws IOException {
        Wire.Reply open = exchangeToClose("GET /romeo.txt HTTP/1.0\r\nRange: bytes=160-\r\n\r\n");
        assertEquals("bytes 160-166/167", open.header("Content-Range").orElseThrow());
        assertEquals(ROMEO.substring(160), open.body());
        Wire.Reply suffix = exchangeToClose("GET /romeo.txt HTTP/1.0\r\nRange: bytes=-6\r\n\r\n");
        assertEquals(206, suffix.status());
        assertEquals("bytes 161-166/167", suffix.header("Content-Range").orElseThrow());
        assertEquals("grief\n", suffix.body());
    }

    @Test
    void row23c_unsatisfiable_range_is_416_and_multiple_ranges_get_whole_file() throws IOException {
        Wire.Reply r = exchangeToClose("GET /romeo.txt HTTP/1.0\r\nRange: bytes=500-600\r\n\r\n");
        assertEquals("HTTP/1.1 416 Requested Range Not Satisfiable", r.statusLine());
        assertEquals("bytes */167", r.header("Content-Range").orElseThrow());
        Wire.Reply multi = exchangeToClose("GET /romeo.txt HTTP/1.0\r\nRange: bytes=0-1,5-6\r\n\r\n");
        assertEquals(200, multi.status());
        assertEquals(ROMEO, multi.body());
    }

    @Test
    void row24_absolute_form_http11_without_host_is_400() throws IOException {
        assertEquals(400, exchangeToClose("GET http://data.pr4e.org/romeo.txt HTTP/1.1\r\n\r\n").status());
    }

    @Test
    void row25_absolute_form_url_host_wins_over_host_header() throws IOException {
        Wire.Reply r = exchangeToClose(
                "GET http://data.pr4e.org/romeo.txt HTTP/1.1\r\nHost: other.example\r\nConnection: close\r\n\r\n");
        assertEquals(200, r.status());
        assertEquals(ROMEO, r.body());
    }

    @Test
    void row26_leading_crlf_is_ignored() throws IOException {
        Wire.Reply r = exchangeToClose("\r\nGET /romeo.txt HTTP/1.0\r\n\r\n");
        assertEquals(200, r.status());
        assertEquals(ROMEO, r.body());
    }

    @Test
    void row27_blank_line_arriving_later_still_gets_200() throws Exception {
        server.close();
        server = MirrorServer.start(MirrorConfig.loopback().withRequestTimeout(Duration.ofMillis(1500)));
        try (Wire w = new Wire(server)) {
            w.send("GET /romeo.txt HTTP/1.0\r\n");
            assertTrue(w.staysOpenFor(300), "server must wait for the blank line");
            Wire.Reply r = Wire.Reply.parse(w.send("\r\n").readToClose());
            assertEquals(200, r.status());
            assertEquals(ROMEO, r.body());
        }
    }

    @Test
    void row30_no_blank_line_gets_408_after_request_timeout() throws IOException {
        try (Wire w = new Wire(server)) {
            long start = System.nanoTime();
            String raw = w.send("GET /romeo.txt HTTP/1.0\r\n").readToClose();
            long millis = (System.nanoTime() - start) / 1_000_000;
            Wire.Reply r = Wire.Reply.parse(raw);
            assertEquals("HTTP/1.1 408 Request Timeout", r.statusLine());
            assertEquals("close", r.header("Connection").orElseThrow());
            assertTrue(millis >= 300 && millis < 2500, "408 after " + millis + " ms");
        }
        assertEquals("no blank line before timeout", log.get(0).note());
    }

    @Test
    void row30b_trickling_bytes_do_not_extend_the_request_timeout() throws Exception {
        try (Wire w = new Wire(server)) {
            long start = System.nanoTime();
            w.send("GET /romeo.txt HTTP/1.0\r\n");
            String raw = "";
            for (int i = 0; i < 20 && raw.isEmpty(); i++) {
                if (!w.staysOpenFor(100)) {
                    raw = w.readToClose();
                    break;
                }
                try {
                    w.send("X: y\r\n");
                } catch (IOException e) {
                    break;
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 1500, "closed after " + millis + " ms");
        }
    }

    @Test
    void row32_silent_connection_is_closed_silently() throws IOException {
        try (Wire w = new Wire(server)) {
            long start = System.nanoTime();
            assertEquals("", w.readToClose());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis >= 300 && millis < 2500, "closed after " + millis + " ms");
        }
    }

    @Test
    void pipelined_requests_are_answered_in_order() throws IOException {
        try (Wire w = new Wire(server)) {
            w.send("GET /romeo.txt HTTP/1.1\r\nHost: a\r\n\r\nHEAD /clown.txt HTTP/1.1\r\nHost: a\r\n\r\n"
                    + "GET /words.txt HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
            assertEquals(ROMEO, w.readReply().body());
            Wire.Reply head = w.readReply(true);
            assertEquals(200, head.status());
            Wire.Reply last = w.readReply();
            assertEquals("close", last.header("Connection").orElseThrow());
            assertTrue(last.body().length() > 0);
            assertEquals(0, w.millisUntilClosed() / 10_000);
        }
    }

    @Test
    void options_and_post() throws IOException {
        Wire.Reply options = exchangeToClose("OPTIONS * HTTP/1.0\r\n\r\n");
        assertEquals(200, options.status());
        assertEquals("GET,POST,OPTIONS,HEAD", options.header("Allow").orElseThrow());
        assertEquals("0", options.header("Content-Length").orElseThrow());
        Wire.Reply post = exchangeToClose(
                "POST /romeo.txt HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello");
        assertEquals("HTTP/1.1 200 OK", post.statusLine(), "Apache serves a static file to POST as to GET");
        assertEquals(ROMEO, post.body());
        assertEquals("close", post.header("Connection").orElseThrow(), "the mirror never reads a request body");
    }

    @Test
    void post_is_answered_as_apache_answers_it_for_a_static_file() throws IOException {
        Wire.Reply get = exchangeToClose("GET /romeo.txt HTTP/1.0\r\n\r\n");
        Wire.Reply post = exchangeToClose("POST /romeo.txt HTTP/1.0\r\n\r\n");
        assertEquals(get.statusLine(), post.statusLine());
        assertEquals(get.names(), post.names());
        assertEquals(get.body(), post.body());
        try (Wire w = new Wire(server)) {
            w.send("POST /romeo.txt HTTP/1.1\r\nHost: a\r\n\r\nGET /romeo.txt HTTP/1.1\r\nHost: a\r\n"
                    + "Connection: close\r\n\r\n");
            Wire.Reply first = w.readReply();
            assertFalse(first.header("Connection").isPresent(), "no body: kept alive, as HTTP/1.1 is by default");
            assertEquals(200, w.readReply().status(), "so the second request on it is answered");
        }
        Wire.Reply range = exchangeToClose("POST /romeo.txt HTTP/1.0\r\nRange: bytes=0-3\r\n\r\n");
        assertEquals(206, range.status());
        assertEquals("But ", range.body());
        Wire.Reply matched = exchangeToClose("POST /romeo.txt HTTP/1.0\r\nIf-None-Match: \"a7-54f6609245537\"\r\n\r\n");
        assertEquals("HTTP/1.1 412 Precondition Failed", matched.statusLine());
        assertEquals("0", matched.header("Content-Length").orElseThrow());
        assertEquals("", matched.body());
        Wire.Reply since = exchangeToClose(
                "POST /romeo.txt HTTP/1.0\r\nIf-Modified-Since: Thu, 01 Jan 2099 00:00:00 GMT\r\n\r\n");
        assertEquals(200, since.status(), "a POST ignores If-Modified-Since");
        assertEquals(301, exchangeToClose("POST /moved.txt HTTP/1.0\r\n\r\n").status());
        assertEquals(404, exchangeToClose("POST /nosuch.txt HTTP/1.0\r\n\r\n").status());
        Wire.Reply unknown = exchangeToClose("PUT /romeo.txt HTTP/1.0\r\n\r\n");
        assertEquals(501, unknown.status());
        assertTrue(unknown.body().contains("GET, HEAD, POST and OPTIONS"), "and POST does work: " + unknown.body());
    }

    @Test
    void dot_segments_are_removed_as_apache_and_nginx_remove_them() throws IOException {
        for (String target : List.of("/x/../romeo.txt", "/./romeo.txt", "/a/b/../../romeo.txt", "/x/./../romeo.txt",
                "/x/%2e%2e/romeo.txt", "//romeo.txt", "/x//../romeo.txt",
                "http://data.pr4e.org/x/../romeo.txt")) {
            Wire.Reply r = exchangeToClose("GET " + target + " HTTP/1.0\r\n\r\n");
            assertEquals(200, r.status(), target);
            assertEquals(ROMEO, r.body(), target);
        }
        for (String target : List.of("/x/..", "/romeo.txt/..", "/.")) {
            Wire.Reply r = exchangeToClose("GET " + target + " HTTP/1.0\r\n\r\n");
            assertEquals(200, r.status(), target);
            assertEquals("text/html", r.header("Content-Type").orElseThrow(), target + " is the index");
        }
        for (String target : List.of("/../romeo.txt", "/..", "/%2e%2e/romeo.txt", "/.%2e/romeo.txt", "/x/../../romeo.txt",
                "http://data.pr4e.org/../romeo.txt")) {
            Wire.Reply r = exchangeToClose("GET " + target + " HTTP/1.0\r\n\r\n");
            assertEquals("HTTP/1.1 400 Bad Request", r.statusLine(), target);
            assertTrue(r.body().contains("above the top folder"), target + ": " + r.body());
        }
        Wire.Reply slash = exchangeToClose("GET /x/..%2fromeo.txt HTTP/1.0\r\n\r\n");
        assertEquals(404, slash.status(), "Apache refuses an encoded slash with 404");
        assertTrue(slash.body().contains("%2F"), slash.body());
        assertEquals(404, exchangeToClose("GET /romeo.txt/. HTTP/1.0\r\n\r\n").status(), "a file is no folder");
        try (Wire w = new Wire(server)) {
            assertTrue(w.send("GET /x/../romeo.txt\r\n").readToClose().equals(ROMEO), "HTTP/0.9 too");
        }
    }

    @Test
    void an_unknown_transfer_coding_is_501_as_on_apache_2_4_18_and_nginx() throws IOException {
        for (String coding : List.of("xchunked", "gzip, chunked", "identity")) {
            Wire.Reply r = exchangeToClose("GET /romeo.txt HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: " + coding
                    + "\r\n\r\n");
            assertEquals("HTTP/1.1 501 Not Implemented", r.statusLine(), coding);
            assertEquals("close", r.header("Connection").orElseThrow());
            assertTrue(r.body().contains("transfer coding"), r.body());
            assertFalse(r.header("Allow").isPresent(), "the method was fine");
        }
        assertEquals(501, exchangeToClose("GET /nosuch.txt HTTP/1.0\r\nTransfer-Encoding: xchunked\r\n\r\n")
                .status(), "before the lookup: the server cannot find where the request ends");
        Wire.Reply chunked = exchangeToClose("GET /romeo.txt HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: Chunked\r\n"
                + "Connection: close\r\n\r\n0\r\n\r\n");
        assertEquals(200, chunked.status(), "chunked is known, in any case");
    }

    @Test
    void root_lists_the_files() throws IOException {
        Wire.Reply r = exchangeToClose("GET / HTTP/1.0\r\n\r\n");
        assertEquals(200, r.status());
        assertEquals("text/html", r.header("Content-Type").orElseThrow());
        for (MirrorFile f : MirrorFiles.bundled().all()) {
            assertTrue(r.body().contains("href=\"/" + f.name() + "\""), f.name());
        }
    }

    @Test
    void paths_outside_the_file_set_are_never_served() throws IOException {
        for (String target : List.of("/../romeo.txt", "/files/romeo.txt", "/index.properties", "/etc/passwd",
                "/..%2fromeo.txt", "/%2e%2e/%2e%2e/etc/passwd", "//etc/passwd", "/romeo.txt/",
                "/org/wiretutor/mirror/files/romeo.txt", "/C:/Windows/win.ini", "/..\\romeo.txt")) {
            int status = exchangeToClose("GET " + target + " HTTP/1.0\r\n\r\n").status();
            assertTrue(status == 404 || status == 400, target + " gave " + status);
        }
        assertEquals(400, exchangeToClose("GET /romeo%2.txt HTTP/1.0\r\n\r\n").status());
        assertEquals(400, exchangeToClose("GET /romeo.txt%00 HTTP/1.0\r\n\r\n").status());
        assertEquals(200, exchangeToClose("GET /romeo%2Etxt HTTP/1.0\r\n\r\n").status());
        assertEquals(200, exchangeToClose("GET /romeo.txt?x=1 HTTP/1.0\r\n\r\n").status());
    }

    @Test
    void log_records_each_exchange() throws IOException {
        exchangeToClose("GET /romeo.txt HTTP/1.0\r\n\r\n");
        LogEntry e = log.get(0);
        assertEquals(NOW, e.time());
        assertEquals("GET /romeo.txt HTTP/1.0", e.requestLine());
        assertEquals(200, e.status());
        assertEquals(167, e.bodyBytes());
        assertEquals("127.0.0.1 \"GET /romeo.txt HTTP/1.0\" 200 167", e.toLogLine());
    }

    @Test
    void binary_file_arrives_intact() throws IOException {
        MirrorFile cover = MirrorFiles.bundled().find("cover3.jpg").orElseThrow();
        try (Socket s = new Socket(server.address().getAddress(), server.port())) {
            s.setSoTimeout(3000);
            s.getOutputStream().write("GET /cover3.jpg HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] all = s.getInputStream().readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int bodyStart = text.indexOf("\r\n\r\n") + 4;
            assertTrue(text.startsWith("HTTP/1.1 200 OK\r\n"));
            assertTrue(text.contains("Content-Type: image/jpeg\r\n"));
            assertEquals(cover.size(), all.length - bodyStart);
            assertEquals(0xFF, all[bodyStart] & 0xff);
            assertEquals(0xD8, all[bodyStart + 1] & 0xff);
        }
    }
}
