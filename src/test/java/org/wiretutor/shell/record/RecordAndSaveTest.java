package org.wiretutor.shell.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.shell.InteractiveShellTest;
import org.wiretutor.shell.ScriptedShellTest;
import org.wiretutor.shell.ShellOptions;
import org.wiretutor.shell.Shells;
import org.wiretutor.shell.command.RecordCommand;
import org.wiretutor.shell.command.SaveCommand;
import org.wiretutor.shell.screen.PlainScreen;
import org.wiretutor.shell.screen.Screen;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.shell.screen.TerminalScreen;
import org.wiretutor.wire.WaitPolicy;

/** record and save: asciicast recordings a player accepts, and Markdown handouts of the last exchange. */
class RecordAndSaveTest {
    static final Instant START = Instant.parse("2024-03-01T09:00:00Z");
    static final String ROMEO = "open data.pr4e.org 80\nGET http://data.pr4e.org/romeo.txt HTTP/1.0\n\n";

    @TempDir
    Path home;

    /** A clock that moves a quarter second every time it is read, so recorded times must be seen to grow. */
    static Clock steppingClock() {
        AtomicLong reads = new AtomicLong();
        return new Clock() {
            @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return START.plusMillis(250 * reads.getAndIncrement()); }
        };
    }

    String run(String script) {
        ShellOptions o = ShellOptions.defaults(home, "test").withColour(false).withOffline(true)
                .withDialer(ScriptedShellTest.NO_NETWORK)
                .withWaits(new WaitPolicy(Duration.ofMillis(400), Duration.ofSeconds(2), Duration.ofMillis(300)))
                .withMirror(org.wiretutor.mirror.MirrorConfig.loopback().withRequestTimeout(Duration.ofSeconds(2))
                        .withKeepAliveTimeout(Duration.ofSeconds(2)));
        ShellOptions options = o.withClock(steppingClock());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Shells.script(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), options);
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The header and the output events of an asciicast file, checked against the v2 format on the way. */
    record Cast(Map<?, ?> header, List<Double> times, String output) {
        static Cast read(Path file) throws Exception {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Map<?, ?> header = assertInstanceOf(Map.class, MiniJson.parse(lines.get(0)));
            assertEquals(2.0, header.get("version"));
            for (String key : List.of("width", "height", "timestamp")) {
                assertInstanceOf(Double.class, header.get(key), key);
            }
            assertInstanceOf(String.class, assertInstanceOf(Map.class, header.get("env")).get("TERM"));
            assertEquals("wiretutor", header.get("title"));
            List<Double> times = new ArrayList<>();
            StringBuilder output = new StringBuilder();
            for (String line : lines.subList(1, lines.size())) {
                List<?> event = assertInstanceOf(List.class, MiniJson.parse(line), line);
                assertEquals(3, event.size(), line);
                double t = assertInstanceOf(Double.class, event.get(0), line);
                assertTrue(times.isEmpty() || t >= times.get(times.size() - 1), "times never go back: " + line);
                assertEquals("o", event.get(1), line);
                times.add(t);
                output.append(assertInstanceOf(String.class, event.get(2), line));
            }
            return new Cast(header, times, output.toString());
        }
    }

    @Test
    void aRecordedSessionIsAnAsciicastThatPlaysBack() throws Exception {
        Path file = home.resolve("romeo.cast");
        String out = run("record " + file + "\n" + ROMEO + "record stop\n");
        ScriptedShellTest.assertShows(out, "Recording to " + file);
        ScriptedShellTest.assertShows(out, "Recording saved in " + file);

        Cast cast = Cast.read(file);
        assertEquals((double) START.getEpochSecond(), cast.header().get("timestamp"));
        assertEquals((double) PlainScreen.WIDTH, cast.header().get("width"));
        assertTrue(cast.times().size() > 5, "one event per output: " + cast.times());
        assertTrue(cast.times().get(cast.times().size() - 1) > 0, "timed by the injected clock");
        assertTrue(cast.output().contains("HTTP/1.1 200 OK"), cast.output());
        assertTrue(cast.output().contains("But soft what light through yonder window breaks"), cast.output());
        assertTrue(cast.output().contains("GET http://data.pr4e.org/romeo.txt HTTP/1.0\r\n"), "what was typed is echoed");
        assertTrue(cast.output().endsWith("record stop\r\n"), cast.output());
        assertFalse(cast.output().replace("\r\n", "").contains("\n"), "line feeds come with carriage returns");

        if (hasCommand("asciinema") && hasCommand("script")) {
            // asciinema 2 opens /dev/tty even to cat, so give it a terminal: util-linux script makes one
            String cat = "asciinema cat '" + file.toString().replace("'", "'\\''") + "'";
            Process p = new ProcessBuilder("script", "-qec", cat, "/dev/null").redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            String played = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "asciinema cat finished");
            assertEquals(0, p.exitValue(), played);
            assertTrue(played.contains("200 OK"), played);
            assertTrue(played.contains("But soft what light"), played);
        }
    }

    private static boolean hasCommand(String name) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "command -v " + name).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Test
    void atATerminalThePromptAndTypedLinesAreRecordedAndQuitClosesTheFile() throws Exception {
        java.io.PipedOutputStream keys = new java.io.PipedOutputStream();
        java.io.PipedInputStream in = new java.io.PipedInputStream(keys, 64 * 1024);
        InteractiveShellTest.SyncedOutput screen = new InteractiveShellTest.SyncedOutput();
        Terminal terminal = TerminalBuilder.builder().system(false).streams(in, screen).dumb(true).type("dumb")
                .size(new Size(100, 40)).build();
        ShellOptions options = ShellOptions.defaults(home, "test").withOffline(true).withColour(false);
        var exit = java.util.concurrent.CompletableFuture.supplyAsync(() -> Shells.interactive(terminal, options));
        Path file = home.resolve("typed.cast");
        screen.await("Type help for the commands");
        keys.write(("record " + file + "\rstatus\rquit\r").getBytes(StandardCharsets.UTF_8));
        keys.flush();
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
        screen.await("Recording saved in " + file);
        String recorded = Cast.read(file).output();
        assertTrue(recorded.contains("wiretutor> status\r\nNot connected."), recorded);
        assertTrue(recorded.endsWith("wiretutor> quit\r\nBye.\r\n"), recorded);
    }

    @Test
    void quittingEndsTheRecordingAndMistakesGetPlainAnswers() throws Exception {
        Path file = home.resolve("a.cast");
        Files.writeString(home.resolve("old.cast"), "keep me");
        String out = run("record stop\nrecord\nrecord " + file + "\nrecord " + home.resolve("b.cast") + "\nrecord\n"
                + "record " + home.resolve("old.cast") + "\nrecord x.cast --please\nstatus\n");
        ScriptedShellTest.assertShows(out, "Not recording.");
        ScriptedShellTest.assertShows(out, "record needs a file to record into");
        ScriptedShellTest.assertShows(out, "Already recording to " + file);
        ScriptedShellTest.assertShows(out, "Recording to " + file + ". record stop ends it.");
        ScriptedShellTest.assertShows(out, "Recording saved in " + file);
        assertFalse(Files.exists(home.resolve("b.cast")));
        assertTrue(Cast.read(file).output().contains("status\r\nNot connected."), "recorded up to quitting");

        String again = run("record " + home.resolve("old.cast") + "\nrecord " + home.resolve("no/such/x.cast") + "\n");
        ScriptedShellTest.assertShows(again, "old.cast already exists, so it was left as it is. To replace it, type: "
                + "record " + home.resolve("old.cast") + " --force");
        assertEquals("keep me", Files.readString(home.resolve("old.cast")));
        ScriptedShellTest.assertShows(again, "x.cast could not be written: its folder does not exist.");
        run("record " + home.resolve("old.cast") + " --force\n");
        Cast.read(home.resolve("old.cast"));
    }

    @Test
    void jsonEscapingSurvivesAnyText() throws Exception {
        Path file = home.resolve("odd.cast");
        Recorder recorder = new Recorder(steppingClock(), Recorder.LIMIT_BYTES, text -> { });
        recorder.start(file, new Screen.Geometry(80, 24, "xterm-256color"), false);
        String odd = "\u001b[1mbold\u001b[0m \"quoted\" back\\slash\ttab\u0000nul\u007fdel é 日本 😀 \u2028 bell\u0007";
        recorder.output(odd);
        recorder.output("lone \ud800 surrogate\nline");
        recorder.stop();
        Cast cast = Cast.read(file);
        assertEquals(odd + "lone \ufffd surrogate\r\nline", cast.output());
        assertEquals(List.of(0.25, 0.5), cast.times());
        assertFalse(Files.readString(file).contains("\u001b"), "ESC travels as \\u001b");
    }

    @Test
    void aRecordingStopsAtItsLimitAndSaysSo() throws Exception {
        Path file = home.resolve("big.cast");
        List<String> notices = new ArrayList<>();
        Recorder recorder = new Recorder(steppingClock(), 1000, notices::add);
        recorder.start(file, new Screen.Geometry(80, 24, "dumb"), false);
        for (int i = 0; i < 100; i++) recorder.output("line " + i + " of a long, long download\n");
        assertTrue(recorder.file().isEmpty(), "stopped");
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("reached its limit"), notices.get(0));
        assertTrue(Files.size(file) <= 1000);
        assertTrue(Cast.read(file).output().startsWith("line 0 of"));
    }

    @Test
    void aColourTerminalIsRecordedWithItsStyling() throws Exception {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        try (Terminal terminal = TerminalBuilder.builder().system(false)
                .streams(new ByteArrayInputStream(new byte[0]), seen).type("xterm-256color").size(new Size(132, 40))
                .build()) {
            TerminalScreen terminalScreen = new TerminalScreen(LineReaderBuilder.builder().terminal(terminal).build(), true);
            Recorder recorder = new Recorder(steppingClock(), Recorder.LIMIT_BYTES, text -> { });
            Screen screen = new RecordingScreen(terminalScreen, recorder);
            Path file = home.resolve("colour.cast");
            recorder.start(file, screen.geometry(), false);
            screen.show(new AttributedString("Connected", Styles.OK));
            recorder.stop();
            Cast cast = Cast.read(file);
            assertEquals(132.0, cast.header().get("width"));
            assertEquals(40.0, cast.header().get("height"));
            assertEquals("xterm-256color", ((Map<?, ?>) cast.header().get("env")).get("TERM"));
            assertTrue(cast.output().contains("\u001b[") && cast.output().contains("Connected\u001b["), cast.output());
        }
    }

    @Test
    void saveWritesTheLastExchangeAsAHandout() throws Exception {
        Path md = home.resolve("romeo.md");
        String none = run("save " + md + "\n");
        ScriptedShellTest.assertShows(none, "Nothing to save yet");
        assertFalse(Files.exists(md));

        String out = run(ROMEO + "show raw\nsave " + md + "\nsave " + md + "\nsave " + home.resolve("no/such.md") + "\n");
        ScriptedShellTest.assertShows(out, "Saved the last exchange as a handout in " + md);
        ScriptedShellTest.assertShows(out, "romeo.md already exists, so it was left as it is. To replace it, type: save "
                + md + " --force");
        ScriptedShellTest.assertShows(out, "such.md could not be written: its folder does not exist.");
        String handout = Files.readString(md);
        assertTrue(handout.startsWith("# An HTTP exchange with data.pr4e.org port 80\n"), handout);
        assertTrue(handout.contains("```text\nGET http://data.pr4e.org/romeo.txt HTTP/1.0\\r\\n\n\\r\\n\n```"), handout);
        // every header line the reply had, as `show raw` drew it, has its own part in the handout
        List<String> headers = out.lines().filter(l -> l.startsWith("← ") && l.contains(": ") && l.endsWith("\\r\\n"))
                .map(l -> l.substring(2)).distinct().toList();
        assertTrue(headers.size() >= 3, out);
        for (String header : headers) assertTrue(handout.contains("\n### `" + header + "`\n"), header + " in\n" + handout);
        assertTrue(handout.contains("### `HTTP/1.1 200 OK\\r\\n`"), handout);
        assertTrue(handout.contains("167 of 167 bytes"), handout);
        assertTrue(handout.contains("But soft what light through yonder window breaks\\n"), handout);
        assertTrue(handout.contains("built-in mirror of data.pr4e.org"), handout);
        assertTrue(handout.contains("2024-03-01"), "when, from the injected clock: " + handout);
        assertFalse(handout.contains("\u001b"), "no terminal escapes");

        Files.writeString(md, "mine");
        run(ROMEO + "save " + md + "\n");
        assertEquals("mine", Files.readString(md), "not replaced without --force");
        String forced = run(ROMEO + "~save " + md + " --force\n");
        ScriptedShellTest.assertShows(forced, "Saved the last exchange");
        assertTrue(Files.readString(md).contains("167 of 167 bytes"));
    }

    @Test
    void helpAndCompletionKnowBothCommands() {
        String out = run("help\nhelp record\nhelp save\n");
        ScriptedShellTest.assertShows(out, "record FILE.cast [--force] | record stop");
        ScriptedShellTest.assertShows(out, "save FILE.md [--force]");
        ScriptedShellTest.assertShows(out, "asciinema play session.cast");
        // completion needs none of the parts the commands run with
        assertEquals(List.of("stop", "session.cast"), new RecordCommand(null, null).candidates(0));
        assertEquals(List.of("--force"), new SaveCommand(null, null, null).candidates(1));
    }
}
