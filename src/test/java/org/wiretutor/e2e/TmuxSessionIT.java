package org.wiretutor.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar in a real terminal (tmux): keys typed with send-keys, the screen read back. */
class TmuxSessionIT {
    @TempDir
    Path dir;
    private String session = "wiretutor-it-" + ProcessHandle.current().pid();

    @BeforeEach
    void needTmux() {
        Assumptions.assumeTrue(Jar.onPath("tmux"), "tmux is not installed");
    }

    @AfterEach
    void kill() throws Exception {
        Tmux.killServer("wiretutor-it");
    }

    /** Starts a session whose pane stays readable after the program exits (its last words are the point). */
    private static void start(String name, String cmd) throws Exception {
        start(name, cmd, 110, 50);
    }

    private static void start(String name, String cmd, int columns, int rows) throws Exception {
        tmux("new-session", "-d", "-s", name, "-x", String.valueOf(columns), "-y", String.valueOf(rows), cmd, ";",
                "set-option", "-t", name, "remain-on-exit", "on");
    }

    @Test
    void lessonOneTypedByHandInARealTerminal() throws Exception {
        String cmd = "WIRETUTOR_HOME=" + dir.resolve("home") + " " + String.join(" ", Jar.command("--offline"));
        start(session, cmd);
        awaitScreen("wiretutor> ");
        keys("lesson 1", "Enter");
        awaitScreen("step 1 of 6");
        keys("next", "Enter");
        awaitScreen("step 2 of 6: Open a connection");
        keys("open data.pr4e.org 80", "Enter");
        awaitScreen("[data.pr4e.org:80 mirror]");
        keys("GET http://data.pr4e.org/romeo.txt HTTP/1.0", "Enter");
        awaitScreen("sent 45 bytes");
        keys("Enter");
        String screen = awaitScreen("✓ Step 4 done · Press Enter for the next step.");
        assertTrue(screen.contains("│ Who is already sick and pale with grief\\n"), screen);
        assertTrue(screen.contains("Connection closed."), screen);
        // Enter shows the step that explains the reply, then its verdict (the reply completed it)
        keys("Enter");
        awaitScreen("✓ Step 5 done: Read the reply");
        keys("show raw", "Enter");
        awaitScreen("Sent (47 bytes):");
        screen = awaitScreen("← Who is already sick and pale with grief\\n");
        assertTrue(screen.contains("Received (536 bytes):"), screen);
        keys("quit", "Enter");
        awaitScreen("Bye.");
    }

    /** Lesson 10 opens its first step with two commands: each on a line of its own, so each can be typed. */
    @Test
    void lessonTenShowsItsFirstCommandsOnLinesOfTheirOwnAtEightyByTwentyFour() throws Exception {
        String cmd = "WIRETUTOR_HOME=" + dir.resolve("home") + " " + String.join(" ", Jar.command("--offline"));
        start(session, cmd, 80, 24);
        awaitScreen("wiretutor> ");
        keys("lesson 10", "Enter");
        String screen = awaitScreen("and the blank line.");
        List<String> lines = screen.lines().map(String::strip).toList();
        assertTrue(lines.contains("open data.pr4e.org 80"), screen);
        assertTrue(lines.contains("GET http://data.pr4e.org/page1.htm HTTP/1.0"), screen);
        keys("quit", "Enter");
        awaitScreen("Bye.");
    }

    @Test
    void aPresenterStepsThroughLessonOnesReplyOnePartAtATime() throws Exception {
        String cmd = "WIRETUTOR_HOME=" + dir.resolve("home") + " "
                + String.join(" ", Jar.command("--offline", "--present"));
        start(session, cmd);
        awaitScreen("wiretutor> ");
        keys("open data.pr4e.org 80", "Enter");
        awaitScreen("[data.pr4e.org:80 mirror]");
        keys("GET http://data.pr4e.org/romeo.txt HTTP/1.0", "Enter");
        awaitScreen("sent 45 bytes");
        keys("Enter");
        String held = awaitScreen("press Enter on an empty line to reveal each part");
        assertTrue(!held.contains("← HTTP/1.1 200 OK"), "nothing revealed yet:\n" + held);
        keys("Enter");
        String first = awaitScreen("← HTTP/1.1 200 OK");
        assertTrue(!first.contains("← Date:"), "one part at a time:\n" + first);
        keys("Enter");
        awaitScreen("← Date:");
        for (int i = 0; i < 16; i++) keys("Enter");
        awaitScreen("│ Who is already sick and pale with grief\\n");
        awaitScreen("Connection closed.");
    }

    @Test
    void quittingMidLessonAndStartingAgainResumesAtTheSameStep() throws Exception {
        String cmd = "WIRETUTOR_HOME=" + dir.resolve("home") + " " + String.join(" ", Jar.command("--offline"));
        start(session, cmd);
        awaitScreen("wiretutor> ");
        keys("lesson 4", "Enter");
        awaitScreen("Lesson 4 · HTTP/1.1 · step 1 of");
        keys("open data.pr4e.org", "Enter");
        awaitScreen("[data.pr4e.org:80 mirror]");
        keys("~answer 400", "Enter");
        awaitScreen("You guessed 400. Now try it and see whether you were right.");
        keys("GET /romeo.txt HTTP/1.1", "Enter", "Enter");
        awaitScreen("✓ Step 1 done");
        awaitScreen("Press Enter for the next step.");
        keys("Enter");
        String at = awaitScreen("step 2 of");
        keys("~quit", "Enter");
        awaitScreen("Bye.");
        session = session + "-again";   // a fresh session: the first one keeps its last screen
        start(session, cmd);
        awaitScreen("Welcome back: type lesson 4 to carry on with \"HTTP/1.1\" (step 2).");
        keys("lesson 4", "Enter");
        awaitScreen("Lesson 4 · HTTP/1.1 · step 2 of");
        keys("quit", "Enter");
        awaitScreen("Bye.");
        assertTrue(at.contains("step 2 of"));
    }

    @Test
    void ctrlCAbandonsAConnectThatHangs() throws Exception {
        // a listener that never accepts, its queue filled: the kernel drops further SYNs, so a connect hangs
        try (java.net.ServerSocket blackhole = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            List<java.net.Socket> fillers = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    java.net.Socket s = new java.net.Socket();
                    try {
                        s.connect(blackhole.getLocalSocketAddress(), 300);
                        fillers.add(s);
                    } catch (java.io.IOException full) {
                        s.close();
                    }
                }
                String cmd = "WIRETUTOR_HOME=" + dir.resolve("home") + " " + String.join(" ", Jar.command());
                start(session, cmd);
                awaitScreen("wiretutor> ");
                keys("open 127.0.0.1 " + blackhole.getLocalPort(), "Enter");
                awaitScreen("Connecting to 127.0.0.1 port " + blackhole.getLocalPort());
                keys("C-c");
                awaitScreen("(cancelled)");
                keys("opne somewhere");
                awaitScreen("wiretutor> opne somewhere");
                keys("C-c");
                awaitPrompt();
                keys("status", "Enter");
                String screen = awaitScreen("Not connected.");
                assertTrue(!screen.contains("There is no command \"opne\""), "Ctrl-C threw the typed line away");
                awaitPrompt();                // Ctrl-D means end of input only to a line editor that is reading
                keys("C-d");
                awaitScreen("Bye.");
            } finally {
                for (java.net.Socket s : fillers) s.close();
            }
        }
    }

    @Test
    void theLearnersOwnProgramRunsWithTheWireViewAndCtrlCStopsOne() throws Exception {
        Assumptions.assumeTrue(Jar.onPath("python3"), "python3 is not installed");
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("mine"));
        java.nio.file.Files.writeString(folder.resolve("socket1.py"),
                org.wiretutor.shell.OwnProgramRunTest.BOOK_SOCKET1);
        java.nio.file.Files.writeString(folder.resolve("hang.py"), "import time\ntime.sleep(600)\n");
        String cmd = "cd " + folder + " && WIRETUTOR_HOME=" + dir.resolve("home") + " "
                + String.join(" ", Jar.command("--offline"));
        start(session, cmd);
        awaitScreen("wiretutor> ");
        keys("run ./so", "Tab");
        awaitScreen("wiretutor> run ./socket1.py");
        keys("Enter");
        String screen = awaitScreen("What the mirror received from it (1 request):");
        assertTrue(screen.contains("│ But soft what light through yonder window breaks"), screen);
        awaitScreen("→ GET http://data.pr4e.org/romeo.txt HTTP/1.0 · 200 · 167 bytes of body");
        awaitPrompt();
        keys("show run", "Enter");
        awaitScreen("→ GET http://data.pr4e.org/romeo.txt HTTP/1.0\\r\\n");
        awaitPrompt();
        keys("run hang.py", "Enter");
        awaitScreen("$ python3 hang.py");
        keys("C-c");
        awaitScreen("You stopped the program (Ctrl-C): it and everything it started were ended.");
        awaitPrompt();
        keys("quit", "Enter");
        awaitScreen("Bye.");
    }

    private void keys(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** Reads the screen until its last line is an empty command prompt: the shell is ready for input. */
    private void awaitPrompt() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = tmux("capture-pane", "-p", "-t", session).stripTrailing();
            if (screen.endsWith("\nwiretutor>")) return;
            Thread.onSpinWait();
        }
        throw new AssertionError("no fresh prompt on the screen:\n" + screen);
    }

    /** Reads the screen until the text shows, for at most 20 s. */
    private String awaitScreen(String expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", session);
            if (screen.contains(expected)) return screen;
            Thread.onSpinWait();
        }
        throw new AssertionError("never saw \"" + expected + "\" on the screen:\n" + screen);
    }

    private static String tmux(String... args) throws IOException, InterruptedException {
        // a tmux server of the tests' own, so nobody's sessions are touched
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", "wiretutor-it"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor(10, TimeUnit.SECONDS);
        return new String(out, StandardCharsets.UTF_8);
    }
}
