package org.wiretutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.shell.InteractiveShellTest.SyncedOutput;

/** The pager in the real shell and line reader at 80x24: one key, and nothing typed there reaches a command. */
class PagerShellTest {
    private static final String PAGER = " lines shown · space: more";

    @TempDir
    Path home;

    private PipedOutputStream keys;
    private final SyncedOutput screen = new SyncedOutput();
    private CompletableFuture<Integer> exit;

    @BeforeEach
    void start() throws IOException {
        start(80, 24);
    }

    private void start(int columns, int rows) throws IOException {
        keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 64 * 1024);
        Terminal terminal = TerminalBuilder.builder().system(false).streams(in, screen).dumb(true).type("dumb")
                .size(new org.jline.terminal.Size(columns, rows)).build();
        ShellOptions options = ShellOptions.defaults(home, "test").withOffline(true).withColour(false);
        exit = CompletableFuture.supplyAsync(() -> Shells.interactive(terminal, options));
    }

    @AfterEach
    void stop() throws IOException {
        if (!exit.isDone()) {
            type("quit");
            try {
                exit.get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("the shell did not quit; screen:\n" + screen.text(), e);
            }
        }
    }

    private void type(String line) throws IOException {
        key(line + "\r");
    }

    private void key(String key) throws IOException {
        keys.write(key.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    @Test
    void progressIsPagedAndSpaceShowsTheRest() throws Exception {
        int from = screen.awaitAfter(0, "Type help");
        type("progress");
        int pager = screen.awaitAfter(from, "-- 22 of ");
        screen.awaitAfter(pager, PAGER);
        assertTrue(screen.text().indexOf("Your history and progress are kept in", from) < 0,
                "the end of progress waits for a key:\n" + screen.text().substring(from));
        key(" ");
        screen.awaitAfter(pager, "Your history and progress are kept in");
    }

    @Test
    void qAloneClosesThePagerAndTheNextCommandRunsWhole() throws Exception {
        int from = screen.awaitAfter(0, "Type help");
        type("progress");
        int pager = screen.awaitAfter(from, "-- 22 of ");
        key("q");
        int stopped = screen.awaitAfter(pager, "more lines not shown.)");
        type("status");
        int ran = screen.awaitAfter(stopped, "Not connected.");
        String after = screen.text().substring(stopped);
        assertTrue(after.indexOf("There is no command") < 0, "status ran whole, not as qstatus:\n" + after);
        assertTrue(screen.text().indexOf("Your history and progress are kept in", from) > ran
                        || screen.text().indexOf("Your history and progress are kept in", from) < 0,
                "q hid the rest of progress");
        assertEquals(-1, after.indexOf(PAGER), "no pager after q:\n" + after);
    }

    @Test
    void helpIsPaged() throws Exception {
        int from = screen.awaitAfter(0, "Type help");
        type("help");
        int first = screen.awaitAfter(from, "-- 22 of ");
        key(" ");
        int second = screen.awaitAfter(first + 1, "-- 44 of ");
        assertTrue(screen.text().indexOf("Your history and progress are kept in", from) < 0, "the end waits");
        key("\r");
        int line = screen.awaitAfter(second + 1, "-- 45 of ");
        key(" ");
        screen.awaitAfter(line, "Your history and progress are kept in");
    }

    /** A shell on a 12-row terminal at lesson 1, whose first step is longer: where its pager stopped. */
    private int lessonOneOnTwelveRows() throws Exception {
        screen.await("Type help");
        stop();
        int mark = screen.text().length();
        start(80, 12);
        int from = screen.awaitAfter(mark, "Type help");
        type("lesson 1");
        // the introduction and the step do not fit 12 rows together: the introduction comes alone first
        int intro = screen.awaitAfter(from, "Press Enter for step 1.");
        assertEquals(-1, screen.text().indexOf("step 1 of", from), "the step waits for Enter");
        type("");
        return screen.awaitAfter(intro, PAGER);
    }

    @Test
    void qAtALongStepStillShowsTheStepsEnd() throws Exception {
        int pager = lessonOneOnTwelveRows();
        key("q");
        // the step's rest is its end: shown whole, with nothing skipped
        int skipped = pager + 1;
        int end = screen.awaitAfter(skipped, "when you are ready.");
        int prompt = screen.awaitAfter(end, "wiretutor> ");
        assertEquals(-1, screen.text().substring(skipped, prompt).indexOf(PAGER), "no pager after q");
        type("status");
        screen.awaitAfter(prompt, "Not connected.");
        assertTrue(screen.text().indexOf("There is no command", prompt) < 0, "status ran whole");
    }

    @Test
    void aCommandTypedAtAStepsPagerEndsItAndReachesThePromptWhole() throws Exception {
        int pager = lessonOneOnTwelveRows();
        type("answer 5");
        int skipped = pager + 1;
        int end = screen.awaitAfter(skipped, "when you are ready.");
        int told = screen.awaitAfter(end, "This step is not asking a question right now");
        String after = screen.text().substring(pager, told);
        assertEquals(-1, after.indexOf("Keys:"), "no list of keys for letters typed:\n" + after);
        assertEquals(-1, after.indexOf("There is no command"), "the line was answer 5, whole:\n" + after);
        assertEquals(-1, screen.text().indexOf(PAGER, pager + 1), "one pager, ended by the first letter");
        assertTrue(after.contains("answer 5"), "the line shows as typed:\n" + after);
        type("next");
        int next = screen.awaitAfter(told, "step 2 of");
        // step 2 is longer than 12 rows too: q, a pager key, stops it and types nothing
        key("q");
        int prompt = screen.awaitAfter(screen.awaitAfter(next, PAGER), "wiretutor> ");
        type("status");
        screen.awaitAfter(prompt, "Not connected.");
        assertEquals(-1, screen.text().indexOf("There is no command", next), "q was not typed");
    }

    @Test
    void arrowsAtThePagerRemindOfTheKeysOnceAndAreNotTyped() throws Exception {
        int from = screen.awaitAfter(0, "Type help");
        type("progress");
        int pager = screen.awaitAfter(from, "-- 22 of ");
        key("\u001b[A");
        int reminder = screen.awaitAfter(pager, "Keys: space next screen");
        key("\u001b[D");
        int again = screen.awaitAfter(reminder, "-- 22 of ");
        key("\u001b[C");
        screen.awaitAfter(again + 1, "-- 22 of ");
        key("q");
        int stopped = screen.awaitAfter(pager, "more lines not shown.)");
        type("status");
        screen.awaitAfter(stopped, "Not connected.");
        String all = screen.text().substring(pager);
        assertEquals(all.indexOf("Keys:"), all.lastIndexOf("Keys:"), "the keys are listed once:\n" + all);
        assertEquals(-1, all.indexOf("There is no command"), "no arrow reached the line:\n" + all);
    }

    @Test
    void ctrlCClosesThePagerAsQDoesAndTheShellCarriesOn() throws Exception {
        int from = screen.awaitAfter(0, "Type help");
        type("progress");
        int pager = screen.awaitAfter(from, "-- 22 of ");
        key("\u0003");
        int stopped = screen.awaitAfter(pager, "more lines not shown.)");
        type("status");
        screen.awaitAfter(stopped, "Not connected.");
        String after = screen.text().substring(stopped);
        assertTrue(after.indexOf("There is no command") < 0, "status ran whole, the terminal reads lines again:\n" + after);
        assertTrue(!exit.isDone(), "Ctrl-C at the pager did not end the shell");
    }

    @Test
    void whatTheWireSaysWhileThePagerWaitsGoesAboveItsPrompt() throws Exception {
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int from = screen.awaitAfter(0, "Type help");
            CompletableFuture<java.net.Socket> accepted = CompletableFuture.supplyAsync(() -> {
                try {
                    return server.accept();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            type("open 127.0.0.1 " + server.getLocalPort());
            from = screen.awaitAfter(from, "[127.0.0.1:" + server.getLocalPort() + "] ");
            try (java.net.Socket socket = accepted.get(10, TimeUnit.SECONDS)) {
                type("~help");
                int pager = screen.awaitAfter(from, "-- 22 of ");
                int end = screen.awaitAfter(pager, "q: stop --") + "q: stop --".length();
                socket.close();
                int closed = screen.awaitAfter(end, "Connection closed.");
                String between = screen.text().substring(end, closed);
                assertTrue(between.contains("\n"), "the news starts on a line of its own, not beside the prompt: "
                        + between.replace("\r", "\\r").replace("\n", "\\n"));
                int again = screen.awaitAfter(closed, "-- 22 of ");
                assertTrue(again > closed, "the pager's prompt is drawn again below, still waiting");
                key(" ");
                screen.awaitAfter(again + 1, "-- 44 of ");
                key("q");
                int stopped = screen.awaitAfter(again, "more lines not shown.)");
                int prompt = screen.awaitAfter(stopped, "wiretutor> ");
                assertTrue(prompt > stopped, "the connection is gone: the command prompt");
            }
        }
    }
}
