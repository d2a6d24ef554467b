package org.wiretutor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.mirror.pages.MirrorFiles;

/** The built jar keeping grades an instructor can trust: per learner, under load, and when nothing can be saved. */
class GradeRecordsIT {
    @TempDir
    Path dir;

    private static final Path SOLUTIONS = Path.of("src/test/resources/solutions").toAbsolutePath();

    private static String good() {
        return SOLUTIONS.resolve("ex04/good.py").toString();
    }

    @Test
    void checkStillGradesAndWritesItsFilesWhenTheHomeCannotBeWritten() throws Exception {
        Assumptions.assumeTrue(Jar.onPath("python3"), "python3 is not installed");
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-x------"));
        Path aFile = Files.writeString(dir.resolve("a-file"), "");
        List<Path> homes = new ArrayList<>();
        // as root a read-only folder can still be written: then only the folder that can never be created is tried
        if (!Files.isWritable(readOnly)) homes.add(readOnly);
        homes.add(aFile.resolve("home"));
        for (Path home : homes) {
            Path junit = dir.resolve("ex4-" + homes.indexOf(home) + ".xml");
            Jar.Run good = Jar.runIn(home, dir, "", "check", "4", "--learner", "alice", "--json", "--junit",
                    junit.toString(), "--", "python3", good());
            assertEquals(0, good.exit(), good.out() + good.err());
            assertTrue(good.out().startsWith("{\"grades\":[{\"exercise\":\"04-count-paragraphs\",\"learner\":\"alice\""),
                    good.out());
            assertTrue(Files.readString(junit).contains("<testsuite name=\"04-count-paragraphs\""), "JUnit XML written");
            assertEquals(1, good.err().lines().count(), good.err());
            assertTrue(good.err().startsWith("Your result was not saved ("), good.err());
            assertFalse(good.err().contains("\tat "), "no stack trace");
            Jar.Run bad = Jar.runIn(home, dir, "", "check", "4", "--learner", "alice", "--", "python3",
                    SOLUTIONS.resolve("ex04/bad_count.py").toString());
            assertEquals(1, bad.exit(), bad.out() + bad.err());
            assertTrue(bad.out().contains("checks passed."), bad.out());
            assertEquals(1, bad.err().lines().count(), bad.err());
        }
    }

    @Test
    void aJUnitPathThatCannotBeWrittenIsToldPlainly() throws Exception {
        Assumptions.assumeTrue(Jar.onPath("python3"), "python3 is not installed");
        Path home = dir.resolve("home");
        Jar.Run noFolder = Jar.runIn(home, dir, "", "check", "4", "--learner", "alice", "--junit",
                dir.resolve("no/such/folder/ex4.xml").toString(), "--", "python3", good());
        assertEquals(2, noFolder.exit(), noFolder.out() + noFolder.err());
        assertTrue(noFolder.err().contains("its folder does not exist. Create it, or give another path."),
                noFolder.err());

        Path aFolder = Files.createDirectory(dir.resolve("a-folder.xml"));
        Jar.Run notWritten = Jar.runIn(home, dir, "", "check", "4", "--learner", "alice", "--junit", aFolder.toString(),
                "--", "python3", good());
        assertEquals(0, notWritten.exit(), "the exit status still follows the grade:\n" + notWritten.err());
        assertTrue(notWritten.out().contains("4 of 4 checks passed."), notWritten.out());
        assertTrue(notWritten.err().startsWith("The JUnit file " + aFolder + " could not be written ("),
                notWritten.err());
        assertFalse(notWritten.err().contains("\tat "), "no stack trace");
    }

    /**
     * As root every folder can be written, so the read-only home is tried as another user (nobody, through
     * util-linux's setpriv): the home is readable to them and not writable, as a learner's locked-down account is.
     */
    @Test
    void aHomeThatIsReallyReadOnlyStillGetsTheGradeAndTheJUnitFile() throws Exception {
        Assumptions.assumeTrue(Jar.onPath("python3") && Jar.onPath("setpriv"), "needs python3 and setpriv");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "not root: the test above covers it");
        Path shared = Files.createTempDirectory("wiretutor-read-only-");
        try {
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
            Path home = Files.createDirectory(shared.resolve("home"));
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("r-xr-xr-x"));
            List<String> asNobody = List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
            List<String> probe = new ArrayList<>(asNobody);
            probe.addAll(List.of("sh", "-c", "test -r \"$0\" && test -r \"$1\" && ! test -w \"$2\"",
                    Jar.JAR.toString(), good(), home.toString()));
            Assumptions.assumeTrue(new ProcessBuilder(probe).start().waitFor() == 0,
                    "nobody cannot read the jar or the program here (a private checkout)");
            Path junit = shared.resolve("ex4.xml");
            List<String> cmd = new ArrayList<>(asNobody);
            cmd.addAll(Jar.command("check", "4", "--learner", "alice", "--junit", junit.toString(), "--", "python3",
                    good()));
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(shared.toFile());
            pb.environment().put("WIRETUTOR_HOME", home.toString());
            pb.environment().put("HOME", shared.toString());
            Path out = shared.resolve("out.txt");
            Path err = shared.resolve("err.txt");
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "check finished");
            String said = Files.readString(out);
            String complained = Files.readString(err);
            assertEquals(0, p.exitValue(), said + complained);
            assertTrue(said.contains("4 of 4 checks passed."), said);
            assertTrue(Files.readString(junit).contains("<testsuite name=\"04-count-paragraphs\""), "JUnit XML written");
            assertTrue(complained.startsWith("Your result was not saved ("), complained);
            assertFalse(complained.contains("\tat "), "no stack trace:\n" + complained);
            try (var left = Files.list(home)) {
                assertEquals(0, left.count(), "nothing was written into the read-only home");
            }
        } finally {
            ProcessBuilder rm = new ProcessBuilder("rm", "-rf", shared.toString());
            rm.start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void fiveChecksAtOnceOnOneHomeKeepAllFiveResults() throws Exception {
        Assumptions.assumeTrue(Jar.onPath("python3"), "python3 is not installed");
        Path home = dir.resolve("home");
        List<Process> running = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ProcessBuilder pb = new ProcessBuilder(Jar.command("check", "4", "--learner", i % 2 == 0 ? "Pat" : "sam",
                    "--", "python3", good()));
            pb.environment().put("WIRETUTOR_HOME", home.toString());
            pb.redirectOutput(dir.resolve("out" + i).toFile()).redirectError(dir.resolve("err" + i).toFile());
            running.add(pb.start());
        }
        for (int i = 0; i < 5; i++) {
            assertTrue(running.get(i).waitFor(120, TimeUnit.SECONDS), "check " + i + " finished");
            assertEquals(0, running.get(i).exitValue(), Files.readString(dir.resolve("err" + i)));
            assertEquals("", Files.readString(dir.resolve("err" + i)));
        }
        List<String> pat = Files.readAllLines(home.resolve("grades/pat.log"));
        assertEquals(3, pat.stream().filter(l -> l.startsWith("try\tlearner=pat\texercise=count-paragraphs\t")).count(),
                String.join("\n", pat));
        assertTrue(pat.get(1).contains("\tcommand=python3%20" + good().replace("/", "/").replace(" ", "%20")
                + "\tsources=") && pat.get(1).contains(":sha256:"), pat.get(1));
        assertEquals(2, Files.readAllLines(home.resolve("grades/sam.log")).stream()
                .filter(l -> l.startsWith("try\t")).count());

        Jar.Run all = Jar.run(home, "", "report", "--all", "--out", dir.toString());
        assertEquals(0, all.exit(), all.err());
        List<String> rows = Files.readAllLines(dir.resolve("wiretutor-report-all.csv"));
        assertEquals(3, rows.size(), String.join("\n", rows));
        assertTrue(rows.get(1).matches("pat,1,[^,]+,,,,4 of 4,.*"), rows.get(1));
        assertTrue(rows.get(2).matches("sam,1,[^,]+,,,,4 of 4,.*"), rows.get(2));
    }

    @Test
    void typedExercisesReportTheirPartsAsJsonAndJUnitAndTheClassIsMerged() throws Exception {
        Path home = dir.resolve("home");
        long length = MirrorFiles.forLearner("alice").expectedAnswers().contentLength();
        Jar.Run shell = Jar.run(home, "learner alice\nexercise 9\nanswer Content-Length: " + length + "\n");
        assertEquals(0, shell.exit(), shell.out() + shell.err());

        Jar.Run nine = Jar.run(home, "", "check", "9", "--json");
        assertEquals(1, nine.exit(), nine.out() + nine.err());
        assertTrue(nine.out().contains("\"learner\":\"alice\""), nine.out());
        assertTrue(nine.out().contains("\"passed\":1,\"total\":2"), nine.out());
        assertTrue(nine.out().contains("\"passed\":true,\"message\":\"part done\""), nine.out());
        assertTrue(nine.out().contains("\"passed\":false,\"message\":\"part not done yet"), nine.out());
        Path junit = dir.resolve("six.xml");
        Jar.Run six = Jar.run(home, "", "check", "6", "--junit", junit.toString());
        assertEquals(1, six.exit());
        assertTrue(six.out().contains("not tried yet"), six.out());
        String xml = Files.readString(junit);
        assertTrue(xml.contains("tests=\"6\" failures=\"6\""), xml);
        assertTrue(xml.matches("(?s).*timestamp=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\".*"), xml);

        Jar.Run mine = Jar.run(home, "", "report", "--out", dir.toString());
        assertEquals(0, mine.exit(), mine.err());
        assertTrue(Files.readString(dir.resolve("wiretutor-report-alice.csv")).contains("alice,9,Headers only,1,2,1,1,"));

        Path other = dir.resolve("other");
        Files.createDirectories(other.resolve("grades"));
        Files.writeString(other.resolve("grades/bob.log"), "try\tlearner=bob\texercise=head-length\t"
                + "at=2026-01-01T00:00:00Z\tscore=2/2\tchecks=\tcommand=\tsources=none\tversion=x\n"
                + "try\tlearner=-bad%20id\texercise=head-length\tat=2026-01-01T00:00:00Z\tscore=2/2\tchecks=\t"
                + "command=\tsources=none\tversion=x\n");
        Jar.Run merged = Jar.run(home, "", "report", "--class", home.toString(), other.toString(), "--out", dir.toString());
        assertEquals(0, merged.exit(), merged.err());
        assertEquals(1, merged.err().lines().count(), merged.err());
        assertTrue(merged.err().contains("1 result(s) with a learner id that is not valid were skipped"), merged.err());
        String csv = Files.readString(dir.resolve("wiretutor-report-class.csv"));
        assertTrue(csv.contains("\nalice,0,") && "1 of 2".equals(cell(csv, "alice", "09-head-length")), csv);
        assertTrue(csv.contains("\nbob,1,2026-01-01T00:00:00Z,") && "2 of 2".equals(cell(csv, "bob", "09-head-length")),
                csv);
        assertFalse(csv.contains("bad"), csv);
        String md = Files.readString(dir.resolve("wiretutor-report-class.md"));
        assertTrue(md.contains("| bob | 1 |"), md);
    }

    /** The CSV cell in the learner's row under the column named {@code column} (cells here hold no commas). */
    private static String cell(String csv, String learner, String column) {
        String[] lines = csv.split("\n");
        int at = java.util.Arrays.asList(lines[0].split(",", -1)).indexOf(column);
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            if (cells[0].equals(learner)) return at >= 0 && at < cells.length ? cells[at] : null;
        }
        return null;
    }
}
