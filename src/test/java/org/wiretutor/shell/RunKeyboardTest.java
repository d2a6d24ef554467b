package org.wiretutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.wiretutor.shell.ScriptedShellTest.assertShows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.wire.WaitPolicy;

/**
 * {@code run} and the keyboard: a program's {@code input()} gets what the learner types while it runs (the real
 * JLine reader on piped streams), or a file with {@code < FILE}; the words after {@code run} are split by the
 * shell's quoting rules; a program without input is told so, not blamed on sockets.
 */
class RunKeyboardTest {
    /** A py4e-style program: asks for a URL, then fetches it (urllib goes through the mirror). */
    static final String ASK = """
            import urllib.request
            url = input('Enter URL: ')
            for line in urllib.request.urlopen(url):
                print(line.decode().strip())
            """;

    @TempDir
    Path home;
    @TempDir
    Path folder;

    private PipedOutputStream keys;
    private final InteractiveShellTest.SyncedOutput screen = new InteractiveShellTest.SyncedOutput();
    private CompletableFuture<Integer> exit;

    private ShellOptions options() {
        return ShellOptions.defaults(home, "test").withColour(false).withOffline(true)
                .withDialer(ScriptedShellTest.NO_NETWORK)
                .withWaits(new WaitPolicy(Duration.ofMillis(400), Duration.ofSeconds(2), Duration.ofMillis(300)))
                .withMirror(MirrorConfig.loopback().withRequestTimeout(Duration.ofSeconds(20)))
                .withRunning(new ShellOptions.Running(folder, Duration.ofSeconds(30)));
    }

    private void interactive() throws IOException {
        keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 64 * 1024);
        Terminal terminal = TerminalBuilder.builder().system(false).streams(in, screen).dumb(true).type("dumb")
                .size(new org.jline.terminal.Size(100, 40)).build();
        ShellOptions options = options();
        exit = CompletableFuture.supplyAsync(() -> Shells.interactive(terminal, options));
    }

    private void type(String line) throws IOException {
        keys.write((line + "\r").getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    @AfterEach
    void quit() throws Exception {
        if (exit != null && !exit.isDone()) {
            type("quit");
            exit.get(10, TimeUnit.SECONDS);
        }
    }

    private String script(String script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Shells.script(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), options());
        assertEquals(0, code);
        String text = out.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("Exception") || text.contains("\tat "), "no stack trace:\n" + text);
        return text;
    }

    private static void needPython() throws Exception {
        Assumptions.assumeTrue(ScriptedShellTest.onPath("python3"), "python3 is not installed");
    }

    @Test
    void theUrlTypedAtTheProgramsPromptReachesItAndItFetchesFromTheMirror() throws Exception {
        needPython();
        Files.writeString(folder.resolve("ask.py"), ASK);
        interactive();
        screen.await("Type help for the commands");
        type("run ./ask.py");
        int asked = screen.awaitAfter(0, "Enter URL: ");
        // said when the program first waits at its prompt, not before every run
        screen.await("(what you type now goes to the program, a line at a time");
        type("http://data.pr4e.org/romeo.txt");
        // what the program printed: its prompt, then (the typed line being the terminal's, not its) the reply
        int printed = screen.awaitAfter(asked, "│ Enter URL: But soft what light through yonder window breaks");
        screen.awaitAfter(printed, "It finished without an error");
        screen.awaitAfter(asked, "  → GET http://data.pr4e.org/romeo.txt HTTP/1.1 · 200 · 167 bytes of body");
        int after = screen.awaitAfter(printed, "wiretutor> ");
        // the keyboard is the shell's again: a command typed now runs
        type("status");
        screen.awaitAfter(after, "Not connected");
        assertFalse(screen.text().contains("EOFError"), screen.text());
    }

    @Test
    void ctrlDAtTheProgramsPromptEndsItsInputAndSaysSoWithoutBlamingSockets() throws Exception {
        needPython();
        Files.writeString(folder.resolve("ask.py"), ASK);
        interactive();
        screen.await("Type help for the commands");
        type("run ./ask.py");
        int asked = screen.awaitAfter(0, "Enter URL: ");
        // said when the program first waits at its prompt, not before every run
        screen.await("(what you type now goes to the program, a line at a time");
        keys.write(4);
        keys.flush();
        int said = screen.awaitAfter(asked, "it wanted a line of input and its input had ended");
        screen.awaitAfter(said, "wiretutor> ");
        assertFalse(screen.text().contains("plain socket"), screen.text());
    }

    @Test
    void inAScriptAProgramThatAsksIsToldItHadNoInputNotBlamedOnSockets() throws Exception {
        needPython();
        Files.writeString(folder.resolve("ask.py"), ASK);
        String out = script("run ./ask.py\n");
        assertShows(out, "EOFError");
        assertShows(out, "The program stopped because it wanted a line of input and its input had ended");
        assertShows(out, "run PROGRAM < FILE");
        assertFalse(out.contains("plain socket"), out);
    }

    @Test
    void aFileGivenWithLessThanIsTheProgramsInput() throws Exception {
        needPython();
        Files.writeString(folder.resolve("ask.py"), ASK);
        Files.writeString(folder.resolve("url.txt"), "http://data.pr4e.org/romeo.txt\n");
        String out = script("run ./ask.py < url.txt\n");
        assertShows(out, "$ python3 ./ask.py < url.txt");
        assertShows(out, "│ Enter URL: But soft what light through yonder window breaks");
        assertShows(out, "  → GET http://data.pr4e.org/romeo.txt HTTP/1.1 · 200 · 167 bytes of body");
        assertShows(out, "It finished without an error");
    }

    @Test
    void aMissingInputFileIsSaidAndNothingRuns() {
        String out = script("run sh -c 'echo ran' < nothere.txt\n");
        assertShows(out, "There is no file called nothere.txt in " + folder);
        assertFalse(out.contains("│ ran"), out);
    }

    @Test
    void quotesKeepSpacesInsideOneArgumentAsAShellDoes() {
        String out = script("run sh -c 'echo a b'\n"
                + "run sh -c 'printf \"[%s]\" \"$@\"' name 'one two' \"three  four\" five\\ six\n");
        assertShows(out, "│ a b");
        assertShows(out, "│ [one two][three  four][five six]");
        assertFalse(out.contains("printed nothing"), out);
    }

    @Test
    void aProgramThatSendsARequestLineAndNoBlankLineIsToldBothSidesWaitWithinFiveSeconds() throws Exception {
        needPython();
        Files.writeString(folder.resolve("half.py"), """
                import socket, sys, time
                s = socket.create_connection(('data.pr4e.org', 80))
                s.sendall(b'GET /romeo.txt HTTP/1.0\\r\\n')
                print('sent', flush=True)
                time.sleep(8)
                """);
        interactive();
        screen.await("Type help for the commands");
        type("run ./half.py");
        // from the program's start: it sends its request line at once (the program's own "sent" may be shown only
        // in the report afterwards, so it cannot mark the moment)
        int started = screen.awaitAfter(0, "$ python3 ./half.py");
        long seen = System.nanoTime();
        int told = screen.awaitAfter(started, "both sides wait on each other");
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - seen);
        org.junit.jupiter.api.Assertions.assertTrue(took < 5_500, "told after " + took + " ms");
        screen.awaitAfter(told, "So far the mirror has: GET /romeo.txt HTTP/1.0\\r\\n");
        // once, not again and again while the program sleeps on
        screen.awaitAfter(told, "wiretutor> ");
        String text = screen.text();
        assertEquals(text.indexOf("both sides wait on each other"), text.lastIndexOf("both sides wait on each other"),
                text);
    }

    @Test
    void anUnclosedQuoteIsSaidNotRun() {
        String out = script("run sh -c 'echo a b\n");
        assertShows(out, "A quote is not closed");
        assertFalse(out.contains("$ sh"), out);
    }
}
