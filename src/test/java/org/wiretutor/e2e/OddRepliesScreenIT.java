package org.wiretutor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wiretutor.hostile.Hostile;

/**
 * Replies that are not textbook, and steps with two questions, as a learner meets them in a real terminal (80x24,
 * and 60 columns for the replies): what the visible screen says must agree with what happened on the wire, with exactly one verdict per
 * answer. Assertions read the visible screen, with the rows the shell wrapped joined back into sentences.
 */
class OddRepliesScreenIT {
    private static final AtomicInteger RUNS = new AtomicInteger();

    @TempDir
    Path dir;
    private final String server = "wiretutor-odd-" + ProcessHandle.current().pid() + "-" + RUNS.incrementAndGet();
    private String session = "odd";
    private Tmux tmux = new Tmux(server, session);

    @BeforeEach
    void needTmux() {
        Assumptions.assumeTrue(Jar.onPath("tmux"), "tmux is not installed");
    }

    @AfterEach
    void kill() throws Exception {
        if (Jar.onPath("tmux")) tmux.killServer();
    }

    private String command() {
        return "WIRETUTOR_HOME=" + dir.resolve("home") + " " + String.join(" ", Jar.command("--offline"));
    }

    private void start() throws Exception {
        start(80);
    }

    private void start(int columns) throws Exception {
        tmux.start(columns, 24, command());
        awaitVisible("wiretutor>");
    }

    private String visibleProse() throws Exception {
        return Tmux.prose(tmux.screen());
    }

    private String awaitVisible(String expected) throws Exception {
        return tmux.awaitVisible(expected, 20);
    }

    private void type(String line) throws Exception {
        if (!line.isEmpty()) tmux.keys("-l", line);
        tmux.keys("Enter");
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
        return n;
    }

    private static String lastRow(String screen) {
        List<String> rows = Arrays.stream(screen.split("\n")).filter(r -> !r.isBlank()).toList();
        return rows.get(rows.size() - 1).stripTrailing();
    }

    /** Asks a one-reply server for / and returns the visible screen once the connection has closed. */
    private String replyFrom(byte[] reply) throws Exception {
        try (Hostile.Server server = new Hostile.Server(reply, 1)) {
            type("open 127.0.0.1 " + server.port());
            awaitVisible("Connected to 127.0.0.1");
            type("GET / HTTP/1.0");
            awaitVisible("sent 16 bytes");
            type("");
            assertTrue(server.awaitServed(20), "the server was asked");
            String screen = awaitVisible("Connection closed.");
            assertEquals("wiretutor>", lastRow(screen), "a clean prompt:\n" + screen);
            return screen;
        }
    }

    private static byte[] bytes(String head, byte[] body) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        b.writeBytes(body);
        return b.toByteArray();
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {80, 60})
    void aRequestLineTheServerRejectsAtOnceIsNotCalledAWaitForTheBlankLine(int columns) throws Exception {
        start(columns);
        type("open data.pr4e.org 80");
        awaitVisible("[data.pr4e.org:80 mirror]");
        type("GET  /romeo.txt HTTP/1.0");
        String screen = awaitVisible("Connection closed.");
        String prose = visibleProse();
        assertTrue(screen.contains("← HTTP/1.1 400 Bad Request\\r\\n"), screen);
        assertTrue(prose.contains("right after your line"), "the close names the early answer:\n" + screen);
        assertFalse(prose.contains("gave up waiting"), "no wait for a blank line was involved:\n" + screen);
        assertEquals("wiretutor>", lastRow(screen), screen);
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {80, 60})
    void bytesAfterTheDeclaredBodyAreNotPartOfTheReply(int columns) throws Exception {
        start(columns);
        String screen = replyFrom(bytes("HTTP/1.1 200 OK\r\nContent-Length: 10\r\nConnection: close\r\n\r\n",
                "0123456789EXTRA BYTES\n".getBytes(StandardCharsets.US_ASCII)));
        String prose = visibleProse();
        assertTrue(screen.contains("← HTTP/1.1 200 OK\\r\\n"), screen);
        assertTrue(prose.contains("12 bytes after the body are not part of this reply"), screen);
        assertFalse(prose.contains("HTTP/0.9"), "not a second reply:\n" + screen);
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {80, 60})
    void aUtf8BodyIsShownAsCharactersWithBytesAgainstCharacters(int columns) throws Exception {
        start(columns);
        String screen = replyFrom(bytes("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: 7\r\nConnection: close\r\n\r\n", "héllo\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(screen.contains("│ héllo\\n"), screen);
        assertFalse(screen.contains("h\\xC3\\xA9llo"), screen);
        assertTrue(visibleProse().contains("7 bytes, 6 characters"), screen);
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {80, 60})
    void anOverLongHeaderIsNamed(int columns) throws Exception {
        start(columns);
        String screen = replyFrom(bytes("HTTP/1.1 200 OK\r\nX-Huge: " + "x".repeat(200_000)
                + "\r\nContent-Length: 3\r\nConnection: close\r\n\r\n", "hi\n".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(visibleProse().contains("The header X-Huge is 200,008 bytes long"), screen);
        assertTrue(screen.contains("← HTTP/1.1 200 OK\\r\\n"), "the status line stays on the screen:\n" + screen);
    }

    @Test
    void ctrlCDuringAWaitSaysWhenTheWaitStopped() throws Exception {
        start();
        type("open data.pr4e.org 80");
        awaitVisible("[data.pr4e.org:80 mirror]");
        type("~wait 30");
        awaitVisible("Ctrl-C stops waiting");
        tmux.keys("C-c");
        String screen = awaitVisible("You stopped waiting after");
        assertTrue(visibleProse().contains("(of 30 s)"), screen);
        assertFalse(visibleProse().contains("for 30 s"), "the full wait is never claimed:\n" + screen);
    }

    /** Lesson 2's step with two questions, reached the way a learner skips ahead: next, next, next. */
    private void toLessonTwoSizeAndType() throws Exception {
        type("lesson 2");
        tmux.awaitFirstStep("step 1 of", 20);
        for (int step = 2; step <= 5; step++) {
            type("next");
            awaitVisible("step " + step + " of");
        }
        awaitVisible("Size and type");
    }

    @Test
    void aTwoQuestionStepTakesItsAnswersInAnyOrderOneVerdictEach() throws Exception {
        start();
        toLessonTwoSizeAndType();
        type("answer text/plain");
        String first = awaitVisible("(1 of 2)");
        assertEquals(0, count(first, "✗"), "one verdict, and it is right:\n" + first);
        type("answer 467");
        String second = awaitVisible("✓ Step 5 done");
        assertEquals(0, count(second, "✗"), second);
        assertFalse(second.contains("is not it"), second);
    }

    @Test
    void anAnswerGivenBeforeQuitIsStillCountedAfterResuming() throws Exception {
        start();
        toLessonTwoSizeAndType();
        type("answer 467");
        awaitVisible("(1 of 2)");
        type("quit");
        awaitVisible("Bye.");
        // a new wiretutor on the same home, in a session of its own: as a learner who comes back later
        session = "odd-again";
        tmux = new Tmux(server, session);
        start();
        type("lesson 2");
        awaitVisible("Size and type");
        type("answer text/plain");
        String screen = awaitVisible("✓ Step 5 done");
        assertEquals(0, count(screen, "✗"), screen);
    }
}
