package org.wiretutor.mirror.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.MirrorServer;
import org.wiretutor.mirror.Wire;
import org.wiretutor.mirror.pages.MirrorFiles;

/**
 * The edges where the mirror follows Apache, and where real Apache and nginx differ from it, as the export's
 * README lists them: each claim asked of the real server on this machine, with the same bytes.
 */
class RealServerEdgesTest {

    private static final String MODULES = "/usr/lib/apache2/modules";
    /** Debian enables mod_deflate with this filter line among others. */
    private static final String DEBIAN_DEFLATE = "LoadModule filter_module " + MODULES + "/mod_filter.so\n"
            + "LoadModule deflate_module " + MODULES + "/mod_deflate.so\n"
            + "AddOutputFilterByType DEFLATE text/html text/plain\n";
    private static final String MOD_ENV = "LoadModule env_module " + MODULES + "/mod_env.so\n";

    /** Targets whose answer the mirror, Apache and nginx agree on, with that status. */
    private static final List<Object[]> DOT_SEGMENTS = List.of(
            new Object[] {"/x/../romeo.txt", 200}, new Object[] {"/a/b/../../romeo.txt", 200},
            new Object[] {"/./romeo.txt", 200}, new Object[] {"/x/%2e%2e/romeo.txt", 200},
            new Object[] {"//romeo.txt", 200}, new Object[] {"/x/..", 200}, new Object[] {"/romeo.txt/..", 200},
            new Object[] {"http://data.pr4e.org/x/../romeo.txt", 200},
            new Object[] {"/../romeo.txt", 400}, new Object[] {"/..", 400}, new Object[] {"/%2e%2e/romeo.txt", 400},
            new Object[] {"/.%2e/romeo.txt", 400}, new Object[] {"http://data.pr4e.org/../romeo.txt", 400},
            new Object[] {"/romeo.txt/.", 404});

    private interface Starter {
        RealServer start(Path export, int port) throws Exception;
    }

    private interface Check {
        void run(InetSocketAddress mirror, RealServer real, Path export) throws Exception;
    }

    /** Exports the mirror, starts a real server on it and the mirror beside it, and runs the check. */
    private static void against(String program, Starter starter, Check check) throws Exception {
        Assumptions.assumeTrue(RealServer.installed(program), program + " is not installed");
        Path dir = RealServer.openFolder("wiretutor-edges");
        try {
            int port = RealServer.freePort();
            MirrorExport.write(MirrorFiles.bundled(), dir.resolve("site"), ExportOptions.of(port, "127.0.0.1", false),
                    Optional.empty());
            openTree(dir);
            try (MirrorServer mirror = MirrorServer.start(MirrorConfig.loopback());
                 RealServer real = starter.start(dir.resolve("site"), port)) {
                check.run(mirror.address(), real, dir.resolve("site"));
            }
        } finally {
            RealServer.deleteTree(dir);
        }
    }

    private static Wire.Reply ask(InetSocketAddress to, String request) throws IOException {
        try (Wire w = new Wire(to)) {
            return Wire.Reply.parse(w.send(request).readToClose());
        }
    }

    private static int status(InetSocketAddress to, String request) throws IOException {
        return ask(to, request).status();
    }

    /**
     * What a learner compares between two replies: the status, the connection headers (with {@code max}), whether
     * a length is given and how many body bytes came. Dates, the Server header and error pages' words differ.
     *
     * @param bodyBytes -1 when a body came whose length differs only because each server words its page
     */
    private record Seen(int status, Optional<String> keepAlive, Optional<String> connection, boolean length,
                        int bodyBytes) {

        /** @param ownPage the body is the server's own error page, so only its presence is compared */
        static Seen of(Wire.Reply r, boolean ownPage) {
            int bytes = r.body().length();
            return new Seen(r.status(), r.header("Keep-Alive"), r.header("Connection"),
                    r.header("Content-Length").isPresent(), ownPage && bytes > 0 ? -1 : bytes);
        }
    }

    /** Sends each request on one connection after the last reply, reading each by its Content-Length. */
    private static List<Seen> onOneConnection(InetSocketAddress to, String... requests) throws IOException {
        List<Seen> seen = new java.util.ArrayList<>();
        try (Wire w = new Wire(to)) {
            for (String request : requests) {
                seen.add(Seen.of(w.send(request).readReply(request.startsWith("HEAD ")), false));
            }
        }
        return seen;
    }

    /** The reply to one request, read until the server closes. */
    private static Seen toClose(InetSocketAddress to, String request) throws IOException {
        return Seen.of(ask(to, request), true);
    }

    private static final String ROMEO_11 = "GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\r\n";
    private static final String ROMEO_10 = "GET /romeo.txt HTTP/1.0\r\n";
    private static final String ASK_KEEP_ALIVE = "Connection: keep-alive\r\n";

    @Test
    void apache_names_keep_alive_only_to_a_client_that_asks_with_max_100_then_99_as_the_mirror_does()
            throws Exception {
        against(RealServer.APACHE, RealServer::apache, (mirror, apache, export) -> {
            Optional<String> none = Optional.empty();
            // HTTP/1.1 with Host and no Connection: no connection headers, yet the connection stays open, as
            // the second request on it shows
            String[] plain = {ROMEO_11 + "\r\n", ROMEO_11 + "Connection: close\r\n\r\n"};
            List<Seen> apacheSaw = onOneConnection(apache.address(), plain);
            assertEquals(List.of(new Seen(200, none, none, true, 167),
                    new Seen(200, none, Optional.of("close"), true, 167)), apacheSaw);
            assertEquals(apacheSaw, onOneConnection(mirror, plain));

            // asked with Connection: keep-alive (any case), twice on one connection
            String[] asked = {ROMEO_11 + ASK_KEEP_ALIVE + "\r\n", ROMEO_11 + "Connection: Keep-Alive\r\n\r\n"};
            apacheSaw = onOneConnection(apache.address(), asked);
            Optional<String> keepAlive = Optional.of("Keep-Alive");
            assertEquals(List.of(new Seen(200, Optional.of("timeout=5, max=100"), keepAlive, true, 167),
                    new Seen(200, Optional.of("timeout=5, max=99"), keepAlive, true, 167)), apacheSaw);
            assertEquals(apacheSaw, onOneConnection(mirror, asked));

            // HTTP/1.0 that asks is kept alive too; one that does not ask closes
            String[] old = {ROMEO_10 + ASK_KEEP_ALIVE + "\r\n", ROMEO_10 + ASK_KEEP_ALIVE + "\r\n", ROMEO_10 + "\r\n"};
            apacheSaw = onOneConnection(apache.address(), old);
            assertEquals(List.of(new Seen(200, Optional.of("timeout=5, max=100"), keepAlive, true, 167),
                    new Seen(200, Optional.of("timeout=5, max=99"), keepAlive, true, 167),
                    new Seen(200, none, Optional.of("close"), true, 167)), apacheSaw);
            assertEquals(apacheSaw, onOneConnection(mirror, old));

            // max counts down to 1; the request after that is answered, with Connection: close, and is the last
            String many = (ROMEO_11 + ASK_KEEP_ALIVE + "\r\n").repeat(102);
            Wire.Reply apacheLast = lastOf(apache.address(), many, 101);
            Wire.Reply mirrorLast = lastOf(mirror, many, 101);
            assertEquals(Optional.of("close"), apacheLast.header("Connection"));
            assertEquals(Seen.of(apacheLast, false), Seen.of(mirrorLast, false));
        });
    }

    /** Sends the pipelined requests, reads {@code replies} replies and then the close; gives the last reply. */
    private static Wire.Reply lastOf(InetSocketAddress to, String requests, int replies) throws IOException {
        try (Wire w = new Wire(to)) {
            w.send(requests);
            Wire.Reply last = null;
            for (int i = 0; i < replies; i++) {
                last = w.readReply();
                assertEquals(i < replies - 1 ? Optional.of("timeout=5, max=" + (100 - i)) : Optional.empty(),
                        last.header("Keep-Alive"), "reply " + (i + 1));
            }
            assertEquals(-1, w.socket.getInputStream().read(), "closed after " + replies + " replies");
            return last;
        }
    }

    @Test
    void apache_sends_no_body_to_head_even_when_it_refuses_it_and_400_for_huge_headers_as_the_mirror_does()
            throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            lines.append("X-H").append(i).append(": v\r\n");
        }
        String longLine = "X-Long: " + "b".repeat(9000 - "X-Long: ".length()) + "\r\n";
        against(RealServer.APACHE, RealServer::apache, (mirror, apache, export) -> {
            Optional<String> close = Optional.of("close");
            Optional<String> none = Optional.empty();
            // HEAD without Host: 400, Connection: close, no length and no body; the same header names
            String headNoHost = "HEAD /romeo.txt HTTP/1.1\r\n\r\n";
            Wire.Reply a = ask(apache.address(), headNoHost);
            assertEquals(List.of("Date", "Server", "Connection", "Content-Type"), a.names());
            assertEquals(new Seen(400, none, close, false, 0), Seen.of(a, true));
            assertEquals(a.names(), ask(mirror, headNoHost).names());
            assertEquals(Seen.of(a, true), toClose(mirror, headNoHost));

            // a 9,000-byte header line, and 101 header lines (Host and 100 more): 400 with a page
            for (String request : List.of(ROMEO_11 + longLine + "\r\n", ROMEO_11 + lines + "\r\n")) {
                Seen apacheSaw = toClose(apache.address(), request);
                assertEquals(new Seen(400, none, close, true, -1), apacheSaw, request.substring(0, 60));
                assertEquals(apacheSaw, toClose(mirror, request), request.substring(0, 60));
            }

            // HEAD refused or not found after its request line was read: no page; a line never read whole: a page
            for (String request : List.of("HEAD /romeo.txt HTTP/1.1\r\nHost: a\r\n" + longLine + "\r\n",
                    "HEAD /romeo.txt HTTP/1.1\r\nHost: a\r\n" + lines + "\r\n",
                    "HEAD /nosuch.txt HTTP/1.0\r\n\r\n", "HEAD /moved.txt HTTP/1.0\r\n\r\n",
                    "HEAD /romeo.txt HTTP/1.1\r\nHost: a\r\nHost: a\r\n\r\n", "HEAD /romeo.txt HTTP/1.0\r\n\r\n",
                    "HEAD /romeo.txt HTTP/1.0\n\n", "HEAD /" + "a".repeat(10_000) + " HTTP/1.0\r\n\r\n",
                    "head /romeo.txt HTTP/1.0\r\n\r\n")) {
                String shown = request.substring(0, Math.min(60, request.length()));
                Seen apacheSaw = toClose(apache.address(), request);
                assertEquals(apacheSaw, toClose(mirror, request), shown);
            }
        });
    }

    @Test
    void apache_serves_post_resolves_dot_segments_and_refuses_encoded_slashes_as_the_mirror_does() throws Exception {
        against(RealServer.APACHE, RealServer::apache, (mirror, apache, export) -> {
            for (String request : List.of("POST /romeo.txt HTTP/1.0\r\n\r\n",
                    "POST /romeo.txt HTTP/1.0\r\nContent-Length: 5\r\n\r\nhello",
                    "POST /romeo.txt HTTP/1.0\r\nRange: bytes=0-3\r\n\r\n",
                    "POST /romeo.txt HTTP/1.0\r\nIf-None-Match: \"a7-54f6609245537\"\r\n\r\n",
                    "POST /moved.txt HTTP/1.0\r\n\r\n", "POST / HTTP/1.0\r\n\r\n")) {
                Wire.Reply m = ask(mirror, request);
                Wire.Reply a = ask(apache.address(), request);
                assertEquals(a.status(), m.status(), request);
                if (a.status() != 301) {
                    // the file, a part of it or nothing: the same bytes (error pages are each server's own)
                    assertEquals(a.header("Content-Length"), m.header("Content-Length"), request);
                    assertEquals(a.body(), m.body(), request);
                }
            }
            for (Object[] row : DOT_SEGMENTS) {
                String request = "GET " + row[0] + " HTTP/1.0\r\n\r\n";
                assertEquals(row[1], status(apache.address(), request), "Apache, " + row[0]);
                assertEquals(row[1], status(mirror, request), "mirror, " + row[0]);
            }
            for (String target : List.of("/x/..%2fromeo.txt", "/..%2fromeo.txt", "/romeo%2ftxt")) {
                String request = "GET " + target + " HTTP/1.0\r\n\r\n";
                assertEquals(404, status(apache.address(), request), "Apache, " + target);
                assertEquals(404, status(mirror, request), "mirror, " + target);
            }
        });
    }

    /** The mirror follows Apache 2.4.18 here; the README tells people who run a current Apache. */
    @Test
    void current_apache_says_400_to_an_unknown_transfer_coding_where_the_mirror_says_501() throws Exception {
        against(RealServer.APACHE, RealServer::apache, (mirror, apache, export) -> {
            String request = "GET /romeo.txt HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: xchunked\r\n\r\n";
            assertEquals(400, status(apache.address(), request));
            assertEquals(501, status(mirror, request));
            assertTrue(Files.readString(export.resolve("README.md")).contains(
                    "Current Apache answers an unknown `Transfer-Encoding` (say `xchunked`) with 400"));
        });
    }

    @Test
    void nginx_agrees_on_dot_segments_and_an_unknown_coding_and_differs_where_the_readme_says() throws Exception {
        against(RealServer.NGINX, RealServer::nginx, (mirror, nginx, export) -> {
            for (Object[] row : DOT_SEGMENTS) {
                String request = "GET " + row[0] + " HTTP/1.0\r\n\r\n";
                assertEquals(row[1], status(nginx.address(), request), "nginx, " + row[0]);
                assertEquals(row[1], status(mirror, request), "mirror, " + row[0]);
            }
            String xchunked = "GET /romeo.txt HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: xchunked\r\n\r\n";
            assertEquals(501, status(nginx.address(), xchunked));
            assertEquals(501, status(mirror, xchunked));
            // request, nginx's status, the mirror's
            for (Object[] row : List.of(new Object[] {"GET /romeo.txt HTTP/1.0\n\n", 200, 400},
                    new Object[] {"get /romeo.txt HTTP/1.0\r\n\r\n", 400, 501},
                    new Object[] {"FOO /romeo.txt HTTP/1.0\r\n\r\n", 405, 501},
                    new Object[] {"POST /romeo.txt HTTP/1.0\r\n\r\n", 405, 200})) {
                String request = (String) row[0];
                assertEquals(row[1], status(nginx.address(), request), "nginx, " + request);
                assertEquals(row[2], status(mirror, request), "mirror, " + request);
            }
            String readme = Files.readString(export.resolve("README.md"));
            Wire.Reply kept = onOneConnectionReply(nginx.address(), ROMEO_11 + "\r\n");
            assertEquals(Optional.of("keep-alive"), kept.header("Connection"));
            assertEquals(Optional.empty(), kept.header("Keep-Alive"));
            for (String claim : List.of("says `Connection: keep-alive` on every reply that leaves the connection open",
                    "ended by bare line feeds gets 200", "gets 400 Bad Request; the mirror and "
                    + "Apache\n  say 501", "(`FOO`, and also `POST`) gets 405 Not Allowed")) {
                assertTrue(readme.contains(claim), claim);
            }
        });
    }

    @Test
    void debian_apaches_deflate_adds_vary_unless_mod_env_lets_the_exported_host_turn_it_off() throws Exception {
        String romeo = "GET /romeo.txt HTTP/1.0\r\n\r\n";
        String gzip = "GET /romeo.txt HTTP/1.0\r\nAccept-Encoding: gzip\r\n\r\n";
        against(RealServer.APACHE, (export, port) -> RealServer.apache(export, port, DEBIAN_DEFLATE),
                (mirror, apache, export) -> {
                    assertEquals(Optional.of("Accept-Encoding"), ask(apache.address(), romeo).header("Vary"));
                    assertEquals(Optional.of("gzip"), ask(apache.address(), gzip).header("Content-Encoding"));
                    assertEquals(Optional.empty(), ask(mirror, romeo).header("Vary"));
                    assertTrue(Files.readString(export.resolve("README.md")).contains(
                            "text and HTML replies carry `Vary: Accept-Encoding`"));
                });
        against(RealServer.APACHE, (export, port) -> RealServer.apache(export, port, DEBIAN_DEFLATE + MOD_ENV),
                (mirror, apache, export) -> {
                    Wire.Reply plain = ask(apache.address(), romeo);
                    Wire.Reply asked = ask(apache.address(), gzip);
                    assertEquals(Optional.empty(), plain.header("Vary"));
                    assertEquals(Optional.empty(), asked.header("Content-Encoding"));
                    assertEquals(ask(mirror, gzip).header("ETag"), asked.header("ETag"));
                    assertEquals(ask(mirror, gzip).body(), asked.body());
                });
    }

    @Test
    void debian_nginxs_gzip_is_turned_off_by_the_exported_server_block() throws Exception {
        // nginx gzips only HTTP/1.1 requests by default
        String page = "GET /page1.htm HTTP/1.1\r\nHost: a\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n";
        against(RealServer.NGINX, (export, port) -> RealServer.nginx(export, port, "gzip on;"),
                (mirror, nginx, export) -> {
                    Wire.Reply r = ask(nginx.address(), page);
                    assertEquals(200, r.status());
                    assertFalse(r.header("Content-Encoding").isPresent(), "gzip off in the server block wins");
                    assertEquals(ask(mirror, page).body(), r.body());
                });
        against(RealServer.NGINX, (export, port) -> {
            Path conf = export.resolve(MirrorExport.NGINX);
            Files.writeString(conf, Files.readString(conf).replace("gzip off;", ""));
            return RealServer.nginx(export, port, "gzip on;");
        }, (mirror, nginx, export) -> assertEquals(Optional.of("gzip"),
                ask(nginx.address(), page).header("Content-Encoding"), "without it, Debian's nginx gzips HTML"));
    }

    /** The first reply on a connection that stays open, read by its Content-Length. */
    private static Wire.Reply onOneConnectionReply(InetSocketAddress to, String request) throws IOException {
        try (Wire w = new Wire(to)) {
            return w.send(request).readReply();
        }
    }

    /** Servers that drop to www-data must be able to enter every folder and read every file. */
    private static void openTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.forEach(p -> {
                p.toFile().setReadable(true, false);
                if (Files.isDirectory(p)) {
                    p.toFile().setExecutable(true, false);
                }
            });
        }
    }
}
