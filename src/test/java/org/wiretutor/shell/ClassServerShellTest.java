package org.wiretutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.MirrorServer;
import org.wiretutor.wire.ClassServer;
import org.wiretutor.wire.WaitPolicy;

/**
 * Lesson 1 taken against a class server: a mirror on a free loopback port stands for the teacher's
 * {@code wiretutor serve}, and the shell runs with {@code --server 127.0.0.1:PORT} (offline, so nothing could
 * reach the real data.pr4e.org). The class server's own log must show the lesson's requests.
 */
class ClassServerShellTest {
    @TempDir
    Path temp;

    private String session(String script, int port) throws Exception {
        ShellOptions options = ShellOptions.defaults(Files.createTempDirectory(temp, "home"), "test").withColour(false)
                .withOffline(true).withDialer(ScriptedShellTest.NO_NETWORK).withCourseDir(LessonWalkthroughTest.LESSONS)
                .withWaits(new WaitPolicy(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofMillis(500)))
                .withMirror(MirrorConfig.loopback().withRequestTimeout(Duration.ofSeconds(2))
                        .withKeepAliveTimeout(Duration.ofSeconds(2)))
                .withClassServer(Optional.of(new ClassServer("127.0.0.1", port)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Shells.script(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), options);
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lessonOneFromItsWalkthroughCompletesAgainstTheClassServer() throws Exception {
        List<LogEntry> classLog = new CopyOnWriteArrayList<>();
        try (MirrorServer classroom = MirrorServer.start(MirrorConfig.loopback().withLog(classLog::add))) {
            String walkthrough = Files.readString(LessonWalkthroughTest.LESSONS.resolve("walkthroughs/01-http-dance.pass"));
            String text = session(walkthrough, classroom.port());
            assertTrue(text.contains("Connected to your class server at 127.0.0.1 port " + classroom.port()
                    + ", standing in for data.pr4e.org"), text);
            assertFalse(text.contains("built-in mirror of data.pr4e.org"), text);
            assertTrue(text.contains("✓ Lesson 1, \"The HTTP dance\", complete."), text);
            assertFalse(text.contains("(Skipped without finishing"), text);
            // the mirror logs after replying; the shell saw the close after that reply, so the entry is there
            assertEquals(List.of("GET http://data.pr4e.org/romeo.txt HTTP/1.0"),
                    classLog.stream().map(LogEntry::requestLine).toList());
            assertEquals(200, classLog.get(0).status());
        }
    }

    @Test
    void theClassServersOwnAddressAlsoCountsAsDataPr4eOrg() throws Exception {
        List<LogEntry> classLog = new CopyOnWriteArrayList<>();
        try (MirrorServer classroom = MirrorServer.start(MirrorConfig.loopback().withLog(classLog::add))) {
            String text = session("lesson 1\nnext\nopen 127.0.0.1 " + classroom.port()
                    + "\nGET http://data.pr4e.org/romeo.txt HTTP/1.0\n\nstatus\n", classroom.port());
            assertFalse(text.contains("this step wants data.pr4e.org"), text);
            assertTrue(text.contains("your class server: lessons count it as data.pr4e.org"), text);
            assertTrue(text.contains("✓ Step 5 done: Read the reply"), text);
            assertEquals(1, classLog.size(), classLog::toString);
        }
    }

    @Test
    void courseProgramsRunAgainstTheClassServerAndLessonsSixAndEightStillComplete() throws Exception {
        Assumptions.assumeTrue(ScriptedShellTest.onPath("python3"), "python3 is not installed");
        List<LogEntry> classLog = new CopyOnWriteArrayList<>();
        try (MirrorServer classroom = MirrorServer.start(MirrorConfig.loopback().withLog(classLog::add))) {
            for (String lesson : List.of("06-simplest-browser", "08-let-a-library-do-it")) {
                classLog.clear();
                String walkthrough = Files.readString(
                        LessonWalkthroughTest.LESSONS.resolve("walkthroughs/" + lesson + ".pass"));
                String text = session(walkthrough, classroom.port());
                assertTrue(text.contains("(pointed at your class server 127.0.0.1:" + classroom.port()), text);
                assertTrue(text.contains("What it sent your class server ("), text);
                assertFalse(text.contains("What the mirror received"), text);
                assertTrue(text.contains("\", complete."), () -> lesson + " did not complete:\n" + text);
                assertFalse(text.contains("(Skipped without finishing"), text);
                // every run's request and every typed one reached the class server
                long runs = walkthrough.lines().filter(l -> l.startsWith("run ")).count();
                long typed = walkthrough.lines().filter(l -> l.startsWith("open ")).count();
                assertTrue(classLog.size() >= runs + typed, classLog::toString);
            }
        }
    }

    @Test
    void aRunWhileTheClassServerIsDownSaysSo() throws Exception {
        Assumptions.assumeTrue(ScriptedShellTest.onPath("python3"), "python3 is not installed");
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String text = session("run socket1.py\n", port);
        assertTrue(text.contains("The class server 127.0.0.1:" + port + " could not be reached for this run. 127.0.0.1:"
                + port + " refused the"), text);
        assertTrue(text.contains("It sent your class server no request."), text);
    }
}
