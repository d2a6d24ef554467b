package org.wiretutor.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.wire.Dialer;
import org.wiretutor.wire.WaitPolicy;

/** {@code ~wait}: what it says when it runs out, and when Ctrl-C stops it early. */
class WaitCommandTest {
    @TempDir
    Path home;

    private PipedOutputStream keys;
    private Terminal terminal;
    private final InteractiveShellTest.SyncedOutput screen = new InteractiveShellTest.SyncedOutput();
    private CompletableFuture<Integer> exit;
    /** Opened by the test when the server may send the start of its reply. */
    private final CountDownLatch sendPart = new CountDownLatch(1);
    private ServerSocket server;
    private Thread serving;

    @BeforeEach
    void start() throws IOException {
        keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 64 * 1024);
        terminal = TerminalBuilder.builder().system(false).streams(in, screen).dumb(true).type("dumb")
                .size(new org.jline.terminal.Size(100, 40)).build();
        // hints far away: only the wait itself, the bytes and Ctrl-C decide what is said
        ShellOptions options = ShellOptions.defaults(home, "test").withOffline(true).withColour(false)
                .withDialer(Dialer.SYSTEM)
                .withWaits(new WaitPolicy(Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(60)));
        exit = CompletableFuture.supplyAsync(() -> Shells.interactive(terminal, options));
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        serving = new Thread(this::serve, "slow-server");
        serving.setDaemon(true);
        serving.start();
    }

    /** Reads a request head, then on the test's word sends only the start of a reply and holds the connection. */
    private void serve() {
        try (Socket s = server.accept()) {
            InputStream in = s.getInputStream();
            int state = 0;
            int b;
            while (state < 2 && (b = in.read()) >= 0) {
                state = b == '\n' ? state + 1 : b == '\r' ? state : 0;
            }
            if (!sendPart.await(20, TimeUnit.SECONDS)) return;
            s.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            in.readAllBytes();
        } catch (IOException | InterruptedException e) {
            // the test is over
        }
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        if (!exit.isDone()) {
            type("~quit");
            exit.get(10, TimeUnit.SECONDS);
        }
    }

    private void type(String line) throws IOException {
        keys.write((line + "\r").getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    private String flat() {
        return screen.text().replaceAll("\\s+", " ");
    }

    private void openSlowServer() throws Exception {
        screen.await("Type help for the commands");
        type("open 127.0.0.1 " + server.getLocalPort());
        screen.await("Connected to 127.0.0.1");
        type("GET /romeo.txt HTTP/1.0");
        type("");
        screen.await("→ \\r\\n");
    }

    @Test
    void ctrlCDuringAWaitSaysWhenItStoppedAndNeverClaimsTheFullTime() throws Exception {
        screen.await("Type help for the commands");
        type("open data.pr4e.org");
        screen.await("[data.pr4e.org:80 mirror]");
        type("~wait 30");
        screen.await("Waiting for the server (Ctrl-C stops waiting)");
        terminal.raise(Terminal.Signal.INT);
        screen.await("is still open.");
        String out = flat();
        assertTrue(out.matches("(?s).*You stopped waiting after \\d+\\.\\d s \\(of 30 s\\)\\. Nothing came from the"
                + " server in that time; the connection is still open\\..*"), out);
        assertFalse(out.contains("for 30 s"), out);
    }

    @Test
    void ctrlCAfterSomeOfTheReplySaysHowMuchCame() throws Exception {
        openSlowServer();
        type("~wait 30");
        screen.await("Waiting for the server (Ctrl-C stops waiting)");
        sendPart.countDown();
        screen.await("← Content-Length: 100\\r\\n");
        terminal.raise(Terminal.Signal.INT);
        screen.await("is still open.");
        assertTrue(flat().contains("(of 30 s). In that time 40 bytes came from the server (shown above); the"
                + " connection is still open."), flat());
    }

    @Test
    void aWaitThatRunsOutWhileBytesArriveDoesNotSayNothingHappened() throws Exception {
        openSlowServer();
        type("~wait 2");
        screen.await("Waiting for the server (Ctrl-C stops waiting)");
        sendPart.countDown();
        screen.await("is still open.");
        assertTrue(flat().contains("Waited 2 s. In that time 40 bytes came from the server (shown above); the"
                + " connection is still open."), flat());
        assertFalse(flat().contains("Nothing happened"), flat());
    }

    @Test
    void aWaitThatRunsOutInSilenceSaysSo() throws Exception {
        openSlowServer();
        type("~wait 1");
        screen.await("Nothing happened on the connection for 1 s.");
    }
}
