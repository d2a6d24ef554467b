package org.wiretutor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a learner sees on the visible screen of a real terminal (tmux) at 80x24 and at 60 columns:
 * never the scrollback. The reply's status line and every header must be on the screen right after
 * the blank line, no row may rely on the terminal's own wrapping, and the prompt carries no leftovers.
 */
class ReplyScreenIT {
    /** The headers the built-in mirror sends with romeo.txt, in order. */
    static final List<String> ROMEO_HEADERS = List.of("Date:", "Server:", "Last-Modified:", "ETag:", "Accept-Ranges:",
            "Content-Length: 167", "Cache-Control:", "Pragma:", "Expires:", "Connection: close",
            "Content-Type: text/plain");

    @TempDir
    Path dir;
    /** A tmux server of each test's own: a server being killed cannot take the next test's session with it. */
    private final Tmux tmux = Tmux.ofItsOwn("wiretutor-screen", "screen");

    @BeforeEach
    void needTmux() {
        Assumptions.assumeTrue(Jar.onPath("tmux"), "tmux is not installed");
    }

    @AfterEach
    void kill() throws Exception {
        if (Jar.onPath("tmux")) tmux.killServer();
    }

    private void start(int columns, int rows) throws Exception {
        tmux.start(columns, rows, "WIRETUTOR_HOME=" + dir.resolve("home") + " "
                + String.join(" ", Jar.command("--offline")));
        awaitVisible("wiretutor>");
    }

    private String awaitVisible(String expected) throws Exception {
        return tmux.awaitVisible(expected, 20);
    }

    private void type(String line) throws Exception {
        if (line.isEmpty()) tmux.keys("Enter");
        else tmux.keys("-l", line);
        if (!line.isEmpty()) tmux.keys("Enter");
    }

    /** Lesson 1 up to the blank line: the reply's first view is what is left on the screen. */
    private String lessonOneReply() throws Exception {
        type("lesson 1");
        tmux.awaitFirstStep("step 1 of 6", 20);
        type("next");
        awaitVisible("step 2 of 6");
        type("open data.pr4e.org 80");
        awaitVisible("[data.pr4e.org:80 mirror]");
        type("GET http://data.pr4e.org/romeo.txt HTTP/1.0");
        awaitVisible("✓ Step 3 done");
        type("");
        // the blank line completes step 4; its verdict waits for the reply and comes under it
        awaitVisible("✓ Step 4 done · Press Enter for the next step.");
        return awaitVisible("Press Enter for the next step.");
    }

    private static void assertWholeReplyHead(String screen) {
        assertTrue(screen.contains("← HTTP/1.1 200 OK\\r\\n"), "the status line is on the screen:\n" + screen);
        for (String header : ROMEO_HEADERS) {
            assertTrue(screen.contains("← " + header), header + " is on the screen:\n" + screen);
        }
        assertTrue(screen.contains("← \\r\\n"), "the blank line is on the screen:\n" + screen);
    }

    /** The last row with text is the prompt and nothing else: no tail of the longer wire prompt. */
    private static void assertCleanPrompt(String screen, String prompt) {
        List<String> rows = Arrays.stream(screen.split("\n")).filter(r -> !r.isBlank()).toList();
        assertEquals(prompt, rows.get(rows.size() - 1).stripTrailing(), "the prompt row:\n" + screen);
        assertFalse(screen.contains("org:80 mirror]") && !screen.contains("[data.pr4e.org:80 mirror]"),
                "a leftover of the wire prompt:\n" + screen);
    }

    /** Rows of the visible screen joined where the terminal wrapped them: none may be wider than the screen. */
    private void assertNothingWrappedByTheTerminal(int columns) throws Exception {
        String joined = tmux.run("capture-pane", "-p", "-J", "-t", "screen");   // rows the terminal wrapped, joined
        for (String row : joined.split("\n")) {
            assertTrue(row.stripTrailing().length() <= columns, "a row the terminal had to wrap:\n" + row);
        }
    }

    @Test
    void lessonOneAt80x24ShowsTheWholeReplyHeadAndACleanPrompt() throws Exception {
        start(80, 24);
        String screen = lessonOneReply();
        assertWholeReplyHead(screen);
        assertTrue(screen.contains("│ Who is already sick and pale with grief\\n"), screen);
        assertTrue(screen.contains("Connection closed."), screen);
        assertCleanPrompt(screen, "wiretutor>");
        assertFalse(screen.contains("step 5 of 6"), "the next step waits for Enter:\n" + screen);
        assertNothingWrappedByTheTerminal(80);

        // the step that explains the reply, which the reply and the close completed: its verdict under it
        type("");
        String explained = awaitVisible("✓ Step 5 done: Read the reply");
        assertTrue(explained.contains("step 5 of 6: Read the reply"), explained);
        assertTrue(explained.indexOf("step 5 of 6") < explained.indexOf("✓ Step 5 done"), explained);
        type("");
        String next = awaitVisible("step 6 of 6: Recap");
        assertTrue(next.contains("Type next to finish the lesson."), next);
    }

    @Test
    void lessonOneAt60ColumnsKeepsEveryRowInsideTheScreen() throws Exception {
        start(60, 24);
        String screen = lessonOneReply();
        assertWholeReplyHead(screen);
        assertCleanPrompt(screen, "wiretutor>");
        assertNothingWrappedByTheTerminal(60);
        assertTrue(screen.contains("← Cache-Control: max-age=0, no-cache, no-store,"), screen);
    }

    @Test
    void aResizeRedrawsWhatTheLearnerWasLookingAtForTheNewWidth() throws Exception {
        start(80, 24);
        lessonOneReply();
        type("");
        awaitVisible("✓ Step 5 done: Read the reply");
        type("");
        awaitVisible("step 6 of 6: Recap");
        tmux.run("resize-window", "-t", "screen", "-x", "60", "-y", "24");
        String screen = awaitVisible("(redrawn for 60 columns)");
        assertTrue(screen.contains("step 6 of 6"), screen);
        String after = screen.substring(screen.indexOf("(redrawn for 60 columns)"));
        for (String row : after.split("\n")) assertTrue(row.stripTrailing().length() <= 60, row);
        assertCleanPrompt(screen, "wiretutor>");
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {80, 60})
    void lessonTwoHeadersStepLeavesEveryHeaderOnTheScreen(int columns) throws Exception {
        start(columns, 24);
        type("lesson 2");
        tmux.awaitFirstStep("step 1 of", 20);
        if (columns < 80) {
            // at 60 columns the introduction and step 1 are longer than the screen: q leaves the pager
            awaitVisible("lines · space: more · q: stop --");
            tmux.keys("q");
            // q shows the rest of the step (its end is never hidden) and gives the prompt back
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
            String shown = tmux.screen();
            while ((shown.contains("space: more") || !shown.strip().endsWith("wiretutor>")) && System.nanoTime() < deadline) {
                shown = tmux.screen();
            }
            assertTrue(!shown.contains("space: more") && shown.strip().endsWith("wiretutor>"), shown);
        }
        type("next");
        awaitVisible("step 2 of 9");
        // the step fits the screen at 60 columns too: no pager stands between it and the prompt
        awaitVisible("Header names do not care");
        type("open data.pr4e.org 80");
        awaitVisible("[data.pr4e.org:80 mirror]");
        type("GET http://data.pr4e.org/romeo.txt HTTP/1.0");
        awaitVisible("sent 45 bytes");
        type("");
        awaitVisible("Press Enter for the next step.");
        String screen = awaitVisible("Connection closed.");
        assertWholeReplyHead(screen);
        assertCleanPrompt(screen, "wiretutor>");
        assertNothingWrappedByTheTerminal(columns);
        type("");
        awaitVisible("step 3 of 9");
    }

    @Test
    void keysTypedWhileACommandRunsWaitInTheInputLine() throws Exception {
        start(80, 24);
        type("open data.pr4e.org 80");
        awaitVisible("[data.pr4e.org:80 mirror]");
        type("~wait 2");
        awaitVisible("Waiting for the server");
        tmux.keys("-l", "hint");
        String screen = awaitVisible("[data.pr4e.org:80 mirror] hint");
        assertFalse(screen.contains("hintNothing") || screen.contains("…hint") || screen.contains("hint\nNothing"),
                "typed keys are not mixed into the output:\n" + screen);
        List<String> rows = Arrays.stream(screen.split("\n")).filter(r -> !r.isBlank()).toList();
        assertEquals("[data.pr4e.org:80 mirror] hint", rows.get(rows.size() - 1).stripTrailing(), screen);
    }
}
