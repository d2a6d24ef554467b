package org.wiretutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wiretutor.classroom.Projector;
import org.wiretutor.mirror.MirrorServer;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code serve}: its options, its bind warning, and the command run in-process on loopback. */
class ServeCommandTest {

    final ExecutorService runner = Executors.newSingleThreadExecutor();
    final CountDownLatch stop = new CountDownLatch(1);
    final Projector screen = new Projector();
    /** The running command's exit code, once stopped. */
    Future<Integer> exit;
    @TempDir
    Path dir;

    @AfterEach
    void stopServing() {
        stop.countDown();
        runner.shutdownNow();
    }

    private static ServeCommand parse(String... args) {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void live_and_anonymous_parse_and_default_off() {
        ServeCommand on = parse("--live", "--anonymous", "--port", "0");
        assertTrue(on.live);
        assertTrue(on.anonymous);
        ServeCommand off = parse();
        assertFalse(off.live);
        assertFalse(off.anonymous);
        assertEquals("127.0.0.1", off.bind);
    }

    @Test
    void only_a_non_loopback_bind_warns_naming_the_address() throws Exception {
        assertEquals(Optional.of("Warning: listening on 10.0.0.5, so other computers on your network can reach "
                + "this server."), ServeCommand.bindWarning(InetAddress.getByName("10.0.0.5")));
        assertTrue(ServeCommand.bindWarning(InetAddress.getByName("0.0.0.0")).orElseThrow().contains("0.0.0.0"));
        assertEquals(Optional.empty(), ServeCommand.bindWarning(InetAddress.getByName("127.0.0.1")));
        assertEquals(Optional.empty(), ServeCommand.bindWarning(InetAddress.getByName("::1")));
    }

    /** Runs {@code serve args} on loopback until the test ends; returns the server once it listens. */
    private MirrorServer serve(String... args) throws Exception {
        ServeCommand command = parse(args);
        CompletableFuture<MirrorServer> started = new CompletableFuture<>();
        PrintStream out = screen.printStream();
        exit = runner.submit(() -> command.serve(out, out, Clock.systemUTC(), false, stop,
                started::complete));
        try {
            return started.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("serve did not start (exit " + (exit.isDone() ? exit.get() : "-") + "):\n"
                    + screen.text(), e);
        }
    }

    private static String exchange(MirrorServer server, String request) throws Exception {
        InetSocketAddress a = server.address();
        try (Socket s = new Socket(a.getAddress(), a.getPort())) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void plain_serve_logs_one_line_per_request_and_anonymous_hides_the_address() throws Exception {
        MirrorServer server = serve("--port", "0", "--anonymous");
        assertTrue(exchange(server, "GET /romeo.txt HTTP/1.0\r\n\r\n").startsWith("HTTP/1.1 200 OK"));
        screen.awaitCount(line -> line.startsWith("#1 \""), 1);
        List<String> lines = screen.lines();
        assertTrue(lines.get(0).startsWith("Serving the data.pr4e.org mirror at http://127.0.0.1:"), lines.get(0));
        assertEquals("Ctrl-C stops it.", lines.get(1));
        assertEquals("#1 \"GET /romeo.txt HTTP/1.0\" 200 167", lines.get(2));
        assertEquals(3, lines.size());
    }

    @Test
    void live_anonymous_serve_shows_the_view_and_no_client_address() throws Exception {
        MirrorServer server = serve("--port", "0", "--live", "--anonymous");
        assertTrue(exchange(server, "GET /romeo.txt HTTP/1.0\n\n").startsWith("HTTP/1.1 400"));
        screen.awaitCount(line -> line.startsWith("#1 closed"), 1);
        screen.awaitCount(line -> line.equals("so far: 1 request · 1 bare LF"), 1);
        List<String> lines = screen.lines();
        assertEquals("#1 connected", lines.get(2));
        assertFalse(String.join("\n", lines.subList(1, lines.size())).contains("127.0.0.1"), screen.text());
    }

    @Test
    void stopping_a_live_session_prints_the_summary_and_saves_markdown_and_csv() throws Exception {
        for (String name : List.of("session.md", "session.csv")) {
            Projector lines = new Projector();
            ServeCommand command = parse("--port", "0", "--live", "--save", dir.resolve(name).toString());
            CountDownLatch stopThis = new CountDownLatch(1);
            CompletableFuture<MirrorServer> started = new CompletableFuture<>();
            PrintStream out = lines.printStream();
            Future<Integer> done = runner.submit(() -> command.serve(out, out, Clock.systemUTC(), false, stopThis,
                    started::complete));
            MirrorServer server = started.get(10, TimeUnit.SECONDS);
            assertTrue(exchange(server, "GET /romeo.txt HTTP/1.0\r\n\r\n").startsWith("HTTP/1.1 200"));
            assertTrue(exchange(server, "GET /romeo.txt HTTP/1.0\n\n").startsWith("HTTP/1.1 400"));
            assertTrue(exchange(server, "=1+1 /caf\u00e9 HTTP/1.0\r\n\r\n").startsWith("HTTP/1.1 "));
            lines.awaitCount(line -> line.startsWith("#3 closed"), 1);
            stopThis.countDown();
            assertEquals(ExitCodes.OK, done.get(10, TimeUnit.SECONDS), lines.text());
            String text = lines.text();
            assertTrue(text.contains("Session over after "), text);
            assertTrue(text.contains(": 3 requests from 1 client."), text);
            assertTrue(text.contains("Mistakes: 1 bare LF · 1 bad method"), text);
            assertTrue(text.contains("Saved the session to "), text);
            String saved = Files.readString(dir.resolve(name));
            if (name.endsWith(".csv")) {
                assertTrue(saved.startsWith("time,connection,client,request,status,mistakes\n"), saved);
                assertTrue(saved.contains(",127.0.0.1,'=1+1 /caf\\xE9 HTTP/1.0,"), saved);
                assertTrue(saved.contains(",GET /romeo.txt HTTP/1.0,400,bare LF\n"), saved);
            } else {
                assertTrue(saved.contains("| finished requests | 3 |"), saved);
                assertTrue(saved.contains("| bare LF | 1 |"), saved);
                assertTrue(saved.contains("| 127\\.0\\.0\\.1 | GET /romeo\\.txt HTTP/1\\.0 | 400 | bare LF |"), saved);
            }
        }
    }

    @Test
    void save_without_live_is_a_usage_error() throws Exception {
        ServeCommand command = parse("--port", "0", "--save", dir.resolve("x.md").toString());
        PrintStream out = screen.printStream();
        assertEquals(ExitCodes.USAGE, command.serve(out, out, Clock.systemUTC(), false, stop, s -> { }));
        assertTrue(screen.text().contains("--save keeps a --live session; add --live."), screen.text());
    }

    @Test
    void per_client_defaults_to_64_and_a_connection_over_it_is_refused_and_logged() throws Exception {
        assertEquals(64, parse().perClient);
        MirrorServer server = serve("--port", "0", "--per-client", "1");
        InetSocketAddress a = server.address();
        try (Socket first = new Socket(a.getAddress(), a.getPort())) {
            first.getOutputStream().write("GET /romeo.txt HTTP/1.0\r\n".getBytes(StandardCharsets.ISO_8859_1));
            String refused = exchange(server, "GET /romeo.txt HTTP/1.0\r\n\r\n");
            assertTrue(refused.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), refused);
        }
        screen.awaitCount(line -> line.contains("(turned away)"), 1);
        String line = screen.lines().stream().filter(l -> l.contains("(turned away)")).findFirst().orElseThrow();
        assertTrue(line.matches("127\\.0\\.0\\.1 \"\\(turned away\\)\" 503 \\d+ \\(refused: this address already "
                + "has 1 connection open \\(--per-client\\)\\)"), line);
    }

    @Test
    void per_client_below_one_is_a_usage_error() throws Exception {
        ServeCommand command = parse("--per-client", "0");
        PrintStream out = screen.printStream();
        assertEquals(ExitCodes.USAGE, command.serve(out, out, Clock.systemUTC(), false, stop, s -> { }));
        assertTrue(screen.text().contains("--per-client must be at least 1."), screen.text());
    }

    /** A connection turned away is logged by the server and shown and counted by the live view (issue 15). */
    @Test
    void a_refused_connection_is_shown_and_counted_live() throws Exception {
        Projector lines = new Projector();
        ServeCommand command = parse("--port", "0", "--live", "--per-client", "1");
        CountDownLatch stopThis = new CountDownLatch(1);
        CompletableFuture<MirrorServer> started = new CompletableFuture<>();
        PrintStream out = lines.printStream();
        Future<Integer> done = runner.submit(() -> command.serve(out, out, Clock.systemUTC(), false, stopThis,
                started::complete));
        MirrorServer server = started.get(10, TimeUnit.SECONDS);
        InetSocketAddress a = server.address();
        try (Socket first = new Socket(a.getAddress(), a.getPort())) {
            first.getOutputStream().write("GET /romeo.txt HTTP/1.0\r\n".getBytes(StandardCharsets.ISO_8859_1));
            assertTrue(exchange(server, "GET /romeo.txt HTTP/1.0\r\n\r\n").startsWith("HTTP/1.1 503 "));
        }
        lines.awaitCount(line -> line.contains("refused") && line.contains("--per-client"), 1);
        stopThis.countDown();
        assertEquals(ExitCodes.OK, done.get(10, TimeUnit.SECONDS), lines.text());
        String text = lines.text();
        assertTrue(text.contains("this address already has 1 connection open (--per-client)"), text);
        assertTrue(text.contains("1 refused"), "the count says so too:\n" + text);
    }

    /** A live session of {@code serve} on its own thread, its projector lines captured, stopped by {@link #stop}. */
    private final class LiveSession {
        final Projector lines = new Projector();
        final CountDownLatch stopThis = new CountDownLatch(1);
        final Future<Integer> done;
        final MirrorServer server;

        LiveSession(String... args) throws Exception {
            ServeCommand command = parse(args);
            CompletableFuture<MirrorServer> started = new CompletableFuture<>();
            PrintStream out = lines.printStream();
            done = runner.submit(() -> command.serve(out, out, Clock.systemUTC(), false, stopThis, started::complete));
            server = started.get(10, TimeUnit.SECONDS);
        }

        /** Stops the session and returns all it printed, its closing summary included. */
        String stop() throws Exception {
            stopThis.countDown();
            assertEquals(ExitCodes.OK, done.get(10, TimeUnit.SECONDS), lines.text());
            return lines.text();
        }
    }

    /** Runs the real curl against {@code url} with certificates unchecked; its exit code is 35 for a failed handshake. */
    private static int curlK(String url) throws Exception {
        Process which = new ProcessBuilder("sh", "-c", "command -v curl").start();
        org.junit.jupiter.api.Assumptions.assumeTrue(which.waitFor(10, TimeUnit.SECONDS) && which.exitValue() == 0,
                "curl is not installed");
        Process curl = new ProcessBuilder("curl", "-k", "-sS", "--max-time", "10", url)
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        curl.getInputStream().readAllBytes();
        assertTrue(curl.waitFor(20, TimeUnit.SECONDS), "curl did not finish");
        return curl.exitValue();
    }

    /**
     * What the room sees of one TLS client: one refused connection, no request, no mistake. On the HTTPS port that is
     * all it sees; on the HTTP port the bytes that arrived and the mirror's 400 are shown too, once.
     */
    private static void assertOneRefusedTlsClient(LiveSession live, String text, boolean httpPort) {
        List<String> shown = live.lines.lines();
        assertEquals(httpPort ? 2 : 1, shown.stream().filter(l -> l.contains("TLS handshake")).count(), text);
        assertTrue(text.contains(": 0 requests from 1 client."), text);
        assertTrue(text.contains("Mistakes: none"), text);
        assertTrue(text.contains("Refused: 1 connection"), text);
        assertFalse(shown.stream().anyMatch(l -> l.matches("#\\d+ +! .*") || l.contains("^ ")),
                "no request line and no mistake flag for a TLS client:\n" + text);
        assertEquals(httpPort ? 1 : 0, shown.stream().filter(l -> l.contains(" answered 400 ")).count(), text);
    }

    /**
     * A real https client on the HTTPS port (issue 20): one refused TLS connection, shown as one line and counted as
     * refused, never as a request and never with a request's mistakes.
     */
    @Test
    void curl_over_tls_on_the_https_port_is_one_refused_connection_and_no_mistake() throws Exception {
        LiveSession live = new LiveSession("--port", "0", "--live", "--https-port", "0");
        int https = live.server.httpsAddress().orElseThrow().getPort();
        // curl's 35 is "SSL connect error": the handshake_failure alert, at once rather than at its timeout
        assertEquals(35, curlK("https://127.0.0.1:" + https + "/"));
        live.lines.awaitCount(line -> line.contains(" refused ") && line.contains("TLS handshake"), 1);
        live.lines.awaitCount(line -> line.equals("so far: 0 requests · 1 refused"), 1);
        assertOneRefusedTlsClient(live, live.stop(), false);
    }

    /**
     * The same https client on the plain HTTP port: the core knows a TLS handshake by its first byte, the mirror
     * answers 400 at once as Apache does, and the room sees one refused TLS connection, not four mistakes.
     */
    @Test
    void curl_over_tls_on_the_http_port_is_answered_400_at_once_and_counted_as_refused() throws Exception {
        LiveSession live = new LiveSession("--port", "0", "--live");
        long before = System.nanoTime();
        // 35: curl read an HTTP reply where a TLS one belonged; well before the mirror's request timeout
        assertEquals(35, curlK("https://127.0.0.1:" + live.server.port() + "/"));
        assertTrue(System.nanoTime() - before < TimeUnit.SECONDS.toNanos(8), "answered at once, not at a timeout");
        live.lines.awaitCount(line -> line.contains(" refused ") && line.contains("TLS handshake"), 1);
        live.lines.awaitCount(line -> line.equals("so far: 0 requests · 1 refused"), 1);
        assertOneRefusedTlsClient(live, live.stop(), true);
    }
}
