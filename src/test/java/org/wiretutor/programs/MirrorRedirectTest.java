package org.wiretutor.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The redirect as a program sees it: Python's connections to a mirrored host reach the stand-in, everything else
 * is left alone and noted, a sitecustomize the learner already had still runs, and Java's launcher note is not
 * passed off as the program's output.
 */
class MirrorRedirectTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private static boolean python() {
        return OwnProgram.onPath("python3", System.getenv("PATH")).isPresent();
    }

    private static ServerSocket loopback() throws Exception {
        return new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    }

    private static InetSocketAddress address(ServerSocket s) {
        return new InetSocketAddress("127.0.0.1", s.getLocalPort());
    }

    private static ProgramRunner.Result python(MirrorRedirect redirect, Path dir, String code) throws Exception {
        return ProgramRunner.run(List.of("python3", "-c", code), dir, redirect.environment(), LIMIT);
    }

    @Test
    void onlyTheMirroredHostAndPortGoToTheStandInAndOtherConnectionsAreNoted() throws Exception {
        assumeTrue(python(), "python3 is not installed");
        try (ServerSocket mirror = loopback(); ServerSocket other = loopback();
             MirrorRedirect redirect = MirrorRedirect.prepare(List.of(new MirrorRedirect.Route("Data.PR4E.org", 80,
                     address(mirror))), address(mirror), Map.of())) {
            String code = """
                    import socket
                    s = socket.socket()
                    s.connect(('data.pr4e.org', 80))
                    s.sendall(b'to the mirror')
                    s.close()
                    socket.create_connection(('127.0.0.1', %d)).close()
                    try:
                        socket.create_connection(('nowhere.invalid', 80))
                    except OSError:
                        print('not found')
                    """.formatted(other.getLocalPort());
            ProgramRunner.Result result = python(redirect, dir, code);
            assertEquals(0, result.exit(), result.output());
            try (Socket came = mirror.accept()) {
                assertEquals("to the mirror", new String(came.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            List<MirrorRedirect.Attempt> attempts = redirect.attempts();
            assertEquals(2, attempts.size(), attempts.toString());
            assertEquals(new MirrorRedirect.Attempt(MirrorRedirect.Outcome.DIRECT, "127.0.0.1",
                    Integer.toString(other.getLocalPort()), ""), attempts.get(0));
            assertEquals(MirrorRedirect.Outcome.UNRESOLVED, attempts.get(1).outcome());
            assertEquals("nowhere.invalid", attempts.get(1).host());
            assertEquals("80", attempts.get(1).port());
        }
    }

    @Test
    void urllibWithoutTheProxyStillReachesTheStandIn() throws Exception {
        assumeTrue(python(), "python3 is not installed");
        try (ServerSocket mirror = loopback(); ServerSocket unused = loopback();
             MirrorRedirect redirect = MirrorRedirect.prepare(List.of(new MirrorRedirect.Route("data.pr4e.org", 80,
                     address(mirror))), address(unused), Map.of())) {
            Map<String, String> env = new HashMap<>(redirect.environment());
            env.put("http_proxy", "");
            env.put("HTTP_PROXY", "");
            String code = """
                    import urllib.request
                    try:
                        urllib.request.urlopen('http://data.pr4e.org/romeo.txt', timeout=2)
                    except Exception:
                        pass
                    """;
            // the stand-in never answers: urllib gives up after 2 s, and what it sent is read here
            ProgramRunner.Result result = ProgramRunner.run(List.of("python3", "-c", code), dir, env, LIMIT);
            assertEquals(0, result.exit(), result.output());
            try (Socket came = mirror.accept()) {
                came.setSoTimeout(5_000);
                byte[] head = came.getInputStream().readNBytes(19);
                assertEquals("GET /romeo.txt HTTP", new String(head, StandardCharsets.US_ASCII));
            }
            assertTrue(redirect.attempts().isEmpty(), redirect.attempts().toString());
        }
    }

    @Test
    void aSitecustomizeTheLearnerAlreadyHadStillRuns() throws Exception {
        assumeTrue(python(), "python3 is not installed");
        Path theirs = Files.createDirectories(dir.resolve("theirs"));
        Files.writeString(theirs.resolve("sitecustomize.py"), "print('their sitecustomize ran')\nMARK = 7\n");
        Files.writeString(theirs.resolve("helper.py"), "VALUE = 'their module'\n");
        try (ServerSocket mirror = loopback();
             MirrorRedirect redirect = MirrorRedirect.prepare(List.of(), address(mirror),
                     Map.of("PYTHONPATH", theirs.toString()))) {
            assertTrue(redirect.environment().get("PYTHONPATH").endsWith(java.io.File.pathSeparator + theirs),
                    redirect.environment().toString());
            String code = """
                    import sitecustomize, helper, sys
                    print(helper.VALUE, sitecustomize.MARK)
                    print('ours on the path:', any('wiretutor-redirect' in p for p in sys.path))
                    """;
            ProgramRunner.Result result = python(redirect, dir, code);
            assertEquals(0, result.exit(), result.output());
            assertTrue(result.output().startsWith("their sitecustomize ran\n"), result.output());
            assertTrue(result.output().contains("their module 7\n"), result.output());
            assertTrue(result.output().contains("ours on the path: False"), result.output());
        }
    }

    @Test
    void theJavaLaunchersNoteAboutOurOptionsIsNotTheProgramsOutput() throws Exception {
        try (ServerSocket mirror = loopback();
             MirrorRedirect redirect = MirrorRedirect.prepare(List.of(), address(mirror),
                     Map.of("JDK_JAVA_OPTIONS", "-Dtheirs=1"))) {
            String options = redirect.environment().get("JDK_JAVA_OPTIONS");
            assertEquals("-Dtheirs=1 -Dhttp.proxyHost=127.0.0.1 -Dhttp.proxyPort=" + mirror.getLocalPort(), options);
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Files.writeString(dir.resolve("Hi.java"), """
                    public class Hi {
                        public static void main(String[] a) {
                            System.out.println(System.getProperty("http.proxyPort") + " " + System.getProperty("theirs"));
                        }
                    }
                    """);
            ProgramRunner.Result result = ProgramRunner.run(List.of(java.toString(), "Hi.java"), dir,
                    redirect.environment(), LIMIT);
            assertTrue(result.output().contains("NOTE: Picked up JDK_JAVA_OPTIONS"), result.output());
            String shown = redirect.withoutOwnNotes(result.output());
            assertEquals(mirror.getLocalPort() + " 1\n", shown);
            assertFalse(shown.contains("NOTE"), shown);
        }
    }

    /** A loopback port nothing listens on: a connection to it is refused. */
    private static int closedPort() throws Exception {
        try (ServerSocket s = loopback()) {
            return s.getLocalPort();
        }
    }

    @Test
    void aProgramThatFailsToConnectShowsItsOwnTracebackWithoutOurFrames() throws Exception {
        assumeTrue(python(), "python3 is not installed");
        int closed = closedPort();
        try (MirrorRedirect redirect = MirrorRedirect.prepare(List.of(new MirrorRedirect.Route("data.pr4e.org", 80,
                new InetSocketAddress("127.0.0.1", closed))), new InetSocketAddress("127.0.0.1", closed), Map.of())) {
            Files.writeString(dir.resolve("crash.py"), """
                    import socket
                    s = socket.socket()
                    s.connect(('data.pr4e.org', 80))
                    """);
            ProgramRunner.Result result = ProgramRunner.run(List.of("python3", "crash.py"), dir,
                    redirect.environment(), LIMIT);
            assertEquals(1, result.exit(), result.output());
            String ours = Path.of(redirect.environment().get("PYTHONPATH")).resolve("sitecustomize.py").toString();
            // bent to the closed port, the connect failed inside our wrapper: Python put its frame in the traceback
            assertTrue(result.output().contains("  File \"" + ours + "\", line "), result.output());
            String shown = redirect.withoutOwnNotes(result.output());
            assertEquals("""
                    Traceback (most recent call last):
                      File "%s", line 3, in <module>
                        s.connect(('data.pr4e.org', 80))
                    ConnectionRefusedError: [Errno 111] Connection refused
                    """.formatted(dir.resolve("crash.py").toRealPath()), shown.replace(
                            dir.toString(), dir.toRealPath().toString()));
        }
    }

    @Test
    void onlyOurFramesGoAndTheStandardLibrarysAndTheLearnersOwnSitecustomizeStay() throws Exception {
        assumeTrue(python(), "python3 is not installed");
        Path theirs = Files.createDirectories(dir.resolve("theirs"));
        Files.writeString(theirs.resolve("sitecustomize.py"), "def fail():\n    raise ValueError('theirs')\n");
        try (ServerSocket mirror = loopback();
             MirrorRedirect redirect = MirrorRedirect.prepare(List.of(), address(mirror),
                     Map.of("PYTHONPATH", theirs.toString()))) {
            String code = """
                    import socket, sitecustomize, traceback
                    try:
                        socket.create_connection(('nowhere.invalid', 80))
                    except OSError:
                        traceback.print_exc()
                    sitecustomize.fail()
                    """;
            ProgramRunner.Result result = python(redirect, dir, code);
            String ours = Path.of(redirect.environment().get("PYTHONPATH").split(java.io.File.pathSeparator)[0])
                    .resolve("sitecustomize.py").toString();
            assertTrue(result.output().contains("  File \"" + ours + "\", line "), result.output());
            String shown = redirect.withoutOwnNotes(result.output());
            assertFalse(shown.contains(ours), shown);
            assertFalse(shown.contains("_getaddrinfo(host, port, family, type, proto, flags)"), shown);
            // the standard library's frames, source and carets, are the program's story: they stay
            assertTrue(shown.contains("in create_connection\n"), shown);
            assertTrue(shown.contains("socket.gaierror: "), shown);
            // a sitecustomize of the learner's own is theirs, with its source line
            assertTrue(shown.contains("  File \"" + theirs.resolve("sitecustomize.py") + "\", line 2, in fail\n"
                    + "    raise ValueError('theirs')\n"), shown);
            assertTrue(shown.endsWith("ValueError: theirs\n"), shown);
            // nothing else went: the output is the program's, line for line, less ours
            List<String> removed = new java.util.ArrayList<>(List.of(result.output().split("\n")));
            for (String line : shown.split("\n")) removed.remove(line);
            assertTrue(removed.size() >= 2 && removed.size() <= 3, removed.toString());
            assertTrue(removed.get(0).startsWith("  File \"" + ours + "\", line "), removed.toString());
        }
    }

    @Test
    void theFolderIsRemovedAfterTheRun() throws Exception {
        Path folder;
        try (ServerSocket mirror = loopback();
             MirrorRedirect redirect = MirrorRedirect.prepare(List.of(), address(mirror), Map.of())) {
            folder = Path.of(redirect.environment().get("PYTHONPATH"));
            assertTrue(Files.isRegularFile(folder.resolve("sitecustomize.py")));
        }
        assertFalse(Files.exists(folder));
    }
}
