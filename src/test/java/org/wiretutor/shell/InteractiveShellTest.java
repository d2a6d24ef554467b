package org.wiretutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.wire.Dialer;
import org.wiretutor.wire.WaitPolicy;

/** The real JLine reader on a dumb terminal over piped streams, typed at like a person would. */
public class InteractiveShellTest {
    @TempDir
    Path home;

    private PipedOutputStream keys;
    private final SyncedOutput screen = new SyncedOutput();
    private CompletableFuture<Integer> exit;
    private final java.util.concurrent.CountDownLatch slowConnect = new java.util.concurrent.CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 64 * 1024);
        Terminal terminal = TerminalBuilder.builder().system(false).streams(in, screen).dumb(true).type("dumb")
                .size(new org.jline.terminal.Size(100, 40)).build();
        ShellOptions options = ShellOptions.defaults(home, "test").withOffline(true).withColour(false)
                .withDialer((host, port, timeout) -> {
                    if (!host.equals("slow.example")) return Dialer.SYSTEM.dial(host, port, timeout);
                    try {
                        slowConnect.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new java.net.SocketTimeoutException("connect timed out");
                })
                .withWaits(new WaitPolicy(Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofMillis(300)));
        exit = CompletableFuture.supplyAsync(() -> Shells.interactive(terminal, options));
    }

    @AfterEach
    void stop() throws Exception {
        slowConnect.countDown();
        if (!exit.isDone()) {
            type("~quit");
            try {
                exit.get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("the shell did not quit; screen:\n" + screen.text(), e);
            }
        }
    }

    private void type(String line) throws IOException {
        keys.write((line + "\r").getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    @Test
    void lessonOneByHand() throws Exception {
        screen.await("Type help for the commands");
        type("lesson 1");
        screen.await("step 1 of 6: Two programs and a socket");
        type("next");
        screen.await("step 2 of 6: Open a connection");
        type("open data.pr4e.org 80");
        screen.await("Connected to the built-in mirror of data.pr4e.org");
        screen.await("[data.pr4e.org:80 mirror]");
        type("GET http://data.pr4e.org/romeo.txt HTTP/1.0");
        screen.await("sent 45 bytes");
        screen.await("✓ Step 3 done");
        type("");
        screen.await("← HTTP/1.1 200 OK\\r\\n");
        screen.await("│ Arise fair sun and kill the envious moon\\n");
        // the blank line's verdict waits for the reply, and the step that explains the reply waits for Enter
        screen.await("✓ Step 4 done · Press Enter for the next step.");
        screen.await("wiretutor> ");
        type("");
        screen.await("step 5 of 6: Read the reply");
        screen.await("✓ Step 5 done: Read the reply");
        type("");
        screen.await("step 6 of 6: Recap");
        type("next");
        screen.await("Lesson 1, \"The HTTP dance\", complete.");
        type("quit");
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
        Path history = home.resolve("history");
        assertTrue(Files.readString(history).contains("GET http://data.pr4e.org/romeo.txt HTTP/1.0"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
    }

    @Test
    void ctrlRightBracketGivesOneCommandThenBackToTheWire() throws Exception {
        screen.await("Type help");
        type("open data.pr4e.org");
        screen.await("[data.pr4e.org:80 mirror]");
        keys.write(new byte[] {'G', 'E', 0x1d});
        keys.flush();
        screen.await("Command mode");
        type("status");
        screen.await("Connected to data.pr4e.org:80 (built-in mirror");
        type("T /romeo.txt HTTP/1.0");
        screen.await("→ GET /romeo.txt HTTP/1.0\\r\\n");
        type("");
        screen.await("← HTTP/1.1 200 OK");
    }

    @Test
    void longOutputStopsAfterEachScreenfulAndTakesOneKey() throws Exception {
        screen.await("Type help");
        type("open data.pr4e.org");
        screen.await("[data.pr4e.org:80 mirror]");
        type("GET /romeo.txt HTTP/1.0");
        type("");
        screen.await("Connection closed.");
        type("show");
        screen.await("-- 38 of ");
        int page = screen.text().indexOf("-- 38 of ");
        assertTrue(screen.text().indexOf("Who is already sick", page) < 0, "the rest waits for a key");
        key("\u001b[A");
        int reminder = screen.awaitAfter(page, "Keys: space next screen");
        assertTrue(screen.text().indexOf("Who is already sick", page) < 0, "an arrow only reminds of the keys");
        key(" ");
        int rest = screen.awaitAfter(reminder, "│ Who is already sick and pale with grief");
        type("show");
        int second = screen.awaitAfter(rest, "Sent (27 bytes):");
        screen.awaitAfter(second, "-- 38 of ");
        key("q");
        int stopped = screen.awaitAfter(second, "more lines not shown.)");
        assertTrue(screen.text().indexOf("Who is already sick", second) < 0, "q stopped before the body");
        type("status");
        int ran = screen.awaitAfter(stopped, "Not connected.");
        assertTrue(screen.text().indexOf("There is no command", stopped) < 0,
                "the command typed after q is read whole, with no q before it:\n" + screen.text().substring(stopped));
        assertTrue(ran > stopped);
    }

    private void key(String key) throws IOException {
        keys.write(key.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Collects terminal output and lets a test wait for text to appear, with no sleeping. */
    public static final class SyncedOutput extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
            notifyAll();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
            notifyAll();
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        public synchronized void await(String expected) throws InterruptedException {
            awaitAfter(0, expected);
        }

        /**
         * Waits for prose to appear at or after {@code from}, however the screen wrapped it: runs of spaces and line
         * ends count as one space. Returns where it ends, as an offset in the text.
         */
        public synchronized int awaitProseAfter(int from, String expected) throws InterruptedException {
            String flat = expected.replaceAll("\\s+", " ");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (true) {
                String text = text();
                int end = proseEnd(text, from, flat);
                if (end >= 0) return end;
                long left = deadline - System.nanoTime();
                if (left <= 0) throw new AssertionError("never saw \"" + expected + "\" in:\n" + text);
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }

        /** Where {@code flat} ends in {@code text} after {@code from} with whitespace folded, or -1. */
        private static int proseEnd(String text, int from, String flat) {
            StringBuilder folded = new StringBuilder();
            java.util.List<Integer> at = new java.util.ArrayList<>();
            boolean space = false;
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    if (space) continue;
                    space = true;
                    c = ' ';
                } else {
                    space = false;
                }
                folded.append(c);
                at.add(i);
            }
            int found = folded.indexOf(flat);
            return found < 0 ? -1 : at.get(found + flat.length() - 1) + 1;
        }

        /** Waits for the text to appear at or after {@code from}; returns where it appeared. */
        public synchronized int awaitAfter(int from, String expected) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (text().indexOf(expected, from) < 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) throw new AssertionError("never saw \"" + expected + "\" in:\n" + text());
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return text().indexOf(expected, from);
        }
    }
}
