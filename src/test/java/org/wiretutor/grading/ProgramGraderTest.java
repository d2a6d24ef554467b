package org.wiretutor.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.mirror.pages.MirrorFiles;

/**
 * What the learner reads when a grade must be trusted: no credit without a request, the reason a program sent none,
 * a wrong count's direction without its answer, a library told from a socket by what the program imports, a head
 * that arrives in pieces, and answers that differ from learner to learner.
 */
class ProgramGraderTest {

    private static void assertNoCredit(Grade g) {
        assertEquals(0, g.passed(), Solutions.describe(g));
        for (CheckResult c : g.checks()) {
            if (!c.name().equals("request")) {
                assertEquals(GradingText.notRun(), c.message(), c.name());
            }
        }
    }

    @Test
    void aMissingFileEarnsNothingAndIsNamed() throws Exception {
        Grade g = Solutions.grade(1, "nonexistent.py");
        assertNoCredit(g);
        String m = Solutions.check(g, "request").message();
        assertTrue(m.startsWith("the server received no request: the program's file was not found."), m);
        assertTrue(m.contains("\nThe program exited with status 2; the end of what it printed:"), m);
        assertTrue(m.contains("\n  | ") && m.contains("can't open file"), m);
    }

    @Test
    void aProgramThatDoesNotCompileShowsTheCompilerError() throws Exception {
        Grade g = Solutions.grade(1, "BadCompile.java");
        assertNoCredit(g);
        String m = Solutions.check(g, "request").message();
        assertTrue(m.startsWith("the server received no request: the program does not compile"), m);
        assertTrue(m.contains("';' expected"), m);
    }

    @Test
    void aMissingBeautifulSoupIsNamedAndItsTracebackIsNotACount() throws Exception {
        Solutions.assumePython();
        List<String> command = new java.util.ArrayList<>(Pythons.withoutBs4());
        command.add("bad_no_bs4.py");
        Grade g = Solutions.grade(4, command, Solutions.folder(4), Solutions.LEARNER, false);
        assertNoCredit(g);
        String m = Solutions.check(g, "request").message();
        assertTrue(m.contains("BeautifulSoup (the module bs4) is not installed"), m);
        assertTrue(m.contains("pip install beautifulsoup4"), m);
        assertTrue(m.contains("No module named 'bs4'"), m);
    }

    @Test
    void anyOtherMissingModuleIsNamed() throws Exception {
        Grade g = Solutions.grade(4, "bad_no_module.py");
        assertNoCredit(g);
        assertTrue(Solutions.check(g, "request").message().contains("the Python module wiretutor_missing_module_42 is "
                + "not installed: pip install wiretutor_missing_module_42"), Solutions.describe(g));
    }

    @Test
    void aWrongCountSaysWhichWayButNotTheAnswer() throws Exception {
        int expected = MirrorFiles.forLearner(Solutions.LEARNER).expectedAnswers().paragraphCount();
        Grade g = Solutions.grade(4, "bad_count.py");
        String m = Solutions.check(g, "count-paragraphs").message();
        assertTrue(m.startsWith("wrong count of <p> tags: the program printed "), m);
        assertTrue(m.contains("which is too many. Did you count <pre> (or <span>) too?"), m);
        assertFalse(Pattern.compile("\\b" + expected + "\\b").matcher(m).find(), m);
        assertTrue(Solutions.check(g, "finished").passed() && Solutions.check(g, "clean-exit").passed());
    }

    @Test
    void revealAddsTheExpectedValueForInstructors() throws Exception {
        int expected = MirrorFiles.forLearner(Solutions.LEARNER).expectedAnswers().paragraphCount();
        Exercise e = ExerciseCatalog.bundled().find("4").orElseThrow();
        Solutions.assumePython();
        Grade g = new ProgramGrader(Clock.systemUTC(), ProgramGrader.DEFAULT_LIMIT).grade(e, Solutions.LEARNER,
                List.of("python3", "bad_count.py"), Solutions.folder(4), true);
        String m = Solutions.check(g, "count-paragraphs").message();
        assertTrue(m.endsWith(" [--reveal: expected " + expected + "]"), m);
    }

    @Test
    void tooFewCharactersReceivedIsSaidWithoutTheTotal() throws Exception {
        Grade g = Solutions.grade(2, "bad_count.py");
        CheckResult r = Solutions.check(g, "count-received");
        assertFalse(r.passed(), Solutions.describe(g));
        assertTrue(r.message().contains("which is too few. Is every piece counted"), r.message());
        assertFalse(r.message().contains("expected"), r.message());
    }

    @Test
    void httpClientIsALibrary() throws Exception {
        Grade g = Solutions.grade(3, "good_http_client.py");
        CheckResult r = Solutions.check(g, "library-request");
        assertTrue(r.passed(), Solutions.describe(g));
        assertEquals("a library made the request (http.client)", r.message());
        assertTrue(g.allPassed(), Solutions.describe(g));
    }

    @Test
    void aSocketSendingAUserAgentIsStillByHand() throws Exception {
        Grade g = Solutions.grade(3, "bad_socket_agent.py");
        CheckResult r = Solutions.check(g, "library-request");
        assertFalse(r.passed(), Solutions.describe(g));
        assertTrue(r.message().startsWith("the program opens a socket and writes the request itself"), r.message());
        assertTrue(Solutions.check(g, "request").passed(), Solutions.describe(g));
    }

    @Test
    void lookingForTheBlankLineInTheFirstPieceOnlyIsCaught() throws Exception {
        Grade g = Solutions.grade(5, "bad_first_piece.py");
        CheckResult r = Solutions.check(g, "body-only");
        assertFalse(r.passed(), Solutions.describe(g));
        assertTrue(r.message().matches("your program looked for the blank line only in the first piece it "
                + "received; the head arrived in \\d+ pieces\\. .*"), r.message());
        assertTrue(Solutions.check(g, "request").passed(), Solutions.describe(g));
    }

    @Test
    void onlyTheBodyExerciseTricklesItsHead() throws Exception {
        var catalog = ExerciseCatalog.bundled();
        for (int n = 1; n <= 5; n++) {
            Exercise e = catalog.find(Integer.toString(n)).orElseThrow();
            ExerciseSpec spec = ExerciseSpec.read(e.folder(), e.id());
            assertEquals(n == 5, spec.trickleHead(), "exercise " + n);
        }
    }

    @Test
    void oneLearnersHardCodedCountFailsForAnother(@TempDir Path dir) throws Exception {
        Solutions.assumePython();
        int alice = MirrorFiles.forLearner("alice").find("/mbox-short.txt").orElseThrow().content().length;
        int bob = MirrorFiles.forLearner("bob").find("/mbox-short.txt").orElseThrow().content().length;
        assertNotEquals(alice, bob);
        Files.writeString(dir.resolve("copied.py"), String.join("\n",
                "import urllib.request",
                "text = urllib.request.urlopen(input('Enter URL: ').strip(), timeout=10).read().decode()",
                "print(text[:3000])",
                "print('Characters:', " + alice + ")", ""));
        Exercise e = ExerciseCatalog.bundled().find("3").orElseThrow();
        ProgramGrader grader = new ProgramGrader(Clock.systemUTC(), ProgramGrader.DEFAULT_LIMIT);
        Grade asAlice = grader.grade(e, "alice", List.of("python3", "copied.py"), dir);
        assertTrue(asAlice.allPassed(), Solutions.describe(asAlice));
        Grade asBob = grader.grade(e, "bob", List.of("python3", "copied.py"), dir);
        CheckResult r = Solutions.check(asBob, "count-document");
        assertFalse(r.passed(), Solutions.describe(asBob));
        assertTrue(r.message().contains("which is too " + (alice > bob ? "many" : "few")), r.message());
    }
}
