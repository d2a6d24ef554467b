package org.wiretutor.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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

/** {@code serve --trickle} and {@code serve --https-port}, run in-process on loopback. */
class ServeEdgesTest {

    private static final Clock PINNED = Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);

    final ExecutorService runner = Executors.newFixedThreadPool(2);
    final List<CountDownLatch> stops = new ArrayList<>();

    @AfterEach
    void stopServing() {
        stops.forEach(CountDownLatch::countDown);
        runner.shutdownNow();
    }

    private record Served(MirrorServer server, Projector screen) {
    }

    private Served serve(String... args) throws Exception {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(args);
        Projector screen = new Projector();
        CountDownLatch stop = new CountDownLatch(1);
        stops.add(stop);
        CompletableFuture<MirrorServer> started = new CompletableFuture<>();
        PrintStream out = screen.printStream();
        Future<Integer> exit = runner.submit(() -> command.serve(out, out, PINNED, false, stop, started::complete));
        try {
            return new Served(started.get(10, TimeUnit.SECONDS), screen);
        } catch (Exception e) {
            throw new AssertionError("serve did not start (exit " + (exit.isDone() ? exit.get() : "-") + "):\n"
                    + screen.text(), e);
        }
    }

    /** The exit code and what serve printed, for options refused before it listens. */
    private static String refused(String... args) {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(args);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
        try {
            int exit = command.serve(stream, stream, PINNED, false, new CountDownLatch(0), s -> { });
            assertEquals(ExitCodes.USAGE, exit, String.join(" ", args));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Sends a request; returns the size of every read of the reply. */
    private static List<Integer> reads(InetSocketAddress to, String request, ByteArrayOutputStream all)
            throws Exception {
        try (Socket s = new Socket(to.getAddress(), to.getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = s.getInputStream();
            byte[] buffer = new byte[8192];
            List<Integer> reads = new ArrayList<>();
            for (int n; (n = in.read(buffer)) > 0; ) {
                all.write(buffer, 0, n);
                reads.add(n);
            }
            return reads;
        }
    }

    @Test
    void trickle_sends_the_same_reply_in_many_pieces_and_says_so() throws Exception {
        Served plain = serve("--port", "0");
        Served trickled = serve("--port", "0", "--trickle", "16:5");
        String request = "GET /romeo.txt HTTP/1.0\r\n\r\n";
        ByteArrayOutputStream fast = new ByteArrayOutputStream();
        ByteArrayOutputStream slow = new ByteArrayOutputStream();
        List<Integer> fastReads = reads(plain.server().address(), request, fast);
        List<Integer> slowReads = reads(trickled.server().address(), request, slow);
        assertArrayEquals(fast.toByteArray(), slow.toByteArray());
        assertTrue(slowReads.size() >= 5 && slowReads.size() > fastReads.size(), slowReads + " vs " + fastReads);
        trickled.screen().awaitCount(line -> line.contains("\"GET /romeo.txt HTTP/1.0\" 200 167"), 1);
        assertTrue(trickled.screen().text().contains("Trickling: each reply goes out in writes of 16 bytes, 5 ms "
                + "apart."), trickled.screen().text());
        assertFalse(plain.screen().text().contains("Trickling"));
    }

    @Test
    void https_port_listens_and_answers_plain_http_with_400() throws Exception {
        Served served = serve("--port", "0", "--https-port", "0");
        InetSocketAddress https = served.server().httpsAddress().orElseThrow();
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        reads(https, "GET /romeo.txt HTTP/1.0\r\n\r\n", reply);
        assertTrue(reply.toString(StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 400 Bad Request"), reply.toString());
        served.screen().awaitCount(line -> line.contains("plain HTTP on the HTTPS port"), 1);
        assertTrue(served.screen().text().contains("Its HTTPS port, without a certificate, is port " + https.getPort()
                + ": plain HTTP there gets 400, a TLS client a handshake failure."), served.screen().text());
        assertTrue(serve("--port", "0").server().httpsAddress().isEmpty(), "none unless asked");
    }

    @Test
    void bad_values_are_usage_errors_in_one_plain_line() {
        for (String[] args : List.of(new String[] {"--trickle", "0:5"}, new String[] {"--trickle", "16"},
                new String[] {"--trickle", "16:9000"}, new String[] {"--trickle", "16:5\u001b[2J"})) {
            String err = refused(args);
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.startsWith("--trickle ") && err.contains("trickle wants BYTES:MILLIS, such as 16:5"), err);
            assertFalse(err.contains("\u001b"), "escaped: " + err);
        }
        for (String[] args : List.of(new String[] {"--https-port", "70000"}, new String[] {"--https-port", "-1"},
                new String[] {"--port", "8080", "--https-port", "8080"})) {
            String err = refused(args);
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.contains("a port is a whole number from 0 to 65535, other than --port"), err);
        }
    }
}
