package org.wiretutor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first prompt is drawn before the shell is ready (issue 13): in a real terminal, keys typed at
 * it are neither lost, reordered nor shown twice; the banner is drawn once, fitted to the width; and
 * the terminal echoes again after wiretutor quits.
 */
class FirstPromptIT {
    private static final String TITLE = "learn how the web talks";

    @TempDir
    Path dir;
    private final Tmux tmux = Tmux.ofItsOwn("wiretutor-first", "first");

    @BeforeEach
    void needTmux() {
        Assumptions.assumeTrue(Jar.onPath("tmux"), "tmux is not installed");
    }

    @AfterEach
    void kill() throws Exception {
        if (Jar.onPath("tmux")) tmux.killServer();
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {80, 60})
    void keysTypedAtTheFirstPromptAreShownOnceInOrderAndRun(int columns) throws Exception {
        // after wiretutor, the shell reads a line: what is typed then shows only if the terminal echoes again
        String wiretutor = "WIRETUTOR_HOME=" + dir.resolve("home") + " " + String.join(" ", Jar.command("--offline"));
        tmux.start(columns, 24, "sh -c '" + wiretutor + "; printf \"after-exit> \"; read line; sleep 60'");

        String early = awaitPromptRow();
        assertTrue(early.contains(TITLE), "the banner's first lines come with the first prompt:\n" + early);
        assertFalse(early.contains("New here?"), "the first prompt shows before the shell has read the lessons:\n"
                + early);
        tmux.keys("-l", "lesson 1");   // typed at once, while the shell is still getting ready
        tmux.keys("Enter");

        String lesson = tmux.awaitFirstStep("step 1 of", 30);
        String history = tmux.run("capture-pane", "-p", "-J", "-S", "-2000", "-t", "first");
        assertEquals(1, count(history, TITLE), "the banner is drawn once:\n" + history);
        assertEquals(1, count(history, "wiretutor> lesson 1"), "the line typed early is shown once:\n" + history);
        assertEquals(0, count(history, "lllesson"), history);
        for (String row : tmux.run("capture-pane", "-p", "-J", "-t", "first").split("\n")) {
            assertTrue(row.stripTrailing().length() <= columns, "a row the terminal had to wrap:\n" + row + "\n" + lesson);
        }

        tmux.keys("-l", "quit");
        tmux.keys("Enter");
        tmux.awaitVisible("after-exit>", 20);
        tmux.keys("-l", "echoes-again");
        tmux.awaitVisible("after-exit> echoes-again", 10);
    }

    /** Polls until a row starts with the prompt, and returns the screen as it was then. */
    private String awaitPromptRow() throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = tmux.screen();
            if (Pattern.compile("(?m)^wiretutor>").matcher(screen).find()) return screen;
            Thread.onSpinWait();
        }
        throw new AssertionError("never saw the prompt:\n" + screen);
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
