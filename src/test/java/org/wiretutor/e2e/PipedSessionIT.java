package org.wiretutor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar with stdin piped, as `./wiretutor --offline < script` runs it. */
class PipedSessionIT {
    @TempDir
    Path dir;

    @Test
    void lessonOneLinesPipedInPrintTheAnnotationAsPlainTextAndExitZero() throws Exception {
        Jar.Run run = Jar.run(dir.resolve("home"), "lesson 1\nnext\nopen data.pr4e.org 80\n"
                + "GET http://data.pr4e.org/romeo.txt HTTP/1.0\n\n", "--offline");
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.contains("→ GET http://data.pr4e.org/romeo.txt HTTP/1.0\\r\\n   sent 45 bytes"), out);
        assertTrue(out.contains("← HTTP/1.1 200 OK\\r\\n"), out);
        assertTrue(out.contains("← \\r\\n   Blank line"), out);
        assertTrue(out.contains("│ But soft what light through yonder window breaks\\n"), out);
        assertTrue(out.contains("✓ Step 5 done: Read the reply"), out);
        assertFalse(out.contains("\u001b["), "plain text: no escape sequences");
        assertEquals("", run.err(), "no warnings on stderr");
    }

    @Test
    void helpAndVersionAnswerAndExitZero() throws Exception {
        Jar.Run help = Jar.run(dir.resolve("home"), "", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--offline"), help.out());
        assertTrue(help.out().contains("serve"), help.out());
        Jar.Run version = Jar.run(dir.resolve("home"), "", "--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("wiretutor 0."), version.out());
        Jar.Run pace = Jar.run(dir.resolve("home"), "", "--pace", "0");
        assertEquals(2, pace.exit());
        assertTrue(pace.err().contains("--pace 0.0: give a number from 1 to 1000."), pace.err());
        Jar.Run learner = Jar.run(dir.resolve("home"), "", "--learner", "two words");
        assertEquals(2, learner.exit());
        assertTrue(learner.err().contains("use 1 to 64 letters, digits or .-_"), learner.err());
        Jar.Run bad = Jar.run(dir.resolve("home"), "", "--frobnicate");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("Unknown option: '--frobnicate'"), bad.err());
    }

    @Test
    void badFoldersAndBusyPortsGetAPlainMessageAndANamedExitCode() throws Exception {
        Jar.Run course = Jar.run(dir.resolve("home"), "", "--course", dir.resolve("nowhere").toString());
        assertEquals(2, course.exit());
        assertTrue(course.err().contains("no such folder"), course.err());
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Jar.Run serve = Jar.run(dir.resolve("home"), "", "serve", "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(1, serve.exit());
            assertTrue(serve.err().contains("Another program may be using it"), serve.err());
            assertFalse(serve.err().contains("\tat "), "no stack trace");
        }
        Jar.Run badBind = Jar.run(dir.resolve("home"), "", "serve", "--bind", "no.such.host.invalid");
        assertEquals(2, badBind.exit());
    }

    @Test
    void anInstructorsOwnLessonIsListedRunAndLintedWithNoRebuild() throws Exception {
        java.nio.file.Path course = java.nio.file.Files.createDirectories(dir.resolve("my-course"));
        java.nio.file.Files.writeString(course.resolve("01-clown.md"), "---\nformat_version: 1\ntitle: The clown\n---\n"
                + "Fetch the clown.\n\n## Step: Ask\nSend a GET for /clown.txt.\n\n"
                + "@check request method=GET target=/clown.txt version=HTTP/1.0\n@check reply status=200\n"
                + "@hint open data.pr4e.org, then GET /clown.txt HTTP/1.0 and an empty line\n");
        Jar.Run run = Jar.run(dir.resolve("home"), "lessons\nlesson 1\nopen data.pr4e.org\nGET /clown.txt HTTP/1.0\n\n",
                "--offline", "--course", course.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("1. The clown"), run.out());
        assertTrue(run.out().contains("✓ Step 1 done: Ask"), run.out());
        assertTrue(run.out().contains("✓ Lesson 1, \"The clown\", complete."), run.out());

        Jar.Run clean = Jar.run(dir.resolve("home"), "", "lint", course.toString());
        assertEquals(0, clean.exit(), clean.out());
        assertTrue(clean.out().contains("1 lesson in"), clean.out());
        java.nio.file.Files.writeString(course.resolve("02-broken.md"), "---\nformat_version: 1\ntitle: B\n---\n"
                + "## Step: A\n@check reply status=20O\n");
        Jar.Run broken = Jar.run(dir.resolve("home"), "", "lint", course.toString());
        assertEquals(1, broken.exit(), broken.out());
        assertTrue(broken.out().contains("02-broken.md:6: status=20O is not a number"), broken.out());
        Jar.Run bundled = Jar.run(dir.resolve("home"), "", "lint", java.nio.file.Path.of("lessons").toString());
        assertEquals(0, bundled.exit(), bundled.out());
    }

    @Test
    void checkGradesWithoutTheShellWithNamedExitCodesJUnitAndAReport() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Jar.onPath("python3"), "python3 is not installed");
        java.nio.file.Path solutions = java.nio.file.Path.of("src/test/resources/solutions").toAbsolutePath();
        java.nio.file.Path junit = dir.resolve("ex4.xml");
        Jar.Run good = Jar.run(dir.resolve("home"), "", "check", "4", "--learner", "alice", "--junit", junit.toString(),
                "--", "python3", solutions.resolve("ex04/good.py").toString());
        assertEquals(0, good.exit(), good.out() + good.err());
        assertTrue(good.out().contains("checks passed."), good.out());
        assertTrue(java.nio.file.Files.readString(junit).contains("<testsuite"), "JUnit XML written");
        Jar.Run bad = Jar.run(dir.resolve("home"), "", "check", "4", "--json", "--",
                "python3", solutions.resolve("ex04/bad_count.py").toString());
        assertEquals(1, bad.exit(), bad.out() + bad.err());
        assertTrue(bad.out().contains("\"passed\""), bad.out());
        assertEquals(2, Jar.run(dir.resolve("home"), "", "check", "6", "--", "true").exit());
        Jar.Run typed = Jar.run(dir.resolve("home"), "", "check", "6");
        assertEquals(1, typed.exit());
        assertTrue(typed.out().contains("not tried yet. It is done in the shell"), typed.out());
        assertEquals(2, Jar.run(dir.resolve("home"), "", "check", "1").exit());
        Jar.Run missing = Jar.run(dir.resolve("home"), "", "check", "1", "--", "no-such-program-here");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("Your program could not be started"), missing.err());
        assertFalse(missing.err().contains("\tat "), "no stack trace");
        assertEquals(2, Jar.run(dir.resolve("home"), "", "check", "99", "--", "true").exit());
        Jar.Run report = Jar.run(dir.resolve("home"), "", "report", "--out", dir.toString());
        assertEquals(0, report.exit(), report.err());
        String csv = java.nio.file.Files.readString(dir.resolve("wiretutor-report-alice.csv"));
        assertTrue(csv.startsWith("learner,exercise,title,best,total,last,tries,last_attempt\n"), csv);
        assertTrue(csv.contains("alice,4,"), csv);
        assertTrue(java.nio.file.Files.readString(dir.resolve("wiretutor-report-alice.md")).contains("| 4. "));
    }

    @Test
    void serveRunsTheMirrorAndLogsEachRequest() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Jar.command("serve", "--port", "0"));
        pb.environment().put("WIRETUTOR_HOME", dir.resolve("home").toString());
        Process server = pb.redirectErrorStream(true).start();
        try (BufferedReader log = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String banner = log.readLine();
            Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(String.valueOf(banner));
            assertTrue(m.find(), banner);
            org.junit.jupiter.api.Assertions.assertEquals("Ctrl-C stops it.", log.readLine(), "the banner's second line");
            int port = Integer.parseInt(m.group(1));
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                OutputStream o = s.getOutputStream();
                o.write("GET /romeo.txt HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                String reply = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                assertTrue(reply.startsWith("HTTP/1.1 200 OK\r\n"), reply);
            }
            String line = log.readLine();
            assertTrue(line.contains("\"GET /romeo.txt HTTP/1.0\" 200 167"), line);
        } finally {
            server.destroy();
            assertTrue(server.waitFor(10, TimeUnit.SECONDS), "serve stops on SIGTERM");
        }
    }
}
