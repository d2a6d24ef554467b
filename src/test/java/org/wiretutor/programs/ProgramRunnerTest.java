package org.wiretutor.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Learners' programs that hang, fork or flood are stopped, children and all, and their output capped. */
class ProgramRunnerTest {
    @TempDir
    Path dir;

    private static long alive(String marker) throws Exception {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false)).count();
    }

    @Test
    void aHangingProgramAndItsChildrenAreStoppedAtTheLimit() throws Exception {
        String marker = "wiretutor-hang-" + System.nanoTime();
        var r = ProgramRunner.run(List.of("sh", "-c", "sleep 600 " + marker.length() + " & sleep 601; : " + marker),
                dir, Map.of(), Duration.ofMillis(500));
        assertTrue(r.timedOut());
        assertEquals(-1, r.exit());
        assertEquals(0, alive("sleep 60"), "no sleep left behind");
    }

    @Test
    void childrenLeftBehindByAProgramThatExitsAreStoppedAndCounted() throws Exception {
        var r = ProgramRunner.run(List.of("sh", "-c", "sleep 300 & sleep 0.3; echo bye"), dir, Map.of(),
                Duration.ofSeconds(10));
        assertFalse(r.timedOut());
        assertEquals(0, r.exit());
        assertEquals(1, r.strayChildren(), r.toString());
        assertEquals(0, alive("sleep 300"), "the stray was stopped");
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
