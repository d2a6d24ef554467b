package org.wiretutor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screen model of a step, in a real terminal at 80x24: when a step is done, what it asked the learner to look
 * at is still on the visible screen, the verdict is the last thing above the prompt, and the next step waits for
 * Enter, the same after a typed reply, a program run and an answer.
 */
class StepEvidenceIT {
    @TempDir
    Path dir;
    private final Tmux tmux = Tmux.ofItsOwn("wiretutor-evidence", "evidence");

    @BeforeEach
    void start() throws Exception {
        Assumptions.assumeTrue(Jar.onPath("tmux"), "tmux is not installed");
        tmux.start(80, 24, "WIRETUTOR_HOME=" + dir.resolve("home") + " " + String.join(" ", Jar.command("--offline")));
        tmux.awaitVisible("wiretutor>", 20);
    }

    @AfterEach
    void kill() throws Exception {
        if (Jar.onPath("tmux")) tmux.killServer();
    }

    private void type(String line) throws Exception {
        if (!line.isEmpty()) tmux.keys("-l", line);
        tmux.keys("Enter");
    }

    /** Starts lesson {@code n} and walks to step {@code step} with next, skipping the ones before. */
    private void atStep(int n, int step) throws Exception {
        type("lesson " + n);
        tmux.awaitFirstStep("step 1 of", 20);
        for (int i = 1; i < step; i++) {
            type("next");
            tmux.awaitVisible("step " + (i + 1) + " of", 20);
        }
        type("help next");   // leaves a line the test can wait past
        tmux.awaitVisible("Moves to the next step.", 20);
    }

    /** Waits for the verdict on a step and the prompt under it, and returns the visible screen then. */
    private String verdict(int step) throws Exception {
        tmux.awaitVisible("✓ Step " + step + " done", 30);
        return awaitPrompt();
    }

    /** The visible screen once its last row with text is a prompt (the command prompt or a connection's). */
    private String awaitPrompt() throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = tmux.screen();
            List<String> rows = screen.lines().map(String::strip).filter(r -> !r.isEmpty()).toList();
            String last = rows.isEmpty() ? "" : rows.get(rows.size() - 1);
            if (last.equals("wiretutor>") || last.startsWith("[") && last.endsWith("]")) return screen;
            Thread.onSpinWait();
        }
        throw new AssertionError("no prompt on the screen:\n" + screen);
    }

    /** The verdict is the last thing above the prompt: the row before the prompt says the step is done. */
    private static void verdictIsLast(String screen, String verdict) {
        List<String> rows = screen.lines().map(String::stripTrailing).filter(r -> !r.isEmpty()).toList();
        int prompt = rows.size() - 1;
        while (prompt > 0 && !rows.get(prompt).startsWith("wiretutor>") && !rows.get(prompt).startsWith("[")) prompt--;
        String above = String.join(" ", rows.subList(Math.max(0, prompt - 2), prompt));
        assertTrue(above.contains(verdict), "the verdict is last, just above the prompt:\n" + screen);
        assertTrue(Tmux.prose(screen).contains("Press Enter for the next step."), "the next step waits:\n" + screen);
    }

    @Test
    void lessonOnesReplyStaysInSightAndTheStepThatExplainsItComesAfter() throws Exception {
        atStep(1, 2);
        type("open data.pr4e.org 80");
        tmux.awaitVisible("[data.pr4e.org:80", 20);
        type("GET http://data.pr4e.org/romeo.txt HTTP/1.0");
        tmux.awaitVisible("sent 45 bytes", 20);
        type("");
        String screen = verdict(4);
        assertTrue(screen.contains("← HTTP/1.1 200 OK"), "the reply's status line is in sight:\n" + screen);
        assertTrue(screen.contains("Who is already sick and pale with grief"), "and its body:\n" + screen);
        assertFalse(screen.contains("step 5 of 6"), "the step that explains the reply waits for Enter:\n" + screen);
        verdictIsLast(screen, "✓ Step 4 done");
        type("");
        String next = tmux.awaitVisible("step 5 of 6", 20);
        String done = tmux.awaitVisible("✓ Step 5 done", 20);
        assertTrue(Tmux.prose(done).contains("has the same shape as your request")
                || Tmux.prose(next).contains("has the same shape as your request"),
                "the explanation is shown, then its verdict:\n" + done);
    }

    @Test
    void theWordCutAtByte512IsOnTheScreenWhenLessonSixStepFiveIsDone() throws Exception {
        Assumptions.assumeTrue(Jar.onPath("python3"), "python3 is not installed");
        atStep(6, 5);
        type("run socket2.py --lines");
        String screen = verdict(5);
        assertTrue(screen.contains("│ Who is already s\n"), "the piece that ends mid-word:\n" + screen);
        assertTrue(screen.contains("│ ick and pale with grief"), "and the next piece:\n" + screen);
        verdictIsLast(screen, "✓ Step 5 done");
    }

    @Test
    void aCrawlersRequestsTakeOneRowEachAndItsOwnSummaryStaysInSight() throws Exception {
        Assumptions.assumeTrue(Jar.onPath("python3"), "python3 is not installed");
        atStep(14, 2);
        type("answer no");
        tmux.awaitVisible("You guessed no.", 20);
        type("run crawl.py --forget");
        tmux.awaitVisible("Press Enter for the next step.", 40);
        String screen = awaitPrompt();
        assertTrue(screen.contains("Stopped at the limit of 10 fetches"), "the program's own summary:\n" + screen);
        assertTrue(screen.contains("→ GET http://data.pr4e.org/page2.htm HTTP/1.1 · 200"), "a row per request:\n"
                + screen);
        assertTrue(screen.contains("Step 2 done"), "the verdict:\n" + screen);
        assertTrue(screen.contains("What the mirror received"), "the rows' heading, not scrolled away:\n" + screen);
        type("show run");
        String bytes = tmux.awaitVisible("Request 1 of 10", 20);
        assertTrue(bytes.contains("→ GET http://data.pr4e.org/page1.htm HTTP/1.1\\r\\n"), "the bytes:\n" + bytes);
    }

    @Test
    void aMissedRequestIsToldAfterItsReplyNotAboveIt() throws Exception {
        // lesson 4 step 3 wants Connection: close: a request without it is answered, and the ✗ comes under that
        atStep(4, 3);
        type("open data.pr4e.org 80");
        tmux.awaitVisible("[data.pr4e.org:80", 20);
        type("GET /romeo.txt HTTP/1.1");
        tmux.awaitVisible("sent 25 bytes", 20);
        type("Host: data.pr4e.org");
        tmux.awaitVisible("sent 21 bytes", 20);
        type("");
        String screen = tmux.awaitVisible("✗", 20);
        List<String> rows = screen.lines().map(String::stripTrailing).filter(r -> !r.isEmpty()).toList();
        int miss = -1;
        int lastReply = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).startsWith("✗")) miss = i;
            if (rows.get(i).startsWith("←") || rows.get(i).startsWith("      │")) lastReply = i;
        }
        assertTrue(lastReply >= 0 && miss > lastReply, "the verdict comes after the reply:\n" + screen);
        assertTrue(Tmux.prose(screen).contains("Connection"), "and says what was missing:\n" + screen);
    }

    @Test
    void anAnswerThatCompletesAStepPausesTooAndStepShowsItAgain() throws Exception {
        atStep(5, 4);
        type("answer 505");
        tmux.awaitVisible("505", 20);
        type("open data.pr4e.org 80");
        tmux.awaitVisible("[data.pr4e.org:80", 20);
        type("GET /romeo.txt HTTP/2.0");
        // the server answers that line at once, and closes: the verdict waits for the close, and comes last
        String screen = verdict(4);
        assertTrue(screen.contains("← HTTP/1.1 505 HTTP Version Not Supported"), "the 505 is in sight:\n" + screen);
        verdictIsLast(screen, "✓ Step 4 done");
        // step shows the step the learner is on: here the one waiting for Enter
        type("step");
        String again = tmux.awaitVisible("step 5 of", 20);
        assertEquals(1, again.split("step 5 of", -1).length - 1, "shown once:\n" + again);
    }

    @Test
    void f2ShowsTheStepAgainAndKeepsWhatWasTyped() throws Exception {
        atStep(2, 1);
        tmux.keys("-l", "open data.pr");
        tmux.keys("F2");
        // the step drawn again, under the help, and the typed line back under it
        String screen = tmux.awaitVisible(shown -> shown.lastIndexOf("step 1 of") > shown.lastIndexOf("Moves to the next")
                && shown.stripTrailing().endsWith("wiretutor> open data.pr"), "the step again, then the line", 20);
        List<String> rows = screen.lines().map(String::stripTrailing).filter(r -> !r.isEmpty()).toList();
        assertEquals("wiretutor> open data.pr", rows.get(rows.size() - 1), "what was typed is back:\n" + screen);
        int heading = screen.lastIndexOf("step 1 of");
        assertTrue(heading >= 0 && !screen.substring(heading).contains("Moves to the next step."),
                "the step is shown again, under the help it had scrolled behind:\n" + screen);
        tmux.keys("-l", "4e.org 80");
        tmux.keys("Enter");
        tmux.awaitVisible("[data.pr4e.org:80", 20);
    }
}
