package org.wiretutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.shell.InteractiveShellTest.SyncedOutput;
import org.wiretutor.wire.WaitPolicy;

/**
 * A novice's usual slips at the command prompt, typed into the real line reader: a bare answer, a program started as
 * in a system shell, a mistyped option of run, and the prompt after the server hangs up.
 */
class ShellAdviceTest {
    @TempDir
    Path home;
    /** The folder run finds the learner's own programs in: empty unless a test puts one there. */
    @TempDir
    Path work;

    private PipedOutputStream keys;
    private final SyncedOutput screen = new SyncedOutput();
    private CompletableFuture<Integer> exit;

    @BeforeEach
    void start() throws IOException {
        keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 64 * 1024);
        Terminal terminal = TerminalBuilder.builder().system(false).streams(in, screen).dumb(true).type("dumb")
                .size(new org.jline.terminal.Size(100, 40)).build();
        ShellOptions options = ShellOptions.defaults(home, "test").withOffline(true).withColour(false)
                .withDialer(ScriptedShellTest.NO_NETWORK)
                .withRunning(new ShellOptions.Running(work, Duration.ofSeconds(30)))
                .withWaits(new WaitPolicy(Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofMillis(300)));
        exit = CompletableFuture.supplyAsync(() -> Shells.interactive(terminal, options));
    }

    @AfterEach
    void stop() throws Exception {
        if (!exit.isDone()) {
            type("~quit");
            try {
                exit.get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("the shell did not quit; screen:\n" + screen.text(), e);
            }
        }
    }

    private void type(String line) throws IOException {
        keys.write((line + "\r").getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Types a line and waits for the prose it shows, however wrapped; returns where that ended. */
    private int typeAndRead(String line, String prose) throws Exception {
        int from = screen.text().length();
        type(line);
        return screen.awaitProseAfter(from, prose);
    }

    /** Types a line and waits for what it shows; returns where that appeared. */
    private int typeAndSee(String line, String shown) throws Exception {
        int from = screen.text().length();
        type(line);
        return screen.awaitAfter(from, shown);
    }

    @Test
    void aBareAnswerWhileAQuestionIsOpenIsToldTheCommandAndNotJudged() throws Exception {
        screen.await("Type help");
        typeAndSee("lesson 2", "step 1 of");
        typeAndSee("next", "step 2 of");
        int step = typeAndSee("next", "A file that is not there");
        int told = typeAndSee("404", "To answer the question, type: answer 404");
        assertFalse(screen.text().substring(step).contains("There is no command"), screen.text().substring(step));
        assertFalse(screen.text().substring(told).contains("right"), "the bare line was not taken as the answer");
        // answered: the step now waits for a request, and a bare number is a plain mistake again
        type("answer 404");
        typeAndSee("404", "There is no command \"404\", and no question is waiting for an answer now.");
    }

    @Test
    void aCommandWrittenWithACapitalAColonOrASlipIsGivenBackPutRight() throws Exception {
        screen.await("Type help");
        typeAndSee("lesson 2", "step 1 of");
        typeAndSee("Answer 400", "Did you mean: answer 400");
        typeAndSee("answer: 404", "Did you mean: answer 404");
        typeAndSee("anwser 404", "Did you mean: answer 404");
        typeAndSee("opne data.pr4e.org 80", "Did you mean: open data.pr4e.org 80");
        typeAndSee("finish", "There is no command \"finish\". Did you mean next?");
        typeAndSee("wait30", "Did you mean: wait 30");
        typeAndSee("lesson3", "Did you mean: lesson 3");
    }

    @Test
    void aHintWithTheConnectionClosedSaysToOpenOneFirst() throws Exception {
        screen.await("Type help");
        typeAndSee("lesson 1", "step 1 of");
        typeAndSee("next", "step 2 of");
        // step 2's hint says how to open: no note to repeat it
        int two = typeAndSee("hint", "Hint: Type the command exactly as shown: open data.pr4e.org 80");
        typeAndSee("open data.pr4e.org 80", "step 3 of");
        assertFalse(screen.text().substring(two).contains("You are not connected"), "said once, by the hint");
        typeAndSee("~close", "Connection closed");
        typeAndRead("hint", "You are not connected now: start again with open data.pr4e.org 80");
        typeAndSee("open data.pr4e.org 80", "[data.pr4e.org:80");
        int from = typeAndSee("~hint", "Hint:");
        assertFalse(screen.text().substring(from).contains("You are not connected"), "connected: no such note");
    }

    @Test
    void aHintWhileTheNextStepWaitsForEnterGivesNothingOfThatStepAway() throws Exception {
        screen.await("Type help");
        typeAndSee("lesson 1", "step 1 of");
        typeAndSee("next", "step 2 of");
        typeAndSee("open data.pr4e.org 80", "[data.pr4e.org:80");
        typeAndSee("GET http://data.pr4e.org/romeo.txt HTTP/1.0", "sent 45 bytes");
        typeAndSee("", "Press Enter for the next step.");
        int from = typeAndRead("hint", "That step is done. Press Enter on an empty line to see the next one");
        assertFalse(screen.text().substring(from).contains("Hint:"), "no hint of the unseen step");
        // an answer there is for a question not shown yet: not kept for it
        typeAndRead("answer 4", "That step is done, so the answer was not recorded. Press Enter on an empty line to see"
                + " the next step and its question.");
    }

    /** While connected a line without its ~ goes to the server, so a corrected command line keeps its ~. */
    @Test
    void aMistypedCommandWhileConnectedIsPutRightWithItsTilde() throws Exception {
        screen.await("Type help");
        typeAndSee("open data.pr4e.org 80", "[data.pr4e.org:80");
        typeAndSee("~wiat 30", "Did you mean: ~wait 30");
        typeAndRead("~frobnicate", "There is no command \"frobnicate\". Type ~help to see them all.");
        typeAndSee("~.", "closed");
        typeAndSee("wiat 30", "Did you mean: wait 30");
        typeAndSee("q", "Nothing to close: q stops a long listing");
    }

    /** wait with a number waits for the server that long: the explained silence on the way does not end it. */
    @Test
    void waitForSomeSecondsOutlastsTheNoteAboutTheMissingBlankLine() throws Exception {
        screen.await("Type help");
        typeAndSee("open data.pr4e.org 80", "[data.pr4e.org:80");
        typeAndSee("GET /romeo.txt HTTP/1.0", "sent");
        int from = screen.text().length();
        type("~wait 2");
        int end = screen.awaitProseAfter(from, "Nothing happened on the connection for 2 s.");
        String during = screen.text().substring(from, end).replaceAll("\\s+", " ");
        assertTrue(during.contains("both sides wait on each other"), "the note came while it waited: " + during);
    }

    /** Lesson 1 step 3 with a lowercase get sent, the server waiting on it: where the screen's text was before it. */
    private int lowercaseGetOnLessonOne() throws Exception {
        screen.await("Type help");
        typeAndSee("lesson 1", "step 1 of");
        typeAndSee("next", "step 2 of");
        typeAndSee("open data.pr4e.org 80", "step 3 of");
        int from = screen.text().length();
        type("get http://data.pr4e.org/romeo.txt HTTP/1.0");
        screen.awaitAfter(from, "sent");
        return from;
    }

    /** A request line the server does not answer at once: its ✗ comes with the next line, not after the reply. */
    @Test
    void aMissOnARequestLineTheServerWaitsOnIsToldAtTheNextLine() throws Exception {
        int from = lowercaseGetOnLessonOne();
        int line = screen.text().length();
        type("User-Agent: me");
        int miss = screen.awaitAfter(line, "✗");
        assertEquals(-1, screen.text().indexOf("Not Implemented", from), "told before any reply:\n"
                + screen.text().substring(from));
        assertTrue(miss > line);
    }

    /** The blank line after a missed request line brings the reply: the ✗ waits for it and comes under it. */
    @Test
    void aMissOnARequestLineIsToldUnderTheReplyItsBlankLineBrings() throws Exception {
        int from = lowercaseGetOnLessonOne();
        type("");
        int miss = screen.awaitAfter(from, "✗");
        int reply = screen.text().indexOf("Not Implemented", from);
        assertTrue(reply >= 0 && reply < miss, "the ✗ under the reply:\n" + screen.text().substring(from));
    }

    /** A request line the server rejects at once: the step's ✗ comes under the reply, where it stays in sight. */
    @Test
    void aMissOnARequestLineRejectedAtOnceComesAfterTheReply() throws Exception {
        screen.await("Type help");
        typeAndSee("lesson 1", "step 1 of");
        typeAndSee("next", "step 2 of");
        typeAndSee("open data.pr4e.org 80", "step 3 of");
        int from = screen.text().length();
        type("GET http://data.pr4e.org/romeo.txt HTTP1.0");
        int miss = screen.awaitProseAfter(from, "this step wants HTTP/1.0");
        int reply = screen.text().indexOf("400 Bad Request", from);
        assertTrue(reply > 0 && reply < miss, "the reply, then the miss:\n" + screen.text().substring(from));
    }

    /** A plain wait after the silence was explained says so again at once, instead of waiting for the server's timeout. */
    @Test
    void aPlainWaitAfterTheSilenceWasExplainedAnswersAtOnce() throws Exception {
        screen.await("Type help");
        typeAndSee("open data.pr4e.org 80", "[data.pr4e.org:80");
        int from = typeAndSee("GET /romeo.txt HTTP/1.0", "sent");
        int told = screen.awaitProseAfter(from, "both sides wait on each other");
        int again = typeAndRead("~wait", "Still nothing new from the server. Nothing has come back for");
        assertTrue(again > told, "said again after the first telling");
    }

    /** A step waits for the wire and none is open: a line for the server, or Enter alone, is told it went nowhere. */
    @Test
    void aLineForTheServerWithNoConnectionIsToldToOpenOne() throws Exception {
        screen.await("Type help");
        typeAndSee("lesson 2", "step 1 of");
        for (int step = 2; step <= 7; step++) typeAndSee("next", "step " + step + " of");
        typeAndRead("hello there", "\"hello there\" was not sent: you are not connected, so lines go to wiretutor,"
                + " and it is no command. To talk to the server, first type open data.pr4e.org 80");
        typeAndRead("", "(Nothing was sent: you are not connected. To talk to the server, first type open"
                + " data.pr4e.org 80)");
        typeAndSee("nxt", "did you mean the command next?");
    }

    /** Lesson 4 step 4 opens its own way: a request typed with no connection is told that way, not the usual one. */
    @Test
    void aRequestTypedWithNoConnectionIsToldTheStepsOwnOpenLine() throws Exception {
        screen.await("Type help");
        typeAndSee("lesson 4", "step 1 of");
        for (int step = 2; step <= 4; step++) typeAndSee("next", "step " + step + " of");
        typeAndRead("GET /romeo.txt HTTP/1.1", "looks like an HTTP request, but you are not connected, so it was not"
                + " sent anywhere. Open a connection first: open --keep-alive 60 data.pr4e.org 80");
    }


    /** A reply to HEAD has no body: its first view does not offer show body. */
    @Test
    void aReplyWithNoBodyIsNotOfferedShowBody() throws Exception {
        screen.await("Type help");
        typeAndSee("open data.pr4e.org 80", "Connected");
        int from = screen.text().length();
        type("HEAD /romeo.txt HTTP/1.0");
        screen.awaitAfter(from, "sent");
        type("");
        screen.awaitAfter(from, "~show explains each part");
        assertFalse(screen.text().substring(from).contains("~show body"), screen.text().substring(from));
    }

    @Test
    void aPortRunIntoTheHostNameIsToldWhereTheSpaceGoes() throws Exception {
        screen.await("Type help");
        typeAndRead("open data.pr4e.org80", "data.pr4e.org80 runs the port into the host name. Put a space between"
                + " them: open data.pr4e.org 80");
    }

    /** Lesson 4 step 4 needs --keep-alive for its second request: a plain open is told at once, with the way back. */
    @Test
    void aPlainOpenOnAStepThatKeepsTheConnectionAliveIsToldAtOnce() throws Exception {
        screen.await("Type help");
        typeAndSee("lesson 4", "step 1 of");
        for (int step = 2; step <= 4; step++) typeAndSee("next", "step " + step + " of");
        typeAndRead("open data.pr4e.org 80", "This step opens with open --keep-alive 60 data.pr4e.org 80. Without"
                + " --keep-alive, the mirror closes a connection after 5 idle seconds");
        typeAndSee("~close", "You closed the connection");
        int from = screen.text().length();
        typeAndSee("open --keep-alive 60 data.pr4e.org 80", "connection to the built-in mirror");
        typeAndSee("~close", "You closed the connection");
        assertFalse(screen.text().substring(from).contains("This step opens with"), screen.text().substring(from));
    }
    @Test
    void aNumberAloneSaysWhatToDo() throws Exception {
        screen.await("Type help");
        typeAndSee("404", "There is no command \"404\", and no question is waiting for an answer now.");
        typeAndSee("2", "There is no command \"2\". To start lesson 2, type: lesson 2");
        typeAndSee("yes", "There is no command \"yes\". Type help to see them all.");
    }

    @Test
    void aProgramStartedAsInASystemShellIsToldTheRunLine() throws Exception {
        screen.await("Type help");
        advised("python urllib1.py", "run urllib1.py");
        advised("python3 x.py", "run x.py");
        advised("java Socket1.java", "run Socket1.java");
        advised("./my.py", "run ./my.py");
        advised("python3 \"my prog.py\" 2", "run \"my prog.py\" 2");
        advised("./my\\ prog.py", "run ./my\\ prog.py");
        advised("python3 -u my.py", "run python3 -u my.py");
        advised("urllib1.py", "run urllib1.py");
    }

    @Test
    void aCourseProgramStartedAsAFileHereIsToldTheRunLineThatFindsIt() throws Exception {
        screen.await("Type help");
        advised("./urljpeg.py", "run urljpeg.py");
        advised("./urlregex.py http://data.pr4e.org/", "run urlregex.py http://data.pr4e.org/");
        advised("python3 ./urljpeg.py", "run urljpeg.py");
        advised("python3 urlib1.py", "run urllib1.py");
        // a file of that name in the folder is the learner's own, and run ./ runs it
        java.nio.file.Files.writeString(work.resolve("urljpeg.py"), "print('mine')\n");
        advised("./urljpeg.py", "run ./urljpeg.py");
        int from = typeAndRead("run ./urlregex.py", "There is no file ./urlregex.py in " + work
                + ", but urlregex.py is one of the course's programs. To run it, type: run urlregex.py");
        assertFalse(screen.text().substring(from).contains("$ python3"), "nothing was started");
    }

    @Test
    void aMistypedProgramAfterRunIsToldTheNearestBeforeAnythingRuns() throws Exception {
        screen.await("Type help");
        int from = typeAndRead("run urllib.py", "There is no program urllib.py in the course or in " + work
                + ". Did you mean urllib1.py?");
        typeAndSee("status", "Not connected.");
        typeAndRead("run urlwords --raw", "There is no program urlwords in the course or in " + work
                + ". Did you mean urlwords.py?");
        String said = screen.text().substring(from);
        assertFalse(said.contains("$ python3"), "nothing was started:\n" + said);
        assertFalse(said.contains("There is no file"), "said once, by name:\n" + said);
        java.nio.file.Files.writeString(work.resolve("mything.py"), "print('mine')\n");
        typeAndRead("run mythings.py", "Did you mean mything.py?");
    }

    @Test
    void toolsOfTheComputersOwnTerminalAreToldWhereTheyBelong() throws Exception {
        screen.await("Type help");
        typeAndSee("telnet data.pr4e.org 80", "Here, type: open data.pr4e.org 80   (open connects as telnet does)");
        typeAndSee("nc -v data.pr4e.org 80", "Here, type: open data.pr4e.org 80   (open connects as nc does)");
        typeAndRead("pip install beautifulsoup4", "pip is typed in your computer's own terminal (a window of its own),"
                + " not in wiretutor: type it there, then come back.");
        typeAndSee("pip3 install bs4", "pip3 is typed in your computer's own terminal");
        typeAndSee("python3 -m pip install bs4", "pip is typed in your computer's own terminal");
        typeAndSee("apt install python3-bs4", "apt is typed in your computer's own terminal");
        int from = typeAndSee("curl http://data.pr4e.org/romeo.txt", "curl is typed in your computer's own terminal");
        screen.awaitProseAfter(from, "Or let wiretutor run it and show what it sends: run curl http://data.pr4e.org/romeo.txt");
        typeAndRead("wget http://data.pr4e.org/romeo.txt", "run wget http://data.pr4e.org/romeo.txt");
        assertFalse(screen.text().contains("There is no command"), screen.text());
    }

    @Test
    void aNearViewOrOptionIsNamed() throws Exception {
        screen.await("Type help");
        int from = typeAndSee("show read", "There is no show read. Did you mean show reads?");
        screen.awaitAfter(from, "Usage: show [body|raw|hex|reads|run]");
        from = typeAndSee("open --keepalive 60 data.pr4e.org 80", "open has no option --keepalive; did you mean"
                + " --keep-alive?");
        typeAndRead("open -x data.pr4e.org", "open has no option -x. Its options, before the host:"
                + " --trickle BYTES:MILLIS, --keep-alive SECONDS.");
        typeAndSee("status", "Not connected.");
        assertFalse(screen.text().substring(from).contains("open needs a host"), screen.text().substring(from));
    }

    @Test
    void aPastedUrlsPathIsToldWhereItGoesAndHttpsMeansPort443() throws Exception {
        screen.await("Type help");
        int from = typeAndRead("open http://data.pr4e.org/page2.htm",
                "(the path goes in the request line, not in open: GET /page2.htm HTTP/1.0)");
        screen.awaitAfter(from, "[data.pr4e.org:80 mirror] ");
        from = typeAndSee("~close", "Connection closed.");
        int https = typeAndRead("open https://data.pr4e.org", "(https:// means port 443, where the server expects"
                + " encryption, TLS, first.)");
        screen.awaitAfter(https, "Connecting to data.pr4e.org port 443");
        screen.awaitAfter(https, "[data.pr4e.org:443 mirror] ");
        typeAndSee("~close", "Connection closed.");
        // a port typed is the port used, and no note about 443
        int typed = typeAndSee("open https://data.pr4e.org 80", "[data.pr4e.org:80 mirror] ");
        assertFalse(screen.text().substring(typed).contains("port 443"), screen.text().substring(typed));
    }

    @Test
    void aSentenceWhileAQuestionIsOpenIsNotToldToBeAnswered() throws Exception {
        screen.await("Type help");
        typeAndSee("lesson 2", "step 1 of");
        typeAndSee("next", "step 2 of");
        int step = typeAndSee("next", "A file that is not there");
        int told = typeAndRead("my guess was 200",
                "There is no command \"my\". To answer the question, type answer and then your answer.");
        typeAndSee("\"404\"", "To answer the question, type: answer \"404\"");
        typeAndSee("Content-Length: 467", "To answer the question, type: answer Content-Length: 467");
        assertFalse(screen.text().substring(step).contains("answer my guess"), screen.text().substring(step));
        assertTrue(told > step);
    }

    @Test
    void enterAloneOnAReadingStepMovesOnAsNextDoes() throws Exception {
        screen.await("Type help");
        int step = typeAndSee("lesson 1", "Type next when you are ready.");
        int second = typeAndSee("", "step 2 of");
        assertTrue(second > step);
        // a step with something to do does not move on by Enter: it turns when it is done
        type("");
        typeAndSee("status", "Not connected.");
        assertEquals(-1, screen.text().indexOf("step 3 of", second), "step 2 still current");
    }

    @Test
    void aCommandTypedOnTheWireRunsSayingItWasNotSent() throws Exception {
        screen.await("Type help");
        int from = typeAndSee("open data.pr4e.org 80", "[data.pr4e.org:80 mirror] ");
        int note = typeAndRead("wait 1", "(not sent: wait is a wiretutor command, so it ran; next time type ~wait 1)");
        screen.awaitAfter(note, "Nothing happened on the connection for 1 s.");
        // send does send, its own bytes: the note does not say "not sent"
        note = typeAndRead("send GET /romeo.txt HTTP/1.0\\r\\n\\r\\n", "(send is a wiretutor command: it ran, and sent"
                + " its bytes as you gave them; next time type ~send GET /romeo.txt HTTP/1.0\\r\\n\\r\\n)");
        screen.awaitAfter(note, "← HTTP/1.1 200 OK");
        String said = screen.text().substring(from);
        assertFalse(said.contains("→ wait"), "the line never went to the server:\n" + said);
        assertFalse(said.contains("400 Bad Request"), said);
    }

    /** The line typed is answered with exactly this run line, quotes and backslashes as typed. */
    private void advised(String typed, String run) throws Exception {
        String told = "To run a program here, type: ";
        int at = typeAndSee(typed, told) + told.length();
        screen.awaitAfter(at, "\n");
        String rest = screen.text().substring(at);
        assertEquals(run, rest.substring(0, rest.indexOf('\n')).strip(), typed);
    }

    @Test
    void aMistypedOptionOfRunIsToldPlainlyBeforeAnythingRuns() throws Exception {
        screen.await("Type help");
        int from = typeAndSee("run socket2.py -lines",
                "socket2.py has no option -lines, so it was not run. Did you mean --lines?");
        screen.awaitAfter(from, "Usage: run PROGRAM [ARGS] [< FILE]   (help run)");
        from = typeAndSee("run --foo x.py", "run has no option --foo.");
        screen.awaitAfter(from, "Usage: run PROGRAM [ARGS] [< FILE]   (help run)");
        from = typeAndSee("run urllib1.py --head", "urllib1.py has no option --head, so it was not run. Did you mean"
                + " --headers?");
        from = typeAndSee("run urlregex.py --raw", "urlregex.py takes no options, so --raw was not understood.");
        from = typeAndSee("run", "run needs a program");
        screen.awaitAfter(from, "Usage: run PROGRAM [ARGS] [< FILE]   (help run)");
        String said = screen.text();
        assertFalse(said.contains("$ python3"), "nothing was started:\n" + said);
        assertFalse(said.contains("HttpURLConnection"), "no paragraph about how programs are redirected:\n" + said);
    }

    @Test
    void whenTheServerClosesThePromptIsTheCommandPromptAgain() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            screen.await("Type help");
            CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
                try {
                    return server.accept();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            String wire = "[127.0.0.1:" + server.getLocalPort() + "] ";
            typeAndSee("open 127.0.0.1 " + server.getLocalPort(), wire);
            int closed;
            try (Socket socket = accepted.get(10, TimeUnit.SECONDS)) {
                int mark = screen.text().length();
                socket.close();
                closed = screen.awaitAfter(mark, "Connection closed.");
            }
            int prompt = screen.awaitAfter(closed, Shell.PROMPT_TEXT);
            assertFalse(screen.text().substring(prompt).contains(wire), "the wire's prompt is gone");
            typeAndSee("status", "Not connected.");
        }
    }

    /**
     * The race behind the last test: the shell chose the wire's prompt, then the server closed before the reader
     * started the line. The prompt drawn is the one true when the line starts.
     */
    @Test
    void aPromptThatChangedBeforeTheLineStartedIsDrawnAsItIsNow() throws Exception {
        stop();
        PipedOutputStream typed = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(typed, 1024);
        SyncedOutput out = new SyncedOutput();
        Terminal terminal = TerminalBuilder.builder().system(false).streams(in, out).dumb(true).type("dumb")
                .size(new org.jline.terminal.Size(80, 24)).build();
        LineReaderImpl reader = new LineReaderImpl(terminal);
        JLineSource source = new JLineSource(reader, false, new PagerLine(new PlainScreen80(), terminal));
        AtomicInteger asked = new AtomicInteger();
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return source.readLine(() -> new AttributedString(asked.getAndIncrement() == 0
                        ? "[data.pr4e.org:80 mirror] " : Shell.PROMPT_TEXT), "");
            } catch (LineSource.Interrupted e) {
                throw new AssertionError(e);
            }
        });
        out.await(Shell.PROMPT_TEXT);
        typed.write("status\r".getBytes(StandardCharsets.UTF_8));
        typed.flush();
        assertEquals("status", line.get(10, TimeUnit.SECONDS));
        assertTrue(asked.get() >= 2, "asked again as the line started");
        assertFalse(out.text().contains("mirror]"), "the closed connection's prompt was never drawn:\n" + out.text());
    }

    /** A screen for a source's pager line that nothing is shown on in these tests. */
    private static final class PlainScreen80 implements org.wiretutor.shell.screen.Screen {
        @Override
        public void show(java.util.List<AttributedString> lines) {
            throw new AssertionError("nothing is shown here: " + lines);
        }

        @Override
        public int width() {
            return 80;
        }
    }
}
