package org.wiretutor.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Learners' programs that hang, fork, detach, flood or hog are stopped, everything they started with them. */
class ProgramRunnerTest {
    @TempDir
    Path dir;

    /**
     * How many processes whose command line holds {@code marker} are still alive after up to 10 s of waiting for
     * them to exit: a stopped process may take a moment to go, one that was not stopped never does. The marker is
     * unique to the test, so only this test's processes are looked at.
     */
    static long alive(String marker) throws Exception {
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

    /**
     * A sleep length in seconds no other process uses: 9 digits starting 987, so that no marker is the start of
     * another's (each test takes its own, and a process's further markers add a letter-free suffix of 2 digits).
     */
    static String uniqueSeconds() {
        return "987" + (100_000 + ThreadLocalRandom.current().nextInt(900_000));
    }

    static boolean linux() {
        return System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("linux");
    }

    /**
     * A program that leaves everything behind and exits at once: a background child, one in a session of its own
     * (setsid), and a double-forked daemon in a session of its own whose parent is gone before the program ends.
     */
    static List<String> leavesEverythingBehind(String n) {
        return List.of("sh", "-c", "sleep " + n + "01 & setsid sleep " + n + "02 & "
                + "setsid sh -c 'sleep " + n + "03 & exit 0'; echo bye " + n);
    }

    @Test
    void aHangingProgramAndItsChildrenAreStoppedAtTheLimit() throws Exception {
        String n = uniqueSeconds();
        var r = ProgramRunner.run(List.of("sh", "-c", "sleep " + n + "01 & sleep " + n + "02"), dir, Map.of(),
                Duration.ofMillis(500));
        assertTrue(r.timedOut());
        assertEquals(-1, r.exit());
        assertEquals(0, alive("sleep " + n), "neither the program nor its background child is left");
    }

    @Test
    void nothingAProgramStartedOutlivesItBackgroundSetsidOrDoubleForked() throws Exception {
        assumeTrue(linux(), "the guarantee is Linux's; elsewhere the process tree is followed");
        String n = uniqueSeconds();
        var r = ProgramRunner.run(leavesEverythingBehind(n), dir, Map.of(), Duration.ofSeconds(20));
        assertFalse(r.timedOut(), r.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals("bye " + n + "\n", r.output());
        assertEquals(0, alive("sleep " + n), "no process the program started is still running: " + r);
        if (Containment.probe().mechanism() != Containment.Mechanism.PROCESS_GROUP) {
            assertTrue(r.strayChildren() >= 3, "all three were counted as left behind: " + r);
        }
    }

    /** Each Linux mechanism this machine has, forced in turn, holds what it promises. */
    @Test
    void everyMechanismThisMachineHasStopsWhatItPromises() throws Exception {
        assumeTrue(linux(), "Linux only");
        var best = Containment.probe();
        for (var m : List.of(Containment.Mechanism.PID_NAMESPACE, Containment.Mechanism.CGROUP,
                Containment.Mechanism.PROCESS_GROUP)) {
            if (m.ordinal() < best.mechanism().ordinal()) continue;   // not available here
            if (m == Containment.Mechanism.CGROUP && best.mechanism() != m) continue;
            var probe = new Containment.Probe(m, List.of(), best.cgroupRoot(), best.pidsRoot(), best.prlimit());
            String n = uniqueSeconds();
            // a session of its own promises the background child and a double fork that stays in the session
            List<String> program = m == Containment.Mechanism.PROCESS_GROUP
                    ? List.of("sh", "-c", "sleep " + n + "01 & sh -c 'sleep " + n + "03 & exit 0'; echo bye")
                    : leavesEverythingBehind(n);
            var r = ProgramRunner.run(program, dir, Map.of(), "", Duration.ofSeconds(20), ProgramLimits.DEFAULT, probe);
            assertEquals(0, r.exit(), m + ": " + r);
            assertTrue(r.strayChildren() >= 2, m + " counts what was left: " + r);
            assertEquals(0, alive("sleep " + n), m + " stopped everything it promises to: " + r);
        }
    }

    @Test
    void childrenLeftBehindAreStoppedAndCountedWithoutRacingThem() throws Exception {
        String n = uniqueSeconds();
        var r = ProgramRunner.run(List.of("sh", "-c", "sleep " + n + "01 & echo bye"), dir, Map.of(),
                Duration.ofSeconds(10));
        assertFalse(r.timedOut());
        assertEquals(0, r.exit());
        assertEquals("bye\n", r.output());
        if (linux()) assertEquals(1, r.strayChildren(), r.toString());
        assertEquals(0, alive("sleep " + n), "the stray was stopped");
    }

    @Test
    void aMemoryHogIsStoppedAndToldWhy() throws Exception {
        assumeTrue(linux() && Containment.probe().prlimit().isPresent(), "the memory limit needs Linux's prlimit");
        assumeTrue(Containment.tool("python3").isPresent(), "python3 is installed by .ci/run");
        var r = ProgramRunner.run(List.of("python3", "-c", "x = bytearray(2 * 1024 ** 3); print('kept it all')"), dir,
                Map.of(), "", Duration.ofSeconds(30), ProgramLimits.DEFAULT);
        assertFalse(r.output().contains("kept it all"), r.output());
        assertTrue(r.exit() != 0, r.toString());
        assertEquals(ProgramLimits.Hit.MEMORY, r.limitHit(), r.toString());
        assertEquals("your program ran out of the 512 MiB of memory it may use, so it could not go on. Does it keep "
                + "more than it needs, such as a whole reply in one string?", r.limitMessage().orElseThrow());
    }

    @Test
    void aProgramWithinItsMemoryRunsAndSaysNothingAboutLimits() throws Exception {
        assumeTrue(Containment.tool("python3").isPresent(), "python3 is installed by .ci/run");
        var r = ProgramRunner.run(List.of("python3", "-c", "x = bytearray(100 * 1024 ** 2); print(len(x))"), dir,
                Map.of(), "", Duration.ofSeconds(30), ProgramLimits.DEFAULT);
        assertEquals("104857600\n", r.output());
        assertEquals(0, r.exit());
        assertTrue(r.limitMessage().isEmpty());
    }

    @Test
    void aForkBombIsRefusedMoreProcessesAndToldWhy() throws Exception {
        assumeTrue(linux() && Containment.probe().limitsProcesses(), "no process limit on this machine");
        String n = uniqueSeconds();
        // 20 background sleeps under a limit of 8: the shell is refused some, and the program is stopped by the limit
        var r = ProgramRunner.run(List.of("sh", "-c", "for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; "
                + "do sleep " + n + "01 & done; wait"), dir, Map.of(), "", Duration.ofSeconds(5),
                new ProgramLimits(ProgramLimits.DEFAULT_MEMORY_MIB, 8));
        assertEquals(ProgramLimits.Hit.PROCESSES, r.limitHit(), r.toString());
        assertEquals("your program tried to run more than 8 programs and threads at once and was refused more. "
                + "Does it start programs in a loop without waiting for them?", r.limitMessage().orElseThrow());
        assertEquals(0, alive("sleep " + n));
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

    @Test
    void troubleshootNamesTheMechanismAndTheLimits() {
        List<String> lines = Containment.probe().describe(ProgramLimits.DEFAULT);
        String all = String.join("\n", lines);
        assertTrue(all.contains(switch (Containment.probe().mechanism()) {
            case PID_NAMESPACE, USER_PID_NAMESPACE -> "its own process namespace";
            case CGROUP -> "its own cgroup";
            case PROCESS_GROUP -> "its own session";
            case PROCESS_TREE -> "looked for while it runs";
        }), all);
        if (linux()) assertTrue(all.contains("memory: 512 MiB per program"), all);
    }

    /** The warning HotSpot prints because contained programs share pid 2 is not the program's output. */
    @org.junit.jupiter.api.Test
    void theSharedPidWarningOfAContainedJvmIsNotTheProgramsOutput() {
        String noise = "[0.002s][warning][perf,memops] Cannot use file /tmp/hsperfdata_root/2 because it is locked by "
                + "another process (errno = 11)\n";
        org.junit.jupiter.api.Assertions.assertEquals("45569 1\n",
                ProgramRunner.withoutSharedPidNoise(noise + "45569 1\n"));
        String own = "Cannot use file /tmp/x because it is locked\n";
        org.junit.jupiter.api.Assertions.assertEquals(own, ProgramRunner.withoutSharedPidNoise(own),
                "the program's own words are kept");
    }
}
