package org.wiretutor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teacher's {@code wiretutor serve} and a student's {@code wiretutor --server 127.0.0.1:PORT}, both the built jar:
 * the student completes lesson 1 from its walkthrough, offline, and the teacher's log shows the lesson's request.
 */
class ClassServerIT {
    private static final Path WALKTHROUGH = Path.of("lessons", "walkthroughs", "01-http-dance.pass");

    @TempDir
    Path dir;

    /** The student's session: the jar with stdin piped, its own home, and the environment given. */
    private Jar.Run student(String stdin, Map<String, String> env, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Jar.command(args));
        pb.environment().put("WIRETUTOR_HOME", Files.createTempDirectory(dir, "home").toString());
        pb.environment().remove("WIRETUTOR_SERVER");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("wiretutor did not exit within 60 s");
        }
        return new Jar.Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void aStudentCompletesLessonOneAgainstTheTeachersServeAndItsLogShowsTheRequest() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Jar.command("serve", "--port", "0"));
        pb.environment().put("WIRETUTOR_HOME", dir.resolve("teacher").toString());
        Process serve = pb.redirectErrorStream(true).start();
        BlockingQueue<String> log = new LinkedBlockingQueue<>();
        // not closed here: its reader thread holds it; it ends when serve does, in finally
        BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        try {
            String banner = lines.readLine();
            Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(String.valueOf(banner));
            assertTrue(m.find(), banner);
            org.junit.jupiter.api.Assertions.assertEquals("Ctrl-C stops it.", lines.readLine(), "the banner's second line");
            String server = "127.0.0.1:" + m.group(1);
            Thread reader = new Thread(() -> {
                try {
                    lines.lines().forEach(log::add);
                } catch (java.io.UncheckedIOException ended) {
                    // serve stopped
                }
            });
            reader.setDaemon(true);
            reader.start();

            String script = Files.readString(WALKTHROUGH);
            Jar.Run run = student(script, Map.of(), "--offline", "--server", server);
            assertEquals(0, run.exit(), run.err());
            String out = run.out();
            assertTrue(out.contains("Connected to your class server at 127.0.0.1 port " + m.group(1)), out);
            assertTrue(out.contains("✓ Lesson 1, \"The HTTP dance\", complete."), out);
            assertFalse(out.contains("built-in mirror of data.pr4e.org"), out);
            String line = log.poll(10, TimeUnit.SECONDS);
            assertTrue(String.valueOf(line).contains("\"GET http://data.pr4e.org/romeo.txt HTTP/1.0\" 200 167"),
                    String.valueOf(line));

            // the same from the environment, as a lab machine would set it for every student
            Jar.Run fromEnv = student(script, Map.of("WIRETUTOR_SERVER", server), "--offline");
            assertEquals(0, fromEnv.exit(), fromEnv.err());
            assertTrue(fromEnv.out().contains("✓ Lesson 1, \"The HTTP dance\", complete."), fromEnv.out());
            assertTrue(String.valueOf(log.poll(10, TimeUnit.SECONDS)).contains("GET http://data.pr4e.org/romeo.txt"));
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(10, TimeUnit.SECONDS), "serve stops on SIGTERM");
        }
    }

    @Test
    void aWrongServerIsAUsageErrorWithAPlainMessage() throws Exception {
        Jar.Run option = student("", Map.of(), "--server", "http://10.0.0.1/");
        assertEquals(2, option.exit());
        assertEquals("--server http://10.0.0.1/: give a host and an optional port, not a URL, e.g. 192.168.1.20:8080",
                option.err().strip());
        Jar.Run env = student("", Map.of("WIRETUTOR_SERVER", "10.0.0.1:port"));
        assertEquals(2, env.exit());
        assertTrue(env.err().startsWith("WIRETUTOR_SERVER=10.0.0.1:port: the port must be a number"), env.err());
        assertFalse(env.err().contains("\tat "), "no stack trace");
        Jar.Run help = student("", Map.of(), "--help");
        assertTrue(help.out().contains("--server=HOST[:PORT]"), help.out());
    }
}
