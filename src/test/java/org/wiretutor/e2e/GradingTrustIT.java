package org.wiretutor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grade as an instructor must be able to trust it, tried with the built jar as a learner would run it:
 * no answer given away, no hard-coded answer that works for everyone, no credit for a program that never ran,
 * and nothing a graded program started left running.
 */
class GradingTrustIT {
    private static final Pattern REVEALED = Pattern.compile("\\[--reveal:\\s*expected\\s+(\\d+)\\]");

    @TempDir
    Path dir;
    private Path home;

    @BeforeEach
    void needPython() throws Exception {
        Assumptions.assumeTrue(Jar.onPath("python3"), "python3 is not installed");
        home = dir.resolve("home");
        Files.copy(Path.of("src/test/resources/solutions/ex04/bad_count.py"), dir.resolve("bad_count.py"));
    }

    private Jar.Run check(String... args) throws Exception {
        return Jar.run(home, "", args);
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /** What exercise 4's count is for this learner: only an instructor's --reveal says it. */
    private int expectedCount(String learner) throws Exception {
        Jar.Run run = check("check", "4", "--learner", learner, "--reveal", "--", "python3",
                dir.resolve("bad_count.py").toString());
        Matcher m = REVEALED.matcher(flat(run.out()));
        assertTrue(m.find(), "--reveal gives the expected count:\n" + run.out());
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aWrongCountIsRejectedWithoutTheNumberAndAHardCodedAnswerFailsForAnotherLearner() throws Exception {
        int bobs = expectedCount("bob");
        Jar.Run wrong = check("check", "4", "--learner", "bob", "--", "python3", dir.resolve("bad_count.py").toString());
        assertEquals(1, wrong.exit(), wrong.out());
        assertTrue(wrong.out().contains("too many"), "it says which way:\n" + wrong.out());
        assertFalse(Pattern.compile("\\b" + bobs + "\\b").matcher(wrong.out()).find(),
                "bob's count (" + bobs + ") is not given away:\n" + wrong.out());
        assertFalse(wrong.out().contains("--reveal"), wrong.out());

        int alices = expectedCount("alice");
        Assumptions.assumeTrue(alices != bobs, "alice and bob happen to share a count");
        Path hardCoded = dir.resolve("hard_coded.py");
        Files.writeString(hardCoded, """
                import urllib.request
                url = input("Enter URL: ").strip()
                urllib.request.urlopen(url, timeout=10).read()
                print("Paragraphs:", %d)
                """.formatted(alices));
        Jar.Run forAlice = check("check", "4", "--learner", "alice", "--", "python3", hardCoded.toString());
        Jar.Run forBob = check("check", "4", "--learner", "bob", "--", "python3", hardCoded.toString());
        assertEquals(0, forAlice.exit(), forAlice.out());
        assertEquals(1, forBob.exit(), "alice's number is not bob's answer:\n" + forBob.out());
        assertTrue(forBob.out().contains("✗ count-paragraphs"), forBob.out());

        Jar.Run report = check("report", "--all", "--out", dir.toString());
        assertEquals(0, report.exit(), report.err());
        List<String> rows = Files.readAllLines(dir.resolve("wiretutor-report-all.csv"));
        String alice = rows.stream().filter(r -> r.startsWith("alice,")).findFirst().orElseThrow();
        String bob = rows.stream().filter(r -> r.startsWith("bob,")).findFirst().orElseThrow();
        assertTrue(alice.contains(",4 of 4"), "alice's own best: " + alice);
        assertTrue(bob.contains(",3 of 4") && !bob.contains("4 of 4"), "bob's own best, not alice's: " + bob);
    }

    @Test
    void aProgramThatDoesNotExistOrDoesNotCompileScoresNothingAndShowsWhy() throws Exception {
        Jar.Run missing = check("check", "1", "--learner", "bob", "--", "python3", dir.resolve("nonexistent.py").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.out().contains("0 of 6 checks passed."), missing.out());
        assertTrue(missing.out().contains("can't open file"), "the program's own error is shown:\n" + missing.out());

        Path bad = dir.resolve("Bad.java");
        Files.writeString(bad, "public class Bad { void x() { int y = \"s\"; } }\n");
        Jar.Run broken = check("check", "1", "--learner", "bob", "--", "java", bad.toString());
        assertTrue(broken.out().contains("0 of 6 checks passed."), broken.out());
        assertTrue(broken.out().contains("does not compile"), broken.out());
        assertTrue(broken.out().contains("incompatible types"), "the compiler's error is shown:\n" + broken.out());
    }

    @Test
    void nothingAGradedProgramStartedIsAliveWhenCheckReturns() throws Exception {
        // sleep lengths no other test or process uses: the markers this test looks for, and only these
        long base = 900_000_000L + ThreadLocalRandom.current().nextLong(50_000_000L);
        List<String> markers = List.of(Long.toString(base), Long.toString(base + 1), Long.toString(base + 2));
        Path program = dir.resolve("leaves_children.py");
        Files.writeString(program, """
                import os, subprocess, urllib.request
                url = input("Enter URL: ").strip()
                print(urllib.request.urlopen(url, timeout=10).read().decode())
                subprocess.Popen(["sleep", "%s"])
                subprocess.Popen(["setsid", "sleep", "%s"])
                if os.fork() == 0:
                    os.setsid()
                    if os.fork() == 0:
                        os.execvp("sleep", ["sleep", "%s"])
                    os._exit(0)
                """.formatted(markers.get(0), markers.get(1), markers.get(2)));
        check("check", "1", "--learner", "bob", "--", "python3", program.toString());
        // a namespace or a cgroup holds every descendant; a session alone cannot hold one that leaves it (troubleshoot
        // names which this machine has), so there only the plain background child is certain to be stopped
        String how = flat(check("troubleshoot").out());
        boolean whole = how.contains("own process namespace") || how.contains("own cgroup");
        for (String marker : whole ? markers : markers.subList(0, 1)) {
            List<ProcessHandle> alive = ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().orElse("").contains(marker)).toList();
            alive.forEach(ProcessHandle::destroyForcibly);
            assertTrue(alive.isEmpty(), "a process with marker " + marker + " outlived the check");
        }
        for (String marker : markers) {
            ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(marker))
                    .forEach(ProcessHandle::destroyForcibly);
        }
    }
}
