package org.wiretutor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.classroom.LiveOptions;
import org.wiretutor.classroom.LiveView;
import org.wiretutor.cli.WiretutorCommand;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.MirrorServer;
import org.wiretutor.shell.ShellOptions;
import org.wiretutor.shell.Shells;
import org.wiretutor.wire.Dialer;
import org.wiretutor.wire.WaitPolicy;

/**
 * The hostile payloads driven through every renderer: the annotated reply, {@code show} in all its forms,
 * {@code --plain}, presenter mode, {@code replay}, handouts, recordings, the live view, the grader's text, JSON and
 * JUnit, lesson text and {@code lint}. None may let a raw control sequence through, and each still shows which bytes
 * arrived.
 */
class HostileRenderersTest {
    @TempDir
    Path dir;

    private ShellOptions options() {
        Dialer loopbackOnly = (host, port, timeout) -> {
            if (host.equals("127.0.0.1")) return Dialer.SYSTEM.dial(host, port, timeout);
            throw new java.net.UnknownHostException(host);
        };
        return ShellOptions.defaults(dir.resolve("home"), "test").withColour(false).withOffline(true)
                .withDialer(loopbackOnly)
                .withWaits(new WaitPolicy(Duration.ofMillis(400), Duration.ofSeconds(3), Duration.ofMillis(300)));
    }

    private String script(ShellOptions options, String script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Shells.script(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), options);
        assertEquals(0, code);
        return Hostile.assertClean("shell output", out.toByteArray(), false, false);
    }

    @Test
    void aChunkedReplyWithPayloadsEverywhereIsShownSavedAndRecordedEscaped() throws Exception {
        try (Hostile.Server server = new Hostile.Server(Hostile.chunkedReply(), 1)) {
            Path cast = dir.resolve("hostile.cast");
            Path handout = dir.resolve("hostile.md");
            String out = script(options(), "record " + cast + "\nopen 127.0.0.1 " + server.port()
                    + "\nGET / HTTP/1.0\n\nshow\nshow raw\nshow hex\nshow reads\nsave " + handout + "\nrecord stop\n");
            Hostile.assertShowsTheBytes("the annotated reply", out);
            assertTrue(out.contains("Status line: 200 OK \\x1B]0;pwned\\x07"), out);
            assertTrue(out.contains("X-\\x1B[2J\\x9B"), "the header name, escaped:\n" + out);
            assertTrue(out.contains("innocent\\rEVIL"), "a lone CR is shown, never obeyed");
            assertTrue(out.contains("\\u202E\\u2066"), "bidi controls as \\u escapes");
            assertTrue(out.contains("\\xFF\\xFE\\xC0\\xAF"), "invalid UTF-8 as \\xNN, not mojibake");
            String md = Hostile.assertClean("the handout", Files.readAllBytes(handout), false, false);
            Hostile.assertShowsTheBytes("the handout", md);
            String recording = Hostile.assertClean("the recording file", Files.readAllBytes(cast), false, false);
            StringBuilder played = new StringBuilder();
            for (String line : recording.split("\n")) {
                if (line.startsWith("[")) played.append(jsonString(line.substring(line.indexOf(", \"o\", ") + 7)));
            }
            Hostile.assertClean("the recording as played", played.toString(), false, true);
            Hostile.assertShowsTheBytes("the recording", played.toString());
        }
    }

    @Test
    void aRequestLineTypedWithControlCharactersIsEchoedAndExplainedEscaped() throws Exception {
        try (Hostile.Server server = new Hostile.Server(Hostile.chunkedReply(), 1)) {
            String out = script(options(), "open 127.0.0.1 " + server.port()
                    + "\nG\u001b]0;pwned\u0007\u00c9T / HTTP/1.0\n\n");
            assertTrue(out.contains("→ G\\x1B]0;pwned\\x07\\xC3\\x89T / HTTP/1.0\\r\\n"), "the exact bytes:\n" + out);
            assertTrue(out.contains("the method \"G\\x1B]0;pwned\\x07ÉT\""), "the warning, escaped:\n" + out);
        }
    }

    @Test
    void plainPresenterAndReplayKeepThePayloadsEscaped() throws Exception {
        try (Hostile.Server server = new Hostile.Server(Hostile.chunkedReply(), 3)) {
            String plain = script(options().withDisplay(new ShellOptions.Display(true, false, 1)),
                    "open 127.0.0.1 " + server.port() + "\nGET / HTTP/1.0\n\n");
            assertTrue(plain.contains("<byte 1B>]0;pwned<byte 07>"), "--plain names the bytes:\n" + plain);
            String presented = script(options().withDisplay(new ShellOptions.Display(false, true, 1)),
                    "open 127.0.0.1 " + server.port() + "\nGET / HTTP/1.0\n\n" + "\n".repeat(12));
            Hostile.assertShowsTheBytes("presenter mode", presented);
            String replayed = script(options(), "open 127.0.0.1 " + server.port() + "\nGET / HTTP/1.0\n\nreplay 1\n");
            assertTrue(replayed.indexOf(Hostile.TITLE_SHOWN) != replayed.lastIndexOf(Hostile.TITLE_SHOWN),
                    "replay shows the reply a second time:\n" + replayed);
        }
    }

    @Test
    void aOneMegabyteLineIsBoundedAndEscaped() throws Exception {
        try (Hostile.Server server = new Hostile.Server(Hostile.hugeLineReply(), 1)) {
            String out = script(options(), "open 127.0.0.1 " + server.port() + "\nGET / HTTP/1.0\n\n");
            assertTrue(out.length() < 200_000, "the preview is bounded: " + out.length() + " characters");
            assertTrue(out.contains("received  1003435 of 1003435 bytes"), out.substring(0, 3000));
        }
    }

    @Test
    void aStudentsHostileRequestChangesNothingOnTheProjectorButAnEscapedLine() throws Exception {
        for (boolean anonymous : List.of(false, true)) {
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch answered = new CountDownLatch(1);
            LiveView view = new LiveView(Clock.systemUTC(), line -> {
                lines.add(line);
                if (line.contains("answered 400")) answered.countDown();
            }, new LiveOptions(anonymous, true));
            try (MirrorServer mirror = MirrorServer.start(MirrorConfig.loopback().withObserver(view).withLog(view)
                    .withRequestTimeout(Duration.ofSeconds(3)))) {
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), mirror.port())) {
                    byte[] all = Hostile.all();
                    s.getOutputStream().write(Hostile.latin1("G\u001b]0;pwned\u0007T "));
                    s.getOutputStream().write(all);
                    s.getOutputStream().write(Hostile.latin1(" HTTP/1.0\r\nX-" ));
                    s.getOutputStream().write(all);
                    s.getOutputStream().write(Hostile.latin1(": v\r\n\r\n"));
                    s.getInputStream().readAllBytes();
                }
                assertTrue(answered.await(10, TimeUnit.SECONDS), "the request was answered: " + lines);
            }
            String shown = String.join("\n", lines);
            Hostile.assertClean("the live view" + (anonymous ? " (anonymous)" : ""), shown, true, false);
            assertTrue(shown.contains("method G\\x1B]0;pwned\\x07T"), "the explanation, escaped:\n" + shown);
            assertTrue(shown.contains("unknown method G\\x1B]0;pwned\\x07T"), shown);
        }
    }

    @Test
    void aGradedProgramThatPrintsAndRaisesControlSequencesIsGradedEscaped() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath("python3"), "python3 is not installed");
        Path program = dir.resolve("evil.py");
        Files.writeString(program, "import sys\n"
                + "sys.stdout.write('Enter URL: \\x1b]0;pwned\\x07 \\x1b[2J \\u202e \\x9b innocent\\rEVIL\\n')\n"
                + "raise RuntimeError('\\x1b]52;c;cm0gLXJmIH4=\\x07 \\x1b]0;pwned\\x07')\n");
        Path junit = dir.resolve("junit.xml");
        String text = cli("check", "1", "--learner", "eve", "--junit", junit.toString(), "--", "python3", program.toString());
        Hostile.assertClean("check's text", text, false, false);
        assertTrue(text.contains("\\x1B]0;pwned\\x07"), "the traceback is quoted escaped:\n" + text);
        String xml = Hostile.assertClean("the JUnit file", Files.readAllBytes(junit), false, false);
        assertFalse(xml.contains("&#27;") || xml.contains("&#x1b;"), xml);
        String json = cli("check", "1", "--learner", "eve", "--json", "--", "python3", program.toString());
        Hostile.assertClean("check --json", json, false, false);
        String unescaped = json.replace("\\\\", "");
        assertFalse(unescaped.toLowerCase().contains("\\u001b") || unescaped.toLowerCase().contains("\\u009b"),
                "no escape sequence a JSON reader would turn back into ESC:\n" + json);
        assertTrue(json.contains("\\\\x1B]0;pwned\\\\x07"), json);
    }

    @Test
    void hostileLessonTextAndFileNamesAreShownEscaped() throws Exception {
        Path course = Files.createDirectories(dir.resolve("course"));
        Files.writeString(course.resolve("01-evil.md"), "---\nformat_version: 1\ntitle: Evil \u001b]0;pwned\u0007\n---\n\n"
                + "Some text \u001b[2J with \u202e bidi and innocent\rEVIL.\n\n"
                + "## Step: One \u009b\n\nRead this \u001b]52;c;cm0gLXJmIH4=\u0007. Type `next`.\n\n"
                + "## Step: Two\n\nRead \u001b]0;pwned\u0007 too.\n");
        Files.writeString(course.resolve("notes-\u001b[2J.md"), "not a lesson\n");
        String out = script(options().withCourseDir(course), "lessons\nlesson 1\nnext\nhint\n");
        Hostile.assertShowsTheBytes("lesson text", out);
        String lint = cli("lint", course.toString());
        Hostile.assertClean("lint", lint, false, false);
        assertTrue(lint.contains("notes-\\x1B[2J.md:1: not named NN-name.md"), lint);
        assertTrue(lint.contains("01-evil.md:3: holds the control character \\x1B"), lint);
    }

    /** Runs a command line in this process and returns what it printed on stdout and stderr. */
    private String cli(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
        try {
            System.setOut(both);
            System.setErr(both);
            WiretutorCommand.execute(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return Hostile.assertClean(String.join(" ", args), captured.toByteArray(), false, false);
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) return true;
        }
        return false;
    }

    /** The JSON string starting at {@code s}, decoded (enough of JSON for asciicast output events). */
    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') break;
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
