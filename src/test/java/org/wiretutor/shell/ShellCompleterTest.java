package org.wiretutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.course.CourseLoader;
import org.wiretutor.shell.command.Commands;
import org.wiretutor.shell.record.Recorder;
import org.wiretutor.shell.screen.PlainScreen;
import org.wiretutor.wire.MirrorHost;

class ShellCompleterTest {
    @TempDir
    Path home;

    @TempDir
    Path folder;

    private List<String> complete(String line, boolean wire) {
        return complete(completer(home, new ShellOptions.Running(folder, java.time.Duration.ofSeconds(5)), wire,
                "help", "open", "show", "lesson", "run", "source"), line);
    }

    /** A completer for some of a real shell's commands, in the order named. */
    static ShellCompleter completer(Path home, ShellOptions.Running running, boolean wire, String... names) {
        MirrorHost mirror = new MirrorHost(org.wiretutor.mirror.MirrorConfig.loopback());
        ShellOptions options = ShellOptions.defaults(home, "test").withOffline(true).withRunning(running);
        ShellParts parts = Shells.parts(new PlainScreen(System.out), options, mirror, true, CourseLoader::bundled,
                new Recorder(Clock.systemUTC(), Recorder.LIMIT_BYTES, text -> { }));
        Commands chosen = new Commands(Stream.of(names).map(n -> parts.commands().find(n).orElseThrow()).toList());
        return new ShellCompleter(chosen, () -> wire);
    }

    static List<String> complete(ShellCompleter completer, String line) {
        List<Candidate> out = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse(line, line.length()), out);
        return out.stream().map(Candidate::value).toList();
    }

    @Test
    void commandNamesAndTheirArgumentsComplete() {
        assertEquals(List.of("help", "open", "show", "lesson", "run", "source"), complete("", false));
        assertEquals(List.of("body", "raw", "hex", "reads", "run"), complete("show ", false));
        assertTrue(complete("open ", false).contains("data.pr4e.org"));
        assertTrue(complete("open data.pr4e.org ", false).contains("80"));
        assertTrue(complete("lesson ", false).containsAll(List.of("1", "11")));
        assertTrue(complete("help ", false).contains("open"));
    }

    @Test
    void whileConnectedOnlyTildeLinesComplete() {
        assertEquals(List.of(), complete("GET", true));
        assertEquals(List.of(), complete("GET /romeo.txt ", true));
        assertTrue(complete("~", true).contains("~show"));
        assertEquals(List.of("body", "raw", "hex", "reads", "run"), complete("~show ", true));
    }

    @Test
    void runCompletesCourseProgramsAndTheFilesInTheFolder() throws Exception {
        java.nio.file.Files.writeString(folder.resolve("my.py"), "print(1)\n");
        java.nio.file.Files.writeString(folder.resolve(".hidden"), "");
        java.nio.file.Files.createDirectories(folder.resolve("sub"));
        java.nio.file.Files.writeString(folder.resolve("sub").resolve("Fetch.java"), "");
        List<String> run = complete("run ", false);
        assertTrue(run.containsAll(List.of("socket1.py", "socket2.py", "Socket1.java", "my.py")), run.toString());
        assertTrue(!run.contains(".hidden"), run.toString());
        assertTrue(complete("run ./", false).containsAll(List.of("./my.py", "./sub/")), complete("run ./", false).toString());
        assertEquals(List.of("sub/Fetch.java"), complete("run sub/", false));
        assertEquals(List.of(), complete("run my.py ", false));
        List<String> source = complete("source ", false);
        assertTrue(source.contains("socket1.py") && !source.contains("my.py"), source.toString());
    }
}
