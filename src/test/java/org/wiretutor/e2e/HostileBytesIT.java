package org.wiretutor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.hostile.Hostile;

/**
 * The built jar against hostile bytes, as a learner, an instructor and a course author meet them: a server that
 * puts control sequences in every part of its reply, students who type them at {@code serve --live}, and a course
 * folder full of files that are not lessons. In tmux the pane title is the witness: one raw OSC would change it.
 */
class HostileBytesIT {
    @TempDir
    Path dir;
    private final Tmux tmux = new Tmux("wiretutor-hostile-" + ProcessHandle.current().pid(), "hostile");

    @AfterEach
    void kill() throws Exception {
        if (Jar.onPath("tmux")) tmux.killServer();
    }

    @Test
    void aHostileServerChangesNothingInTheLearnersTerminalButEscapedText() throws Exception {
        Assumptions.assumeTrue(Jar.onPath("tmux"), "tmux is not installed");
        try (Hostile.Server hostile = new Hostile.Server(Hostile.chunkedReply(), 1)) {
            start("WIRETUTOR_HOME=" + dir.resolve("home") + " " + String.join(" ", Jar.command()));
            String title = paneTitle();
            awaitScreen("wiretutor> ");
            keys("open 127.0.0.1 " + hostile.port(), "Enter");
            awaitScreen("Connected to 127.0.0.1");
            keys("GET / HTTP/1.0", "Enter");
            awaitScreen("sent 16 bytes");
            keys("Enter");
            assertTrue(hostile.awaitServed(20), "the server was asked");
            String all = awaitScreen("Connection closed.");
            assertTrue(all.contains("Status line: 200 OK " + Hostile.TITLE_SHOWN), all);
            keys("save " + dir.resolve("h.md"), "Enter");
            awaitScreen("Saved the last exchange as a handout in");
            assertEquals(title, paneTitle(), "the window title is the learner's, not the server's");
            Hostile.assertClean("the handout", Files.readAllBytes(dir.resolve("h.md")), false, false);
        }
    }

    @Test
    void studentsTypingControlSequencesAtServeLiveChangeOnlyAnEscapedLine() throws Exception {
        Assumptions.assumeTrue(Jar.onPath("tmux"), "tmux is not installed");
        for (boolean anonymous : List.of(false, true)) {
            List<String> args = new ArrayList<>(List.of("serve", "--port", "0", "--live"));
            if (anonymous) args.add("--anonymous");
            start("WIRETUTOR_HOME=" + dir.resolve("home") + " " + String.join(" ", Jar.command(args.toArray(String[]::new))));
            String title = paneTitle();
            Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(awaitScreen("http://127.0.0.1:"));
            assertTrue(m.find());
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(m.group(1)))) {
                OutputStream o = s.getOutputStream();
                o.write("G\u001b]0;pwned\u0007T /\u001b[2J\u001b]52;c;cm0gLXJmIH4=\u0007 HTTP/1.0\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
                s.getInputStream().readAllBytes();
            }
            awaitScreen("so far: 1 request");
            String visible = tmux.visible();
            assertTrue(visible.contains("unknown method G" + Hostile.TITLE_SHOWN + "T"),
                    "the mistake, escaped, on the visible screen:\n" + visible);
            assertTrue(visible.contains("#1"), "the screen was not cleared:\n" + visible);
            assertEquals(title, paneTitle(), "the projector's title survives" + (anonymous ? " (--anonymous)" : ""));
            tmux.killServer();
        }
    }

    @Test
    void lintReportsEveryFileThatIsNotALessonAndStillChecksTheOthers() throws Exception {
        Path course = Files.createDirectories(dir.resolve("course with spaces"));
        Files.writeString(course.resolve("01-good.md"), "---\nformat_version: 1\ntitle: Good\n---\n\nHello.\n\n"
                + "## Step: Connect\n\nOpen it.\n\n@check connected host=data.pr4e.org port=80\n");
        Files.write(course.resolve("02-latin1.md"), "---\nformat_version: 1\ntitle: Caf\u00e9\n---\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] lesson = "---\nformat_version: 1\ntitle: With a BOM\n---\n\nHi.\n\n## Step: Read\n\nRead. Type `next`.\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + lesson.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(lesson, 0, withBom, 3, lesson.length);
        Files.write(course.resolve("03-bom.md"), withBom);
        Files.createDirectories(course.resolve("x.md"));
        Files.createSymbolicLink(course.resolve("04-zero.md"), Path.of("/dev/zero"));
        Files.createSymbolicLink(course.resolve("05-gone.md"), Path.of("nowhere.md"));
        Files.createSymbolicLink(course.resolve("06-loop.md"), Path.of("06-loop.md"));

        Jar.Run lint = Jar.run(dir.resolve("home"), "", "lint", course.toString());
        assertEquals(1, lint.exit(), lint.out() + lint.err());
        String out = lint.out();
        Hostile.assertClean("lint", out, false, false);
        assertTrue(out.contains("01-good.md:8: step \"Connect\" asks the learner to do something but has no @hint"),
                "the good lesson is still checked:\n" + out);
        assertTrue(out.contains("02-latin1.md:3: is not UTF-8: the byte \\xE9 at column 11"), out);
        assertFalse(out.contains("03-bom.md"), "a byte-order mark is accepted:\n" + out);
        assertTrue(out.contains("x.md: is a folder, not a lesson file"), out);
        assertTrue(out.contains("04-zero.md: is a symbolic link out of the course folder (to /dev/zero)"), out);
        assertTrue(out.contains("05-gone.md: is a symbolic link to nowhere.md, which does not exist"), out);
        assertTrue(out.contains("06-loop.md: is a symbolic link to 06-loop.md that never reaches a file"), out);
        assertTrue(out.contains("6 problems in "), out);
        assertFalse(out.contains("Exception"), out);

        Jar.Run shell = Jar.run(dir.resolve("home"), "lessons\n", "--course", course.toString());
        assertEquals(0, shell.exit(), shell.out() + shell.err());
        for (String skipped : List.of("02-latin1.md", "04-zero.md", "05-gone.md", "06-loop.md")) {
            assertTrue(shell.out().contains("skipped: " + skipped), "--course names what it skipped:\n" + shell.out());
        }
        assertTrue(shell.out().contains("With a BOM"), shell.out());
    }

    private void start(String cmd) throws Exception {
        tmux.start(80, 24, cmd);
    }

    private String paneTitle() throws Exception {
        return tmux.paneTitle();
    }

    private void keys(String... keys) throws Exception {
        tmux.keys(keys);
    }

    private String awaitScreen(String expected) throws Exception {
        return tmux.awaitScreen(expected, 30);
    }
}
