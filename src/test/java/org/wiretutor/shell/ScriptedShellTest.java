package org.wiretutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.wire.Dialer;
import org.wiretutor.wire.WaitPolicy;

/** The shell fed a script on stdin, as `./wiretutor < file` runs it: plain text out, in order. */
public class ScriptedShellTest {
    @TempDir
    Path home;

    public static final Dialer NO_NETWORK = (host, port, timeout) -> {
        if (host.equals("127.0.0.1")) return Dialer.SYSTEM.dial(host, port, timeout);
        throw new UnknownHostException(host);
    };

    String run(String script) {
        return run(script, true);
    }

    String run(String script, boolean offline) {
        return run(home, script, offline);
    }

    /** A script run with a home folder of its own, offline or not, with short waits; its output. */
    static String run(Path home, String script, boolean offline) {
        ShellOptions options = ShellOptions.defaults(home, "test").withColour(false).withOffline(offline)
                .withDialer(NO_NETWORK)
                .withWaits(new WaitPolicy(Duration.ofMillis(400), Duration.ofSeconds(2), Duration.ofMillis(300)))
                .withMirror(org.wiretutor.mirror.MirrorConfig.loopback().withRequestTimeout(Duration.ofSeconds(2))
                        .withKeepAliveTimeout(Duration.ofSeconds(2)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Shells.script(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), options);
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Prose is wrapped to the width, so compare with runs of spaces and newlines folded to one space. */
    public static void assertShows(String out, String expected) {
        // in the pseudo-locale run every message is bracketed; a line built of several messages still reads whole
        String read = expected.contains("⟦") ? out : out.replace("⟦", "").replace("⟧", "");
        String flatOut = read.replaceAll("\\s+", " ");
        String flatExpected = expected.replaceAll("\\s+", " ");
        assertTrue(flatOut.contains(flatExpected), () -> "expected to see: " + expected + "\nin:\n" + out);
    }

    @Test
    void lessonOneThroughAPipeShowsTheAnnotatedReplyAndMovesOn() {
        String out = run("lesson 1\nnext\nopen data.pr4e.org 80\nGET http://data.pr4e.org/romeo.txt HTTP/1.0\n\n");
        assertShows(out, "Lesson 1 · The HTTP dance · step 1 of 6");
        assertShows(out, "Connected to the built-in mirror of data.pr4e.org");
        assertShows(out, "because you started wiretutor with --offline");
        assertShows(out, "→ GET http://data.pr4e.org/romeo.txt HTTP/1.0\\r\\n   sent 45 bytes");
        assertShows(out, "→ \\r\\n   sent 2 bytes");
        assertShows(out, "← HTTP/1.1 200 OK\\r\\n");
        assertShows(out, "← Content-Length: 167\\r\\n");
        assertShows(out, "│ But soft what light through yonder window breaks\\n");
        assertShows(out, "│ Who is already sick and pale with grief\\n");
        assertShows(out, "✓ Step 2 done: Open a connection");
        assertShows(out, "✓ Step 3 done: Ask for a document");
        assertShows(out, "✓ Step 4 done: The blank line");
        assertShows(out, "✓ Step 5 done: Read the reply");
        assertShows(out, "step 6 of 6: Recap");
        assertShows(out, "Connection closed.");
        assertFalse(out.contains("\u001b["), "no ANSI escapes in a pipe");
        assertTrue(out.indexOf("← HTTP/1.1 200 OK") < out.indexOf("✓ Step 5 done"), "reply before the step completes");
    }

    @Test
    void progressIsSavedAndResumed() throws Exception {
        run("lesson 1\nnext\nopen data.pr4e.org 80\n");
        assertTrue(Files.readString(home.resolve("progress.properties")).contains("http-dance.step=2"));
        String again = run("lesson 1\n");
        assertShows(again, "step 3 of 6: Ask for a document");
    }

    @Test
    void aWrongRequestLineIsExplainedByteForByte() {
        String out = run("lesson 1\nnext\nopen data.pr4e.org 80\nGET  /romeo.txt HTTP/1.0\n");
        assertShows(out, "✗ You sent GET\u00A0\u00A0/romeo.txt HTTP/1.0\\r\\n");
        assertFalse(out.contains("✓ Step 3 done"), out);
        String lower = run("lesson 1\nopen data.pr4e.org 80\nget /romeo.txt HTTP/1.0\n\n");
        assertShows(lower, "methods are case-sensitive");
    }

    @Test
    void aForgottenBlankLineIsExplainedBeforeExit() {
        String out = run("open data.pr4e.org\nGET /romeo.txt HTTP/1.0\n");
        assertShows(out, "both sides wait on each other");
    }

    @Test
    void showRawAndHexRedisplayTheExchange() {
        String out = run("open data.pr4e.org 80\nGET /romeo.txt HTTP/1.0\n\n~show raw\n~show hex\nshow\n");
        assertShows(out, "Sent (27 bytes):");
        assertShows(out, "→ GET /romeo.txt HTTP/1.0\\r\\n");
        assertShows(out, "← Content-Type: text/plain\\r\\n");
        assertShows(out, "00000000  47 45 54 20");
    }

    @Test
    void showBodyPrintsTheWholeBodyAndSaysWhyWhenThereIsNone() {
        String out = run("show body\nopen data.pr4e.org 80\nGET /romeo.txt HTTP/1.0\n\n~show body\n"
                + "open data.pr4e.org 80\nHEAD /romeo.txt HTTP/1.0\n\nshow body\n");
        assertShows(out, "Nothing to show yet: open a connection and send a request first.");
        int body = out.lastIndexOf("← Body");
        assertTrue(body > 0, out);
        assertTrue(out.indexOf("│ Who is already sick and pale with grief\\n", body) > body, "every line of it:\n" + out);
        int none = out.lastIndexOf("← No body");
        assertTrue(none > body, out);
        assertTrue(out.indexOf("the request was HEAD", none) > none, "why there is none:\n" + out);
    }

    /** The long list of commands pushes a step away: help says how to see it again, and says nothing with no lesson. */
    @Test
    void helpOnAStepSaysHowToSeeTheStepAgain() {
        assertShows(run("lesson 1\nhelp\n"), "Your lesson's step is above all this: type step (or press F2) to see it again.");
        assertFalse(run("help\n").contains("Your lesson's step"));
    }

    @Test
    void theTipAboutLinesAndCommandsIsGivenOnceASession() {
        String out = run("open data.pr4e.org 80\nclose\nopen data.pr4e.org 80\nclose\n");
        assertEquals(1, out.split("Connected to the built-in mirror", -1).length - 1, out);
        assertEquals(1, out.split("commands start with ~", -1).length - 1, "once, not on every open:\n" + out);
        // why the mirror stands in is told once too; the second connection takes one row
        assertEquals(1, out.split("a copy inside wiretutor", -1).length - 1, out);
        assertTrue(out.matches("(?s).*New connection to the built-in mirror of data.pr4e.org\\..*"), out);
    }

    @Test
    void aReplyShownAgainWhileAQuestionIsOpenNamesTheQuestionUnderIt() {
        String out = run("lesson 2\nnext\nnext\nnext\nnext\nopen data.pr4e.org 80\nGET /intro-short.txt HTTP/1.0\n\n"
                + "show raw\n");
        int shown = out.lastIndexOf("Received (");
        assertTrue(shown > 0, out);
        assertTrue(out.indexOf("(The step still asks: give the Content-Length header's value", shown) > shown,
                "the question, under the reply:\n" + out);
    }

    @Test
    void lineEndingsWrittenOutAreToldTheyWentAsText() {
        String typed = run("open data.pr4e.org 80\nGET /romeo.txt HTTP/1.0\\r\\n\n");
        assertShows(typed, "typed out went to the server as text, a backslash and a letter each");
        String slashes = run("open data.pr4e.org 80\n~send GET /romeo.txt HTTP/1.0/r/n/r/n\n");
        assertShows(slashes, "/r and /n are a slash and a letter, sent as they are");
        String path = run("open data.pr4e.org 80\n~send GET /romeo.txt HTTP/1.0\\r\\n\\r\\n\n");
        assertFalse(path.contains("are a slash and a letter"), "/romeo.txt is a path, not a slip:\n" + path);
    }

    @Test
    void mistakesAtTheCommandPromptGetPlainAnswers() {
        String out = run("opne data.pr4e.org\nGET / HTTP/1.0\nopen\nopen localhost eighty\nshow sideways\n"
                + "lesson 99\nhelp open\nhelp nothing\nclose\nnext\n");
        assertShows(out, "Did you mean: open data.pr4e.org");
        assertShows(out, "looks like an HTTP request, but you are not connected");
        assertShows(out, "open needs a host");
        assertShows(out, "\"eighty\" is not a port number");
        assertShows(out, "show takes body, raw, hex, reads or run");
        assertShows(out, "There is no lesson 99");
        assertShows(out, "open [OPTIONS] HOST [PORT]");
        assertShows(out, "There is no command \"nothing\"");
        assertShows(out, "You are not connected");
        assertShows(out, "No lesson is running");
        assertFalse(out.contains("Exception"), out);
    }

    @Test
    void binaryAndLongBodiesAreShownInPartAndSaySo() {
        String out = run("open data.pr4e.org\nGET /cover3.jpg HTTP/1.0\n\nopen data.pr4e.org\nGET /mbox.txt HTTP/1.0\n\n");
        assertShows(out, "binary: JPEG image");
        assertShows(out, "00000000  ff d8 ff");
        assertShows(out, "… drawn here: the first 256 of the preview's 4096 bytes");
        assertShows(out, "│ From bram.okafor@example.org");
        assertShows(out, "… drawn here: the first 60 lines of the preview");
        assertShows(out, "received 32574 of 32574 bytes ✓");
    }

    @Test
    void sendPutsExactBytesOnTheWireAndABareLfGets400() {
        String out = run("open data.pr4e.org\n~send GET /romeo.txt HTTP/1.0\\n\\n\n");
        assertShows(out, "→ GET /romeo.txt HTTP/1.0\\n");
        assertShows(out, "sent 25 bytes");
        assertShows(out, "← HTTP/1.1 400 Bad Request");
    }

    @Test
    void aBadEscapeIsPointedAtWithACaret() {
        String out = run("open data.pr4e.org\n~send GET /\\q HTTP/1.0\n~send\n");
        assertShows(out, "send understands");
        assertTrue(out.contains("  GET /\\q HTTP/1.0\n       ^\n"), out);
        assertShows(out, "send needs the text to send");
    }

    @Test
    void waitWaitsForTheServersVerdict() {
        String out = run("open data.pr4e.org\nGET /romeo.txt HTTP/1.0\n~wait 5\n~wait nope\n");
        assertShows(out, "both sides wait on each other");
        assertShows(out, "\"nope\" is not a number of seconds");
        String idle = run("wait\n");
        assertShows(idle, "You are not connected");
    }

    @Test
    void showReadsListsEachReadOfTheReply() {
        String out = run("open data.pr4e.org\nGET /cover3.jpg HTTP/1.0\n\nshow reads\n");
        assertShows(out, "The reply arrived in");
        assertShows(out, "read 1 after");
        assertShows(out, "39");
    }

    @Test
    void answersAreJudgedAndRestartGoesBackToTheStart() {
        String out = run("answer 404\nlesson 1\nnext\nanswer 404\nrestart\n");
        assertShows(out, "No lesson is running");
        assertShows(out, "This step is not asking a question right now");
        assertShows(out, "Starting the lesson again from its first step.");
    }

    @Test
    void twoQuestionsInAStepGetOneVerdictPerAnswerInAnyOrder() {
        String out = run("lesson 2\nnext\nnext\nnext\nnext\nanswer 467\nanswer 467\nanswer image/png\n"
                + "answer text/html\nanswer Content-Type: text/plain\nanswer no-store\nanswer no-cache\n");
        assertShows(out, "✓ 467 is right (1 of 2). Content-Length counts the bytes of the body alone");
        assertShows(out, "Now the Content-Type.");
        assertShows(out, "You already answered 467, and it is right. Still to answer: the Content-Type.");
        assertShows(out, "✗ \"image/png\" is not it.");
        // a common mistake the lesson lists in wrong= is told its reason instead
        assertShows(out, "✗ Give the value whole, as this reply wrote it");
        assertShows(out, "✓ Step 5 done: Size and type");
        assertShows(out, "✓ no-store is right (1 of 2). no-store asks a browser");
        assertShows(out, "Now the first number of the ETag.");
        assertShows(out, "✗ no-cache lets a browser keep a copy but makes it check with the server before each use");
        assertFalse(out.contains("Right. Now try it"), out);
        assertEquals(3, out.split("✗", -1).length - 1, out);
    }

    @Test
    void aRangeWithoutItsUnitGetsTheWholeFileAndTheStepSaysWhy() {
        String out = run("lesson 11\nnext\nnext\nnext\nnext\nnext\n"
                + "open data.pr4e.org 80\nGET /romeo.txt HTTP/1.0\nRange: 0-10\n\n"
                + "open data.pr4e.org 80\nGET /romeo.txt HTTP/1.0\nRange: bytes=0-10\n\n");
        assertShows(out, "step 6 of 8: Just part of the file");
        assertShows(out, "← HTTP/1.1 200 OK\\r\\n");
        assertShows(out, "✗ Range: 0-10 has no unit; the server ignored it and sent the whole file: write "
                + "Range: bytes=0-10");
        assertShows(out, "← HTTP/1.1 206 Partial Content\\r\\n");
        assertShows(out, "← Content-Range: bytes 0-10/167\\r\\n");
        assertShows(out, "✓ Step 6 done: Just part of the file");
    }

    @Test
    void aTagSentWithoutItsQuotesIsExplained() {
        String out = run("lesson 9\nnext\nanswer 304\nopen data.pr4e.org 80\nGET /romeo.txt HTTP/1.0\n"
                + "If-None-Match: a7-54f6609245537\n\n");
        assertShows(out, "You guessed 304. Now try it and see whether you were right.");
        assertShows(out, "✗ Your If-None-Match said a7-54f6609245537 without double quotes, so it matched no tag");
    }

    @Test
    void aRunThatFinishesAStepIsNotJudgedByTheNextStep() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath("python3"), "python3 is not installed");
        String out = run("lesson 8\nrun urllib1.py\n");
        assertShows(out, "✓ Step 1 done: urllib");
        assertShows(out, "step 2 of 8: What urllib sent");
        assertFalse(out.contains("✗"), out);
    }

    @Test
    void runShowsWhatACourseProgramPrintedAndExactlyWhatItSent() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath("python3"), "python3 is not installed");
        String out = run("run socket1.py\nshow run\nrun socket2.py --lines\nrun urllib1.py\nshow run\nrun nosuch.py\n");
        assertShows(out, "$ python3 socket1.py\n");
        assertShows(out, "│ But soft what light through yonder window breaks");
        assertShows(out, "It finished without an error");
        // after the run, one row per request; show run has its bytes
        assertShows(out, "What the mirror received from it (1 request):\n"
                + "  → GET http://data.pr4e.org/romeo.txt HTTP/1.0 · 200 · 167 bytes of body\n"
                + "Type show run to see the exact bytes of each request.");
        assertShows(out, "The requests python3 socket1.py sent, 1 in all:");
        assertShows(out, "Request 1 of 1: what the mirror received (47 bytes), answered 200 OK\n"
                + "→ GET http://data.pr4e.org/romeo.txt HTTP/1.0\\r\\n");
        assertShows(out, "$ python3 socket2.py --lines\n");
        assertShows(out, "→ User-Agent: Python-urllib/");
        assertShows(out, "There is no course program, file or command called nosuch.py");
        assertShows(out, "The course's programs: HttpClient1.java, Socket1.java, crawl.py, socket1.py, socket2.py,");
        assertTrue(Files.exists(home.resolve("programs").resolve("socket1.py")), "the learner's own copy");
    }

    @Test
    void aLearnersChangesToAProgramAreKept() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath("python3"), "python3 is not installed");
        Files.createDirectories(home.resolve("programs"));
        Files.writeString(home.resolve("programs").resolve("socket1.py"), "print('my own version')\n");
        String out = run("run socket1.py\n");
        assertShows(out, "│ my own version");
        assertShows(out, "The mirror received no request from it.");
    }

    @Test
    void javaProgramsRunWithTheSingleFileLauncher() {
        String out = run("run Socket1.java\n");
        assertShows(out, "Socket1.java 127.0.0.1");
        assertShows(out, "│ But soft what light through yonder window breaks");
    }

    static boolean onPath(String program) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "command -v " + program).start();
        return p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Test
    void aLessonThatNeedsTheMirrorGetsItEvenOnline() throws Exception {
        Path course = Files.createDirectories(home.resolve("course"));
        Files.writeString(course.resolve("01-m.md"), "---\nformat_version: 1\ntitle: M\nserver: mirror\n---\n"
                + "## Step: Open\n@check connected host=data.pr4e.org\n@hint open data.pr4e.org\n");
        try (java.net.ServerSocket real = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Dialer online = (host, port, timeout) -> Dialer.SYSTEM.dial("127.0.0.1",
                    host.equals("data.pr4e.org") ? real.getLocalPort() : port, timeout);
            ShellOptions options = ShellOptions.defaults(home, "test").withColour(false).withDialer(online)
                    .withCourseDir(course);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Shells.script(new ByteArrayInputStream("open data.pr4e.org\n~close\nlesson 1\nopen data.pr4e.org\n"
                    .getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8), options);
            String text = out.toString(StandardCharsets.UTF_8);
            assertShows(text, "Connected to data.pr4e.org port 80 (127.0.0.1).");
            assertShows(text, "because this lesson uses the mirror's own files and behaviour");
        }
    }

    @Test
    void aCommandTypedWhileConnectedRunsAndIsNotSentSayingSoFirst() {
        String out = run("open data.pr4e.org\nshow raw\nclose\nstatus\n");
        assertShows(out, "(not sent: show is a wiretutor command, so it ran; next time type ~show raw)");
        assertShows(out, "Nothing to show yet: open a connection and send a request first.");
        assertShows(out, "(not sent: close is a wiretutor command, so it ran; next time type ~close)");
        assertShows(out, "Connection closed.");
        assertShows(out, "Not connected.");
        assertFalse(out.contains("→ show"), "nothing went to the server:\n" + out);
        assertFalse(out.contains("→ close"), "nothing went to the server:\n" + out);
        assertFalse(out.contains("400 Bad Request"), "no reply to a line never sent:\n" + out);
        assertTrue(out.indexOf("(not sent: close") < out.indexOf("Connection closed."), "the note comes first");
    }

    @Test
    void aRequestStartingWithACommandsWordIsStillSentAndSendSendsAnyLine() {
        String out = run("open data.pr4e.org\n~send close\\r\\n\n\n");
        assertShows(out, "→ close\\r\\n");
        assertShows(out, "← HTTP/1.1 400 Bad Request");
        assertFalse(out.contains("(not sent"), out);
        // connect names open too, but this line is a request: it goes to the server
        out = run("open data.pr4e.org\nconnect data.pr4e.org:443 HTTP/1.0\n\n");
        assertShows(out, "→ connect data.pr4e.org:443 HTTP/1.0\\r\\n");
        assertFalse(out.contains("(not sent"), out);
    }

    @Test
    void helpListsEveryCommand() {
        String out = run("help\n");
        for (String c : new String[] {"help", "open", "close", "show", "send", "wait", "run", "lessons", "lesson",
                "next", "back", "hint", "answer", "restart", "exercises", "exercise", "check", "learner", "progress",
                "reset", "present", "replay", "record", "save", "status", "quit"}) {
            assertTrue(out.contains("  " + c), c + " missing from\n" + out);
        }
        assertTrue(out.contains(home.toString()), "help names where progress lives");
    }

    @Test
    void tildeLinesAreCommandsAndDoubleTildeIsSent() {
        String out = run("open data.pr4e.org 80\n~status\n~~hello\n\n~.\nstatus\n");
        assertShows(out, "Connected to data.pr4e.org:80 (built-in mirror");
        assertShows(out, "→ ~hello\\r\\n");
        assertShows(out, "← HTTP/1.1 400 Bad Request");
        assertShows(out, "Not connected.");
    }

    @Test
    void hintsGetMoreSpecific() {
        String out = run("lesson 1\nnext\nhint\nhint\nhint\n");
        assertShows(out, "Hint: Type the command exactly as shown");
        assertShows(out, "Hint: The command is `open`");
    }

    @Test
    void withoutOfflineAnUnreachableDataPr4eOrgFallsBackAndSaysWhy() {
        String out = run("open data.pr4e.org 80\n", false);
        assertShows(out, "built-in mirror of data.pr4e.org");
        assertShows(out, "could not be looked up");
    }

    @Test
    void aDamagedProgressFileIsSetAsideNotLost() throws Exception {
        Files.writeString(home.resolve("progress.properties"), "garbage\u0000\n");
        String out = run("lessons\n");
        assertShows(out, "could not be read, so it was kept as");
        try (var files = Files.list(home)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("progress.properties.damaged-")));
        }
    }

    @Test
    void lessonsKeepsEveryTitleClearOfItsState() {
        String out = run("lessons\n");
        assertShows(out, "  6. The world's simplest web browser  not started");
        assertShows(out, "  4. HTTP/1.1                           not started");
    }
}
