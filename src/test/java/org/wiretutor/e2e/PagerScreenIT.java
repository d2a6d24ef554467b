package org.wiretutor.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pager in a real terminal (tmux) at 80x24: one key does it, and nothing typed at it reaches a command. */
class PagerScreenIT {
    @TempDir
    Path dir;
    private final Tmux tmux = Tmux.ofItsOwn("wiretutor-pager", "pager");

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

    @Test
    void progressPagesAndSpaceShowsTheRest() throws Exception {
        tmux.keys("-l", "progress");
        tmux.keys("Enter");
        String first = tmux.awaitVisible("-- 22 of ", 20);
        assertFalse(first.contains("Your history and progress are kept in"), "the end waits for a key:\n" + first);
        tmux.keys("Space");
        String rest = tmux.awaitVisible("Your history and progress are kept in", 20);
        assertFalse(rest.contains(" lines shown · space"), "the pager's prompt is gone once answered:\n" + rest);
    }

    @Test
    void qAloneClosesThePagerAndTheNextCommandRunsWhole() throws Exception {
        tmux.keys("-l", "progress");
        tmux.keys("Enter");
        tmux.awaitVisible("-- 22 of ", 20);
        tmux.keys("q");
        tmux.awaitVisible("more lines not shown.)", 20);
        tmux.keys("-l", "status");
        tmux.keys("Enter");
        String screen = tmux.awaitVisible("Not connected.", 20);
        assertFalse(Tmux.prose(screen).contains("There is no command"), "status ran whole, not qstatus:\n" + screen);
        assertTrue(screen.contains("wiretutor> status"), "the line typed after q is status alone:\n" + screen);
    }
}
