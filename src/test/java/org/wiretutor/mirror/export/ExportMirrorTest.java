package org.wiretutor.mirror.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.cli.WiretutorCommand;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.MirrorServer;
import org.wiretutor.mirror.Wire;
import org.wiretutor.mirror.pages.MirrorFiles;
import org.wiretutor.mirror.pages.MirrorFile;
import org.wiretutor.mirror.pages.Resource;

/**
 * {@code export-mirror}: the files and their times on disk, and real Apache and nginx running the exported
 * configurations, asked the same raw HTTP/1.0 requests as the mirror.
 */
class ExportMirrorTest {

    /** Headers that must come out the same from the mirror and from either real server. */
    private static final List<String> SAME = List.of("Content-Length", "Content-Type", "Last-Modified",
            "Cache-Control", "Pragma", "Expires", "Accept-Ranges");
    /** romeo-chunked.txt is chunked only for HTTP/1.1, so over HTTP/1.0 it must match too; / is the index. */
    private static final List<String> PATHS = List.of("/romeo.txt", "/intro-short.txt", "/cover3.jpg",
            "/page1.htm", "/page2.htm", "/page-links.htm",
            "/romeo-chunked.txt", "/");

    @TempDir
    Path temp;

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = WiretutorCommand.execute(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static long micros(java.time.Instant i) {
        return TimeUnit.SECONDS.toMicros(i.getEpochSecond()) + i.getNano() / 1000;
    }

    @Test
    void every_file_is_written_with_the_mirrors_bytes_and_microsecond_mtime() throws Exception {
        Path dir = temp.resolve("export");
        Run run = cli("export-mirror", dir.toString());
        assertEquals(0, run.exit(), run.err());
        MirrorFiles bundled = MirrorFiles.bundled();
        ExportPlan plan = ExportPlan.of(bundled, dir.resolve("www"), ExportOptions.of(80, null, false),
                Optional.empty());
        assertEquals(bundled.all().size() + 2, plan.files().size(), "the files, romeo-chunked.txt and index.htm");
        for (MirrorFile f : plan.files()) {
            Path p = dir.resolve("www").resolve(f.name());
            assertArrayEquals(f.content(), Files.readAllBytes(p), f.name());
            assertEquals(micros(f.lastModified()), Files.getLastModifiedTime(p).to(TimeUnit.MICROSECONDS),
                    f.name() + ": the microseconds Apache's ETag is built from");
        }
        assertFalse(Files.exists(dir.resolve("www/moved.txt")), "moved.txt is a redirect, not a file");
        String apache = Files.readString(dir.resolve("apache/wiretutor.conf"));
        assertTrue(apache.contains("<VirtualHost *:80>"), apache);
        // a path: the redirect stays on whatever server answers (intended change: it named data.pr4e.org)
        assertTrue(apache.contains("RedirectMatch 301 ^/moved\\.txt$ /romeo.txt\n"), apache);
        assertTrue(apache.contains("KeepAliveTimeout 5\n    MaxKeepAliveRequests 100\n"),
                "max=100 on a connection's first kept-alive reply, as the mirror: " + apache);
        String nginx = Files.readString(dir.resolve("nginx/wiretutor.conf"));
        assertTrue(nginx.contains("listen 80;"), nginx);
        assertTrue(nginx.contains("return 301 /romeo.txt;"), nginx);
        assertTrue(Files.readString(dir.resolve("README.md")).contains("apache/wiretutor.conf"));
        assertTrue(run.out().startsWith("Wrote " + plan.files().size() + " files to "), run.out());
    }

    @Test
    void a_folder_that_is_not_empty_is_refused_unless_forced() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Run refused = cli("export-mirror", dir.toString());
        assertEquals(1, refused.exit());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().contains("is not empty") && refused.err().contains("--force"), refused.err());
        assertFalse(Files.exists(dir.resolve("www")), "nothing written");

        Run forced = cli("export-mirror", "--force", dir.toString());
        assertEquals(0, forced.exit(), forced.err());
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")), "nothing else touched");
        Files.writeString(dir.resolve("www/stale.txt"), "left by hand");
        Run again = cli("export-mirror", "--force", dir.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("stale.txt"), "leftovers are named: " + again.out());

        Path file = Files.writeString(temp.resolve("plain-file"), "x");
        Run notFolder = cli("export-mirror", "--force", file.toString());
        assertEquals(1, notFolder.exit());
        assertTrue(notFolder.err().contains("is not a folder"), notFolder.err());
    }

    @Test
    void bad_options_are_usage_errors_in_one_line() {
        for (String[] args : List.of(new String[] {"--port", "0"}, new String[] {"--port", "70000"},
                new String[] {"--bind", "example.com"}, new String[] {"--bind", "300.1.1.1"},
                new String[] {"--learner", "has space"}, new String[] {"--port", "eighty"})) {
            String[] full = new String[args.length + 2];
            full[0] = "export-mirror";
            System.arraycopy(args, 0, full, 1, args.length);
            full[full.length - 1] = temp.resolve("x").toString();
            Run r = cli(full);
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertFalse(Files.exists(temp.resolve("x")), String.join(" ", args));
        }
        assertThrows(IllegalArgumentException.class, () -> ExportPlan.of(MirrorFiles.bundled(),
                temp.resolve("a\"b"), ExportOptions.of(80, null, false), Optional.empty()));
        assertEquals("[::1]:8080", ExportOptions.of(8080, "::1", false).listen());
        assertEquals("127.0.0.1:80", ExportOptions.of(80, " 127.0.0.1 ", false).listen());
    }

    @Test
    void a_learners_variant_is_exported_with_its_own_intro() throws Exception {
        Path dir = temp.resolve("sample");
        Run run = cli("export-mirror", "--learner", MirrorFiles.SAMPLE_LEARNER, dir.toString());
        assertEquals(0, run.exit(), run.err());
        MirrorFile sample = MirrorFiles.forLearner(MirrorFiles.SAMPLE_LEARNER).find("intro-short.txt").orElseThrow();
        Path intro = dir.resolve("www/intro-short.txt");
        assertArrayEquals(sample.content(), Files.readAllBytes(intro));
        assertNotEquals(MirrorFiles.bundled().find("intro-short.txt").orElseThrow().size(), Files.size(intro));
        assertEquals(micros(sample.lastModified()), Files.getLastModifiedTime(intro).to(TimeUnit.MICROSECONDS));
        assertTrue(Files.readString(dir.resolve("README.md")).contains("learner `sample`"));
    }

    @Test
    void apache_answers_as_the_mirror_does_etag_included() throws Exception {
        Assumptions.assumeTrue(RealServer.installed(RealServer.APACHE), "Apache is not installed");
        compareWith(RealServer::apache, true);
    }

    @Test
    void nginx_answers_as_the_mirror_does_but_for_its_etag_format() throws Exception {
        Assumptions.assumeTrue(RealServer.installed(RealServer.NGINX), "nginx is not installed");
        compareWith(RealServer::nginx, false);
    }

    /**
     * Lesson 5 says which server answers a typed HTTP/2.0 how: the mirror, like data.pr4e.org's Apache 2.4.18,
     * with 505 at once; current Apache with 400, and only after the blank line.
     */
    @Test
    void current_apache_answers_a_typed_http_2_0_with_400_where_the_mirror_says_505() throws Exception {
        Assumptions.assumeTrue(RealServer.installed(RealServer.APACHE), "Apache is not installed");
        Path dir = RealServer.openFolder("wiretutor-export");
        try {
            int port = RealServer.freePort();
            MirrorExport.write(MirrorFiles.bundled(), dir.resolve("site"), ExportOptions.of(port, "127.0.0.1", false),
                    Optional.empty());
            openTree(dir);
            try (MirrorServer mirror = MirrorServer.start(MirrorConfig.loopback());
                 RealServer apache = RealServer.apache(dir.resolve("site"), port)) {
                try (Wire w = new Wire(mirror.address())) {
                    assertEquals(505, Wire.Reply.parse(w.send("GET /romeo.txt HTTP/2.0\r\n").readToClose()).status(),
                            "the mirror answers the request line alone");
                }
                try (Wire w = new Wire(apache.address())) {
                    w.send("GET /romeo.txt HTTP/2.0\r\n");
                    w.socket.setSoTimeout(700);
                    org.junit.jupiter.api.Assertions.assertThrows(java.net.SocketTimeoutException.class,
                            () -> w.socket.getInputStream().read(), "Apache waits for the rest of the head");
                    w.socket.setSoTimeout(3000);
                    assertEquals(400, Wire.Reply.parse(w.send("\r\n").readToClose()).status());
                }
            }
        } finally {
            RealServer.deleteTree(dir);
        }
    }

    private interface Starter {
        RealServer start(Path export, int port) throws Exception;
    }

    private static void compareWith(Starter starter, boolean apacheEtag) throws Exception {
        Path dir = RealServer.openFolder("wiretutor-export");
        try {
            int port = RealServer.freePort();
            MirrorExport.write(MirrorFiles.bundled(), dir.resolve("site"), ExportOptions.of(port, "127.0.0.1", false),
                    Optional.empty());
            openTree(dir);
            try (MirrorServer mirror = MirrorServer.start(MirrorConfig.loopback());
                 RealServer real = starter.start(dir.resolve("site"), port)) {
                for (String path : PATHS) {
                    Wire.Reply m = get(mirror.address(), path);
                    Wire.Reply r = get(real.address(), path);
                    assertEquals(200, m.status(), path);
                    assertEquals(m.status(), r.status(), path);
                    for (String h : SAME) {
                        assertEquals(m.header(h), r.header(h), path + " " + h);
                    }
                    assertTrue(m.body().equals(r.body()), path + ": the bodies differ");
                    if (apacheEtag) {
                        assertEquals(m.header("ETag"), r.header("ETag"), path + " ETag");
                    } else {
                        assertEquals(Optional.of(nginxEtag(path)), r.header("ETag"), path + " nginx ETag");
                    }
                }
                // the redirect goes to the host the client named, so a class server keeps its students on it
                // (intended change: the mirror and both configurations used to send everyone to data.pr4e.org)
                Wire.Reply m = moved(mirror.address(), "127.0.0.1:" + mirror.port());
                Wire.Reply r = moved(real.address(), "127.0.0.1:" + port);
                assertEquals(301, m.status());
                assertEquals(301, r.status());
                assertEquals(Optional.of("http://127.0.0.1:" + mirror.port() + "/romeo.txt"), m.header("Location"));
                assertEquals(Optional.of("http://127.0.0.1:" + port + "/romeo.txt"), r.header("Location"));
                assertEquals(m.header("Cache-Control"), r.header("Cache-Control"), "no no-cache headers on a 301");
                // a Host without a port: the real servers add the port they listen on, the mirror leaves it out
                assertEquals(Optional.of("http://data.pr4e.org/romeo.txt"),
                        moved(mirror.address(), "data.pr4e.org").header("Location"));
                assertEquals(Optional.of("http://data.pr4e.org:" + port + "/romeo.txt"),
                        moved(real.address(), "data.pr4e.org").header("Location"));
                assertEquals(Optional.of("http://data.pr4e.org/romeo.txt"),
                        get(mirror.address(), "/moved.txt").header("Location"), "no Host: the mirror's own name");
                assertTrue(get(real.address(), "/moved.txt").header("Location").orElseThrow().endsWith("/romeo.txt"),
                        "no Host: the real server's own name, which the export leaves to the teacher");
                m = get(mirror.address(), "/nosuch.txt");
                r = get(real.address(), "/nosuch.txt");
                assertEquals(404, m.status());
                assertEquals(404, r.status());
                assertEquals(m.header("Cache-Control"), r.header("Cache-Control"), "no no-cache headers on a 404");
            }
        } finally {
            RealServer.deleteTree(dir);
        }
    }

    /** nginx's own format: mtime in whole seconds, then size, both hex. */
    private static String nginxEtag(String path) {
        Resource res = MirrorFiles.bundled().lookup(path).orElseThrow();
        MirrorFile f = res instanceof Resource.Chunked c ? c.file() : ((Resource.Plain) res).file();
        return "\"" + Long.toHexString(f.lastModified().getEpochSecond()) + "-" + Long.toHexString(f.size()) + "\"";
    }

    private static Wire.Reply moved(InetSocketAddress to, String host) throws IOException {
        try (Wire w = new Wire(to)) {
            return Wire.Reply.parse(w.send("GET /moved.txt HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .readToClose());
        }
    }

    private static Wire.Reply get(InetSocketAddress to, String path) throws IOException {
        try (Wire w = new Wire(to)) {
            return Wire.Reply.parse(w.send("GET " + path + " HTTP/1.0\r\n\r\n").readToClose());
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
