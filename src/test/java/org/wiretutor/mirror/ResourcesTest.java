package org.wiretutor.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /romeo-chunked.txt and /moved.txt over real sockets. */
class ResourcesTest {

    static final String ROMEO = ServerBehaviourTest.ROMEO;
    /** The chunked body exactly: one chunk per line (49, 37, 41 and 40 bytes), the last chunk, the trailer. */
    static final String CHUNKED_BODY = "31\r\nBut soft what light through yonder window breaks\n\r\n"
            + "25\r\nIt is the east and Juliet is the sun\n\r\n"
            + "29\r\nArise fair sun and kill the envious moon\n\r\n"
            + "28\r\nWho is already sick and pale with grief\n\r\n"
            + "0\r\nX-Lines: 4\r\n\r\n";

    MirrorServer server;

    @BeforeEach
    void start() throws IOException {
        server = MirrorServer.start(MirrorConfig.loopback()
                .withRequestTimeout(Duration.ofMillis(400))
                .withKeepAliveTimeout(Duration.ofMillis(300))
                .withClock(Clock.fixed(ServerBehaviourTest.NOW, ZoneOffset.UTC)));
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
    void chunked_to_http11_exact_bytes_with_trailer() throws IOException {
        Wire.Reply r = exchangeToClose(
                "GET /romeo-chunked.txt HTTP/1.1\r\nHost: data.pr4e.org\r\nConnection: close\r\n\r\n");
        assertEquals("HTTP/1.1 200 OK", r.statusLine());
        assertEquals(List.of("Date", "Server", "Last-Modified", "ETag", "Accept-Ranges", "Cache-Control", "Pragma",
                "Expires", "Trailer", "Connection", "Transfer-Encoding", "Content-Type"), r.names());
        assertEquals("chunked", r.header("Transfer-Encoding").orElseThrow());
        assertEquals("X-Lines", r.header("Trailer").orElseThrow());
        assertFalse(r.header("Content-Length").isPresent());
        assertEquals("text/plain", r.header("Content-Type").orElseThrow());
        assertEquals(CHUNKED_BODY, r.body());
    }

    @Test
    void chunked_etag_is_its_own_and_built_like_the_others() throws IOException {
        Wire.Reply r = exchangeToClose("HEAD /romeo-chunked.txt HTTP/1.0\r\n\r\n");
        String etag = r.header("ETag").orElseThrow();
        assertTrue(etag.startsWith("\"a7-"), etag);
        assertNotEquals("\"a7-54f6609245537\"", etag);
        assertEquals(304, exchangeToClose("GET /romeo-chunked.txt HTTP/1.1\r\nHost: a\r\nConnection: close\r\n"
                + "If-None-Match: " + etag + "\r\n\r\n").status());
        assertTrue(r.header("Last-Modified").orElseThrow().endsWith("2017 11:23:40 GMT"));
    }

    @Test
    void chunked_keeps_the_connection_usable() throws IOException {
        try (Wire w = new Wire(server)) {
            Wire.Reply head = w.send("GET /romeo-chunked.txt HTTP/1.1\r\nHost: a\r\n\r\n").readReply(true);
            assertFalse(head.header("Connection").isPresent(), "HTTP/1.1 stays open without saying so");
            assertEquals(CHUNKED_BODY, w.readBytes(CHUNKED_BODY.length()));
            Wire.Reply next = w.send("GET /romeo.txt HTTP/1.1\r\nHost: a\r\n\r\n").readReply();
            assertEquals(ROMEO, next.body());
        }
    }

    @Test
    void http10_gets_it_with_content_length() throws IOException {
        Wire.Reply r = exchangeToClose("GET /romeo-chunked.txt HTTP/1.0\r\n\r\n");
        assertEquals(200, r.status());
        assertEquals("167", r.header("Content-Length").orElseThrow());
        assertFalse(r.header("Transfer-Encoding").isPresent());
        assertFalse(r.header("Trailer").isPresent());
        assertEquals(ROMEO, r.body());
    }

    @Test
    void head_gives_the_chunked_headers_only() throws IOException {
        Wire.Reply r = exchangeToClose("HEAD /romeo-chunked.txt HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        assertEquals(200, r.status());
        assertEquals("chunked", r.header("Transfer-Encoding").orElseThrow());
        assertEquals("", r.body());
    }

    @Test
    void http09_and_ranges_get_plain_bytes() throws IOException {
        try (Wire w = new Wire(server)) {
            assertEquals(ROMEO, w.send("GET /romeo-chunked.txt\r\n").readToClose());
        }
        Wire.Reply part = exchangeToClose(
                "GET /romeo-chunked.txt HTTP/1.1\r\nHost: a\r\nRange: bytes=0-47\r\nConnection: close\r\n\r\n");
        assertEquals(206, part.status());
        assertEquals("48", part.header("Content-Length").orElseThrow());
        assertEquals(ROMEO.substring(0, 48), part.body());
    }

    @Test
    void moved_is_301_with_location_and_apache_header_order() throws IOException {
        Wire.Reply r = exchangeToClose("GET /moved.txt HTTP/1.0\r\n\r\n");
        assertEquals("HTTP/1.1 301 Moved Permanently", r.statusLine());
        assertEquals(List.of("Date", "Server", "Location", "Content-Length", "Connection", "Content-Type"),
                r.names());
        assertEquals("http://data.pr4e.org/romeo.txt", r.header("Location").orElseThrow());
        assertEquals("close", r.header("Connection").orElseThrow());
        assertEquals("text/html; charset=iso-8859-1", r.header("Content-Type").orElseThrow());
        assertEquals(r.body().length(), Integer.parseInt(r.header("Content-Length").orElseThrow()));
        assertTrue(r.body().contains("<title>301 Moved Permanently</title>"), r.body());
        assertTrue(r.body().contains("<a href=\"http://data.pr4e.org/romeo.txt\">"), r.body());
    }

    @Test
    void moved_points_at_the_host_the_client_named_so_a_class_server_keeps_its_students() throws IOException {
        assertEquals("http://10.0.0.5:18481/romeo.txt", exchangeToClose(
                "GET /moved.txt HTTP/1.1\r\nHost: 10.0.0.5:18481\r\nConnection: close\r\n\r\n").header("Location")
                .orElseThrow());
        assertEquals("http://class.example.edu/romeo.txt", exchangeToClose(
                "GET /moved.txt HTTP/1.1\r\nHost: Class.Example.EDU:80\r\nConnection: close\r\n\r\n")
                .header("Location").orElseThrow(), "lowercased, port 80 left out, as Apache does");
        assertEquals("http://[::1]:8080/romeo.txt", exchangeToClose(
                "GET /moved.txt HTTP/1.1\r\nHost: [::1]:8080\r\nConnection: close\r\n\r\n").header("Location")
                .orElseThrow());
        Wire.Reply odd = exchangeToClose("GET /moved.txt HTTP/1.0\r\nHost: a\"b<c\r\n\r\n");
        if (odd.status() == 301) {
            assertEquals("http://data.pr4e.org/romeo.txt", odd.header("Location").orElseThrow(),
                    "a Host that is no host name is never copied into the reply");
        }
    }

    @Test
    void moved_keeps_alive_for_http11_and_head_has_no_body() throws IOException {
        try (Wire w = new Wire(server)) {
            Wire.Reply r = w.send("HEAD /moved.txt HTTP/1.1\r\nHost: data.pr4e.org\r\n\r\n").readReply(true);
            assertEquals(301, r.status());
            assertEquals(List.of("Date", "Server", "Location", "Content-Type"), r.names(),
                    "no page for HEAD, so no length; no Connection: kept alive as HTTP/1.1 is by default");
            Wire.Reply asked = w.send("HEAD /moved.txt HTTP/1.1\r\nHost: data.pr4e.org\r\nConnection: keep-alive\r\n"
                    + "\r\n").readReply(true);
            assertEquals(List.of("Date", "Server", "Location", "Keep-Alive", "Connection", "Content-Type"),
                    asked.names());
            assertEquals("timeout=1, max=99", asked.header("Keep-Alive").orElseThrow());
            Wire.Reply next = w.send("GET /romeo.txt HTTP/1.1\r\nHost: a\r\n\r\n").readReply();
            assertEquals(ROMEO, next.body());
        }
    }

    @Test
    void index_lists_both() throws IOException {
        Wire.Reply r = exchangeToClose("GET / HTTP/1.0\r\n\r\n");
        assertTrue(r.body().contains("href=\"/romeo-chunked.txt\""), r.body());
        assertTrue(r.body().contains("href=\"/moved.txt\""), r.body());
    }
}
