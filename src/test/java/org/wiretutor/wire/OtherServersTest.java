package org.wiretutor.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.wiretutor.http.Annotation;
import org.wiretutor.http.Kind;
import org.wiretutor.http.Severity;
import org.wiretutor.mirror.MirrorConfig;

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
