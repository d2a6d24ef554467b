package org.wiretutor.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.wiretutor.http.Annotation;
import org.wiretutor.http.Kind;
import org.wiretutor.http.Severity;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.shell.screen.WireRenderer;

/** `open 127.0.0.1 PORT` to Apache, nginx and Python's http.server: their replies annotated, 400s and 404s too. */
class OtherServersTest {
    private static final WaitPolicy QUIET = new WaitPolicy(Duration.ofSeconds(5), Duration.ofSeconds(5),
            Duration.ofSeconds(5));

    private static Exchange exchange(int port, String... lines) throws Exception {
        BlockingQueue<WireEvent> events = new LinkedBlockingQueue<>();
        try (MirrorHost mirror = new MirrorHost(MirrorConfig.loopback())) {
            Connector connector = new Connector(Dialer.SYSTEM, mirror, Duration.ofSeconds(2), false);
            try (WireSession s = WireSession.start(connector.open(new Target("127.0.0.1", port)), QUIET, events::add)) {
                for (String line : lines) s.send(line);
                while (true) {
                    WireEvent e = events.poll(10, TimeUnit.SECONDS);
                    if (e == null) throw new AssertionError("no reply within 10 s");
                    if (e instanceof WireEvent.ReplyComplete r) return r.exchange();
                }
            }
        }
    }

    private static boolean onPath(String program) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "command -v " + program).start();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static void assertRomeo(Exchange e) {
        assertEquals(200, e.statusLine().orElseThrow().code());
        Annotation body = e.annotations().stream().filter(a -> a.kind() == Kind.BODY).findFirst().orElseThrow();
        assertTrue(body.detailText().contains("167 of 167 bytes ✓"), body.toString());
        assertEquals(ExternalServer.ROMEO, new String(body.raw(), java.nio.charset.StandardCharsets.ISO_8859_1));
        assertNoErrors(e);
    }

    private static void assertNoErrors(Exchange e) {
        List<Annotation> errors = e.annotations().stream().filter(a -> a.severity() == Severity.ERROR).toList();
        assertTrue(errors.isEmpty(), errors::toString);
        assertTrue(e.annotations().stream().anyMatch(a -> a.kind() == Kind.BLANK_LINE));
    }

    private static void assertStatus(Exchange e, int code) {
        assertEquals(code, e.statusLine().orElseThrow().code(), () -> e.annotations().toString());
        assertNoErrors(e);
    }

    @Test
    void apache() throws Exception {
        Assumptions.assumeTrue(new java.io.File("/usr/sbin/apache2").canExecute(), "Apache is not installed");
        try (ExternalServer server = ExternalServer.apache()) {
            assertRomeo(exchange(server.port, "GET /romeo.txt HTTP/1.0", ""));
            assertStatus(exchange(server.port, "GET /nosuch.txt HTTP/1.0", ""), 404);
            assertStatus(exchange(server.port, "GET /romeo.txt HTTP/1.1", ""), 400);
            assertStatus(exchange(server.port, "FOO /romeo.txt HTTP/1.0", ""), 501);
            assertRomeo(exchange(server.port, "GET /romeo.txt HTTP/1.1", "Host: localhost", "Connection: close", ""));
            Exchange head = exchange(server.port, "HEAD /romeo.txt HTTP/1.0", "");
            assertStatus(head, 200);
            assertEquals(0, head.annotations().stream().filter(a -> a.kind() == Kind.BODY)
                    .mapToInt(a -> a.raw().length).sum(), "HEAD has no body");
        }
    }

    @Test
    void nginx() throws Exception {
        Assumptions.assumeTrue(new java.io.File("/usr/sbin/nginx").canExecute(), "nginx is not installed");
        try (ExternalServer server = ExternalServer.nginx()) {
            assertRomeo(exchange(server.port, "GET /romeo.txt HTTP/1.0", ""));
            assertStatus(exchange(server.port, "GET /nosuch.txt HTTP/1.0", ""), 404);
            assertStatus(exchange(server.port, "GET /romeo.txt HTTP/1.1", ""), 400);
            assertRomeo(exchange(server.port, "GET /romeo.txt HTTP/1.1", "Host: localhost", ""));
        }
    }

    /** romeo.txt's modification time on data.pr4e.org, to the microsecond: Apache's tag there is "a7-54f6609245537". */
    private static final Instant ROMEO_CHANGED = Instant.parse("2017-05-13T11:22:22.187831Z");

    /** The ETag's part of a reply as {@code show} prints it, on a screen wide enough to keep each detail on a row. */
    private static String shownEtag(Exchange e) {
        Annotation etag = e.annotations().stream().filter(a -> a.kind() == Kind.HEADER && a.title().equals("ETag"))
                .findFirst().orElseThrow(() -> new AssertionError("no ETag in " + e.annotations()));
        return new WireRenderer(400).annotation(etag).stream().map(AttributedString::toString)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void nginxEtagIsReadAsNginxBuildsIt() throws Exception {
        Assumptions.assumeTrue(new java.io.File("/usr/sbin/nginx").canExecute(), "nginx is not installed");
        try (ExternalServer server = ExternalServer.nginx()) {
            Files.setLastModifiedTime(server.served("romeo.txt"), FileTime.from(ROMEO_CHANGED));
            Exchange e = exchange(server.port, "GET /romeo.txt HTTP/1.0", "");
            assertRomeo(e);
            String shown = shownEtag(e);
            assertTrue(shown.contains("value    \"5916ec6e-a7\""), shown);
            assertTrue(shown.contains("format   nginx's (Server: nginx/"), shown);
            assertTrue(shown.contains("changed  5916ec6e hex = 1494674542 seconds since 1 January 1970 = Sat, 13 May"
                    + " 2017 11:22:22 UTC, when the file last changed. Last-Modified names the same second."), shown);
            assertTrue(shown.contains("size     a7 hex = 167 bytes, the file's size as stored on the server."
                    + " Content-Length is 167 too: they agree."), shown);
            // never read as Apache's tag (the old "On Apache the hex before the dash is the size")
            assertFalse(shown.contains("Apache's") || shown.contains("On Apache"), shown);
            assertFalse(shown.contains("1494674542 bytes"), shown);
        }
    }

    @Test
    void apacheEtagIsReadAsApacheBuildsIt() throws Exception {
        Assumptions.assumeTrue(new java.io.File("/usr/sbin/apache2").canExecute(), "Apache is not installed");
        try (ExternalServer server = ExternalServer.apache()) {
            Files.setLastModifiedTime(server.served("romeo.txt"), FileTime.from(ROMEO_CHANGED));
            Exchange e = exchange(server.port, "GET /romeo.txt HTTP/1.0", "");
            assertRomeo(e);
            String shown = shownEtag(e);
            assertTrue(shown.contains("value    \"a7-54f6609245537\""), shown);   // data.pr4e.org's own tag
            assertTrue(shown.contains("format   Apache's (Server: Apache/"), shown);
            assertTrue(shown.contains("size     a7 hex = 167 bytes, the file's size as stored on the server."
                    + " Content-Length is 167 too: they agree."), shown);
            assertTrue(shown.contains("changed  54f6609245537 hex is the moment the file last changed, to the millionth"
                    + " of a second: Sat, 13 May 2017 11:22:22.187831 UTC"), shown);
        }
    }

    @Test
    void pythonHttpServer() throws Exception {
        Assumptions.assumeTrue(onPath("python3"), "python3 is not installed");
        try (ExternalServer server = ExternalServer.python()) {
            Exchange ok = exchange(server.port, "GET /romeo.txt HTTP/1.0", "");
            assertRomeo(ok);
            assertEquals("HTTP/1.0", ok.statusLine().orElseThrow().version());
            assertStatus(exchange(server.port, "GET /nosuch.txt HTTP/1.0", ""), 404);
            assertStatus(exchange(server.port, "get /romeo.txt HTTP/1.0", ""), 501);
        }
    }
}
