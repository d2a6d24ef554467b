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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.wire.WaitPolicy;

/**
 * {@code run} on the learner's own programs in their folder, offline against the real mirror: what they print and
 * exactly what reached the mirror, or, when nothing did, where the program went instead.
 */
public class OwnProgramRunTest {
    /** The book's socket1.py as a learner types it from the page: host and port written into it. */
    public static final String BOOK_SOCKET1 = """
            import socket

            mysock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            mysock.connect(('data.pr4e.org', 80))
            cmd = 'GET http://data.pr4e.org/romeo.txt HTTP/1.0\\r\\n\\r\\n'.encode()
            mysock.send(cmd)

            while True:
                data = mysock.recv(512)
                if len(data) < 1:
                    break
                print(data.decode(),end='')

            mysock.close()
            """;

    @TempDir
    Path home;
    @TempDir
    Path folder;

    private String run(String script, Duration limit) {
        ShellOptions options = ShellOptions.defaults(home, "test").withColour(false).withOffline(true)
                .withDialer(ScriptedShellTest.NO_NETWORK)
                .withWaits(new WaitPolicy(Duration.ofMillis(400), Duration.ofSeconds(2), Duration.ofMillis(300)))
                .withMirror(MirrorConfig.loopback().withRequestTimeout(Duration.ofSeconds(5)))
                .withRunning(new ShellOptions.Running(folder, limit));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Shells.script(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), options);
        assertEquals(0, code);
        String text = out.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("Exception") || text.contains("\tat "), "no stack trace:\n" + text);
        assertFalse(text.contains("Something went wrong inside wiretutor"), text);
        return text;
    }

    private String run(String script) {
        return run(script, Duration.ofSeconds(60));
    }

    private static void needPython() throws Exception {
        Assumptions.assumeTrue(ScriptedShellTest.onPath("python3"), "python3 is not installed");
    }

    @Test
    void theBooksSocket1UnchangedReachesTheMirror() throws Exception {
        needPython();
        Files.writeString(folder.resolve("socket1.py"), BOOK_SOCKET1);
        String out = run("run ./socket1.py\nshow run\n");
        assertShows(out, "$ python3 ./socket1.py");
        assertShows(out, "│ HTTP/1.1 200 OK");
        assertShows(out, "│ But soft what light through yonder window breaks");
        assertShows(out, "It finished without an error");
        assertShows(out, "What the mirror received from it (1 request):");
        assertShows(out, "Request 1 of 1: what the mirror received (47 bytes), answered 200 OK");
        assertShows(out, "→ GET http://data.pr4e.org/romeo.txt HTTP/1.0\\r\\n");
        assertShows(out, "→ \\r\\n");
        assertFalse(out.contains("The mirror received no request"), out);
        assertFalse(out.contains("tried to reach"), out);
    }

    @Test
    void aBareNameThatIsACourseProgramRunsTheCoursesAndSaysHowToRunYours() throws Exception {
        needPython();
        Files.writeString(folder.resolve("socket1.py"), "print('mine')\n");
        String out = run("run socket1.py\n");
        assertShows(out, "│ But soft what light through yonder window breaks");
        assertShows(out, "(That was the course's socket1.py. To run the socket1.py in " + folder
                + " instead, type run ./socket1.py)");
        assertFalse(out.contains("│ mine"), out);
    }

    @Test
    void aUrllibProgramByItsNameShowsWhatUrllibSent() throws Exception {
        needPython();
        Files.writeString(folder.resolve("fetch.py"), """
                import urllib.request
                for line in urllib.request.urlopen('http://data.pr4e.org/romeo.txt'):
                    print(line.decode().strip())
                """);
        String out = run("run fetch.py\nshow run\n");
        assertShows(out, "$ python3 fetch.py");
        assertShows(out, "│ Who is already sick and pale with grief");
        assertShows(out, "→ GET http://data.pr4e.org/romeo.txt HTTP/1.1\\r\\n");
        assertShows(out, "→ User-Agent: Python-urllib/");
        // urllib went through the proxy settings to the mirror itself: that is not a connection around it
        org.junit.jupiter.api.Assertions.assertFalse(out.contains("not through the mirror"), out);
    }

    @Test
    void aCommandWithItsArgumentsRunsInTheFolder() throws Exception {
        needPython();
        Files.writeString(folder.resolve("socket1.py"), BOOK_SOCKET1);
        String out = run("run python3 socket1.py\nshow run\n");
        assertShows(out, "$ python3 socket1.py");
        assertShows(out, "│ But soft what light through yonder window breaks");
        assertShows(out, "  → GET http://data.pr4e.org/romeo.txt HTTP/1.0 · 200 · 167 bytes of body");
        assertShows(out, "Request 1 of 1: what the mirror received (47 bytes), answered 200 OK");
    }

    @Test
    void aJavaSingleFileProgramWithHttpUrlConnectionGoesThroughTheMirror() throws Exception {
        Files.writeString(folder.resolve("Fetch.java"), """
                import java.io.InputStream;
                import java.net.HttpURLConnection;
                import java.net.URL;

                public class Fetch {
                    public static void main(String[] args) throws Exception {
                        HttpURLConnection c = (HttpURLConnection) new URL("http://data.pr4e.org/romeo.txt")
                                .openConnection();
                        try (InputStream in = c.getInputStream()) {
                            System.out.print(new String(in.readAllBytes(), "UTF-8"));
                        }
                    }
                }
                """);
        String out = run("run ./Fetch.java\nshow run\n");
        assertShows(out, "$ java ./Fetch.java");
        assertShows(out, "│ But soft what light through yonder window breaks");
        assertShows(out, "→ GET http://data.pr4e.org/romeo.txt HTTP/1.1\\r\\n");
        assertShows(out, "→ User-Agent: Java/");
        assertFalse(out.contains("Picked up JDK_JAVA_OPTIONS"), "wiretutor's own launcher note is not shown:\n" + out);
    }

    @Test
    void aPlainJavaSocketCannotBeRedirectedAndSaysSo() throws Exception {
        Files.writeString(folder.resolve("Raw.java"), """
                import java.net.Socket;

                public class Raw {
                    public static void main(String[] args) {
                        System.out.println("connecting to data.pr4e.org port 80");
                        try (Socket s = new Socket("data.pr4e.org", 80)) {
                            System.out.println("connected");
                        } catch (Exception e) {
                            System.out.println("could not connect");
                        }
                    }
                }
                """);
        String out = run("run Raw.java\n");
        assertShows(out, "│ connecting to data.pr4e.org port 80");
        assertShows(out, "The mirror received no request from it.");
        assertShows(out, "Its output mentions data.pr4e.org, but nothing reached the mirror");
        assertShows(out, "a plain socket in Java or C");
        assertShows(out, "connect to 127.0.0.1 port");
    }

    @Test
    void aPythonConnectionToAHostTheMirrorDoesNotStandForIsNamed() throws Exception {
        needPython();
        Files.writeString(folder.resolve("elsewhere.py"), """
                import socket
                try:
                    socket.create_connection(('www.example.invalid', 80), timeout=5)
                except OSError:
                    print('no luck')
                """);
        String out = run("run elsewhere.py\n");
        assertShows(out, "│ no luck");
        assertShows(out, "The mirror received no request from it.");
        assertShows(out, "The program tried to reach www.example.invalid port 80 itself, and that failed");
        assertShows(out, "only data.pr4e.org, port 80 (and 443), leads to the built-in mirror");
    }

    @Test
    void aProgramThatHangsIsStoppedAtTheLimit() throws Exception {
        needPython();
        Files.writeString(folder.resolve("hang.py"), "import time\nprint('waiting', flush=True)\ntime.sleep(600)\n");
        String out = run("run hang.py\n", Duration.ofSeconds(2));
        assertShows(out, "│ waiting");
        assertShows(out, "It did not finish within 2 s, so it was stopped.");
    }

    @Test
    void whatCannotBeStartedIsSaidPlainly() throws Exception {
        Files.writeString(folder.resolve("script"), "#!/bin/sh\necho hi\n");
        Path odd = folder.resolve("odd");
        Files.writeString(odd, "#!/usr/bin/env no-such-language-wiretutor\n");
        odd.toFile().setExecutable(true);
        Files.writeString(folder.resolve("notes.txt"), "just words\n");
        Files.createDirectories(folder.resolve("sub"));
        String out = run("run ./nosuch.py\nrun ./script\nrun ./odd\nrun notes.txt\nrun sub\nrun frobnicate-x\nrun\n");
        assertShows(out, "There is no file ./nosuch.py in " + folder + ".");
        assertShows(out, "./script is a script but is not marked as a program you may run. Mark it with chmod +x "
                + "./script");
        assertShows(out, "./odd says on its first line that no-such-language-wiretutor runs it, but there is no "
                + "no-such-language-wiretutor on this computer.");
        assertShows(out, "wiretutor does not know how to run notes.txt");
        assertShows(out, "sub is a folder, not a program.");
        assertShows(out, "There is no course program, file or command called frobnicate-x");
        assertShows(out, "The course's programs: HttpClient1.java");
        assertShows(out, "run needs a program: one of the course's (HttpClient1.java");
    }

    @Test
    void helpRunTellsAboutOwnPrograms() {
        String out = run("help run\nhelp source\n");
        assertShows(out, "a program in the folder you started wiretutor in");
        assertShows(out, "run ./socket1.py");
        assertShows(out, "Example: source socket1.py");
    }

    @Test
    void sourceShowsACourseProgramNumberedAndNamesTheKnownOnes() {
        String out = run("source socket1.py\nsource nosuch.py\nsource\n");
        assertShows(out, "socket1.py (15 lines, the course's copy; run it with run socket1.py)");
        assertShows(out, " 1 │ # socket1.py - the simplest web browser");
        assertShows(out, "request = 'GET http://data.pr4e.org/romeo.txt HTTP/1.0\\r\\n\\r\\n'");
        assertShows(out, "15 │ conn.close()");
        assertShows(out, "There is no program \"nosuch.py\" in this course. Its programs: HttpClient1.java, "
                + "Socket1.java, crawl.py, socket1.py, socket2.py");
        assertShows(out, "source needs a program's name: HttpClient1.java");
    }

    @Test
    void theShortSocket1NeedsNoArguments() throws Exception {
        needPython();
        String socket1 = Files.readString(Path.of("lessons", "programs", "socket1.py"));
        assertTrue(socket1.lines().count() <= 15, "short, like the book's ten lines");
        String out = run("run socket1.py\n");
        assertShows(out, "$ python3 socket1.py");
        assertShows(out, "It finished without an error");
        assertShows(out, "  → GET http://data.pr4e.org/romeo.txt HTTP/1.0 · 200 · 167 bytes of body");
    }
}
