package org.wiretutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wiretutor.shell.ScriptedShellTest.assertShows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.pages.MirrorFiles;
import org.wiretutor.wire.WaitPolicy;

/** Exercises done in the shell, against the learner's own variant of the mirror's files. */
class ExerciseShellTest {
    @TempDir
    Path home;

    private String run(String script) {
        ShellOptions options = ShellOptions.defaults(home, "test").withColour(false).withOffline(true)
                .withDialer(ScriptedShellTest.NO_NETWORK)
                .withWaits(new WaitPolicy(Duration.ofMillis(400), Duration.ofSeconds(2), Duration.ofMillis(300)))
                .withMirror(MirrorConfig.loopback().withRequestTimeout(Duration.ofSeconds(2))
                        .withKeepAliveTimeout(Duration.ofSeconds(2)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Shells.script(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), options);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theHeaderExerciseIsGradedFieldByFieldForTheLearnersOwnVariant() throws Exception {
        var answers = MirrorFiles.forLearner("sample").expectedAnswers();
        String out = run("learner sample\nexercise 6\nopen data.pr4e.org\nGET /intro-short.txt HTTP/1.0\n\n"
                + "answer Content-Length: " + answers.contentLength() + "\n"
                + "answer etag " + answers.etag().replace("\"", "") + "\n"
                + "answer Content-Type: TEXT/PLAIN\n"
                + "answer Last-Modified: Mon, 01 Jan 2001 00:00:00 GMT\n"
                + "exercises\nprogress\n");
        assertShows(out, "Learner id set to sample.");
        assertShows(out, "Exercise 6 · The headers of intro-short.txt");
        assertShows(out, "← Content-Length: " + answers.contentLength() + "\\r\\n");
        assertShows(out, "✓ Part done: Fetch it (1 of 6)");
        assertShows(out, "✓ " + answers.contentLength() + " is right. Part done: Content-Length (2 of 6)");
        assertShows(out, "Part done: ETag (3 of 6) The server sent it inside double quotes");
        assertShows(out, "✓ TEXT/PLAIN is right. Part done: Content-Type (4 of 6)");
        assertShows(out, "is not the Last-Modified the server sent you");
        assertShows(out, "best 4/6, last 4/6");
        String log = Files.readString(home.resolve("grades/sample.log"));
        assertTrue(log.contains("score=4/6")
                && log.contains("checks=Fetch%20it:pass,"), log);
    }

    @Test
    void eachLearnerSeesTheirOwnResultsOnly() {
        long mine = MirrorFiles.forLearner("alice").expectedAnswers().contentLength();
        String out = run("learner Alice\nexercise 9\nanswer Content-Length: " + mine + "\n"
                + "learner bob\nexercises\nprogress\nlearner ALICE\nexercises\n");
        assertShows(out, "Learner id set to alice.");
        int bob = out.indexOf("Learner id set to bob.");
        int alice = out.indexOf("Learner id set to alice.", bob);
        assertTrue(bob > 0 && alice > bob, out);
        assertFalse(out.substring(bob, alice).contains("best 1/2"), "bob is not shown alice's result:\n" + out);
        assertShows(out.substring(bob, alice), "Your learner id is bob.");
        assertShows(out.substring(alice), "best 1/2, last 1/2, 1 try");
    }

    @Test
    void everyAnswerToAnExerciseGetsExactlyOneVerdict() {
        var answers = MirrorFiles.forLearner("sample").expectedAnswers();
        String tag = answers.etag().replace("\"", "");
        String out = run("learner sample\nexercise 6\n"
                + "answer " + tag + "\n"
                + "answer ETag: " + answers.etag() + "\n"
                + "answer 19e-58832a7c4d5a5\n"
                + "answer Content-Length: " + answers.contentLength() + "\n"
                + "answer content-length:" + answers.contentLength() + "\n");
        assertShows(out, "✓ " + tag + " is right. Part done: ETag (1 of 6)");
        assertShows(out, "Part ETag is already done: " + answers.etag() + " is right.");
        assertShows(out, "✗ \"19e-58832a7c4d5a5\" is not the value of any header still asked for (Last-Modified, "
                + "Content-Length, Cache-Control, Content-Type). Give the header's name and its value as the server "
                + "sent it, e.g. answer Last-Modified: VALUE.");
        assertShows(out, "✓ " + answers.contentLength() + " is right. Part done: Content-Length (2 of 6)");
        assertShows(out, "Part Content-Length is already done: " + answers.contentLength() + " is right.");
        assertEquals(2, count(out, "is right. Part done"), out);
        assertEquals(2, count(out, "is already done"), out);
        assertEquals(1, count(out, "✗"), out);
    }

    @Test
    void theHeadExerciseTakesAHeaderLineAsWellAsTheNumber() {
        long mine = MirrorFiles.forLearner("sample").expectedAnswers().contentLength();
        String out = run("learner sample\nexercise 9\nanswer Content-Length: " + mine + "\nanswer " + mine + "\n");
        assertShows(out, "✓ " + mine + " is right. Part done: How long the body would be (1 of 2)");
        assertShows(out, "Part How long the body would be is already done");
    }

    @Test
    void hintAndStatusTalkAboutTheExerciseAndSayHowToGetBackToTheLesson() {
        String out = run("lesson 3\nlearner sample\nexercise 7\nhint\nhint\nstatus\nanswer no\n"
                + "open data.pr4e.org\nGET /nosuch.txt HTTP/1.0\n\nstatus\nlesson 3\nstatus\nhint\n");
        assertShows(out, "Hint for part \"404 Not Found\": Ask for a file the server does not have.");
        assertShows(out, "Hint for part \"400 Bad Request\": Send a request that breaks HTTP's rules.");
        assertShows(out, "Exercise 7, \"Make the server say it\": 0 of 6 parts done; still to do: 404 Not Found, "
                + "400 Bad Request, 304 Not Modified, 206 Partial Content, 501 Not Implemented, "
                + "505 HTTP Version Not Supported.");
        assertShows(out, "You are working on exercise 7, so hint, status and answer are about it. Lesson 3 waits at "
                + "step 1: type lesson 3 to go back to it.");
        assertShows(out, "This exercise asks no question right now");
        assertShows(out, "✓ Part done: 404 Not Found (1 of 6)");
        assertShows(out, "Exercise 7, \"Make the server say it\": 1 of 6 parts done; still to do: 400 Bad Request");
        int back = out.lastIndexOf("Lesson 3 ·");
        assertTrue(back > out.indexOf("1 of 6 parts done"), out);
        assertFalse(out.substring(0, back).contains("Lesson 3, \""), "no lesson status while on the exercise");
        assertShows(out.substring(back), "Lesson 3, \"");
        assertFalse(out.substring(back).contains("Hint for part"), out);
        assertFalse(out.contains("✗"), "the lesson does not judge what the exercise is doing:\n" + out);
    }

    @Test
    void aRangeWithoutItsUnitIsExplained() {
        String out = run("learner sample\nexercise 7\nopen data.pr4e.org\nGET /romeo.txt HTTP/1.0\nRange: 0-10\n\n"
                + "open data.pr4e.org\nGET /romeo.txt HTTP/1.0\nRange: bytes=0-10\n\n");
        assertShows(out, "✗ Range: 0-10 has no unit; the server ignored it and sent the whole file: write "
                + "Range: bytes=0-10");
        assertShows(out, "✓ Part done: 206 Partial Content (1 of 6)");
        assertEquals(1, count(out, "✗"), out);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }

    @Test
    void makeTheServerSayEachCode() {
        String out = run("learner sample\nexercise 7\n"
                + "open data.pr4e.org\nGET /nosuch.txt HTTP/1.0\n\n"
                + "open data.pr4e.org\nGET /romeo.txt HTTP/1.1\n\n"
                + "open data.pr4e.org\nGET /romeo.txt HTTP/1.0\nIf-None-Match: \"a7-54f6609245537\"\n\n"
                + "open data.pr4e.org\nGET /romeo.txt HTTP/1.0\nRange: bytes=0-9\n\n"
                + "open data.pr4e.org\nFOO /romeo.txt HTTP/1.0\n\n"
                + "open data.pr4e.org\nGET /romeo.txt HTTP/2.0\n~wait 5\n");
        for (String part : new String[] {"404 Not Found", "400 Bad Request", "304 Not Modified", "206 Partial Content",
                "501 Not Implemented", "505 HTTP Version Not Supported"}) {
            assertShows(out, "✓ Part done: " + part);
        }
        assertShows(out, "Every part of this exercise is done.");
    }

    @Test
    void lessonsAndExercisesServeTheirOwnFiles() {
        String out = run("learner sample\nexercise 9\nopen data.pr4e.org\nHEAD /intro-short.txt HTTP/1.0\n\n"
                + "lesson 2\nopen data.pr4e.org\nHEAD /intro-short.txt HTTP/1.0\n\n");
        long mine = MirrorFiles.forLearner("sample").expectedAnswers().contentLength();
        assertShows(out, "← Content-Length: " + mine + "\\r\\n");
        assertShows(out, "← Content-Length: 467\\r\\n");
    }

    @Test
    void checkGradesTheLearnersProgramAndPointsAtTheByte() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(ScriptedShellTest.onPath("python3"), "python3 is not installed");
        Path solutions = Path.of("src/test/resources/solutions/ex01").toAbsolutePath();
        String out = run("learner alice\ncheck 1 -- python3 " + solutions.resolve("good.py") + "\n"
                + "check 1 -- python3 " + solutions.resolve("bad_lf.py") + "\nexercises\n");
        assertShows(out, "Exercise 01-url-prompt, graded for learner alice:");
        assertShows(out, "6 of 6 checks passed.");
        assertShows(out, "✗ request");
        assertShows(out, "ends with LF, not CR LF");
        assertTrue(out.contains("\\n\n") && out.contains("^"), out);
        assertShows(out, "best 6/6, last");
    }

    @Test
    void mistakesGetPlainAnswers() {
        String out = run("exercise 99\ncheck\ncheck 1 python3 x.py\ncheck 6 -- python3 x.py\nlearner two words\n"
                + "learner\nreset 6\nanswer 42\nlearner alice\ncheck 1 -- no-such-program-here\n");
        assertShows(out, "There is no exercise 99");
        assertShows(out, "check needs the exercise and your program's command after --");
        assertShows(out, "Exercise 6 is done in the shell, not with a program");
        assertShows(out, "learner takes one id");
        assertShows(out, "No learner id yet");
        assertShows(out, "There were no results for exercise 6 to forget.");
        assertShows(out, "No lesson is running");
        assertShows(out, "The program could not be started");
    }
}
