package org.wiretutor.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Learners' programs that hang, fork or flood are stopped, children and all, and their output capped. */
class ProgramRunnerTest {
    @TempDir
    Path dir;

    /**
     * How many processes whose command line holds {@code marker} are still alive after up to 10 s of waiting for
     * them to exit: a stopped process may take a moment to go, one that was not stopped never does. The marker is
     * unique to the test (a sleep length no other program uses), so only this test's processes are looked at.
     */
    private static long alive(String marker) throws Exception {
        List<ProcessHandle> found = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false)).toList();
        for (ProcessHandle p : found) {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (TimeoutException stillRunning) {
                // counted below
            }
        }
        return found.stream().filter(ProcessHandle::isAlive).count();
    }

    /** A sleep length in seconds that no other process on the machine is likely to use. */
    private static String uniqueSeconds() {
        return Long.toString(1_000_000 + Math.floorMod(System.nanoTime(), 8_000_000L));
    }

    @Test
    void aHangingProgramAndItsChildrenAreStoppedAtTheLimit() throws Exception {
        String child = "sleep " + uniqueSeconds();
        String parent = "sleep " + uniqueSeconds() + "1";
        var r = ProgramRunner.run(List.of("sh", "-c", child + " & " + parent), dir, Map.of(), Duration.ofMillis(500));
        assertTrue(r.timedOut());
        assertEquals(-1, r.exit());
        assertEquals(0, alive(child), "no background child left behind");
        assertEquals(0, alive(parent), "the program itself was stopped");
    }

    @Test
    void childrenLeftBehindByAProgramThatExitsAreStoppedAndCounted() throws Exception {
        String stray = "sleep " + uniqueSeconds();
        var r = ProgramRunner.run(List.of("sh", "-c", stray + " & sleep 0.3; echo bye"), dir, Map.of(),
                Duration.ofSeconds(10));
        assertFalse(r.timedOut());
        assertEquals(0, r.exit());
        assertEquals(1, r.strayChildren(), r.toString());
        assertEquals(0, alive(stray), "the stray was stopped");
    }

    @Test
    void aFloodOfOutputIsCappedAndSaysSo() throws Exception {
        var r = ProgramRunner.run(List.of("sh", "-c", "yes flood | head -c 5000000"), dir, Map.of(),
                Duration.ofSeconds(20));
        assertTrue(r.truncated());
        assertEquals(ProgramRunner.MAX_OUTPUT, r.output().length());
        assertFalse(r.timedOut());
    }

    @Test
    void stdinIsTypedIn() throws Exception {
        var r = ProgramRunner.run(List.of("sh", "-c", "read line; echo got $line"), dir, Map.of(), "hello\n",
                Duration.ofSeconds(10));
        assertEquals("got hello\n", r.output());
    }
}
