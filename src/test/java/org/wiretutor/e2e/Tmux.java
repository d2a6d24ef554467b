package org.wiretutor.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One tmux session on a tmux server of the test's own, so nobody else's sessions are touched or read. */
final class Tmux {
    private final String server;
    private final String session;

    Tmux(String server, String session) {
        this.server = server;
        this.session = session;
    }

    private static final java.util.concurrent.atomic.AtomicInteger SERVERS = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * A session on a tmux server of its own, named from {@code prefix}, this JVM and a counter: a server
     * killed after one test cannot take the next test's session with it.
     */
    static Tmux ofItsOwn(String prefix, String session) {
        return new Tmux(prefix + "-" + ProcessHandle.current().pid() + "-" + SERVERS.incrementAndGet(), session);
    }

    /** Starts the session at the given size; its pane stays readable after the program exits. */
    void start(int columns, int rows, String cmd) throws Exception {
        run("new-session", "-d", "-s", session, "-x", Integer.toString(columns), "-y", Integer.toString(rows), cmd,
                ";", "set-option", "-t", session, "remain-on-exit", "on");
    }

    void keys(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        run(args.toArray(String[]::new));
    }

    /** What is on the visible screen now, wrapped lines joined. */
    String visible() throws Exception {
        return run("capture-pane", "-p", "-J", "-t", session);
    }

    /** The visible screen only, row by row as drawn (no scrollback, wrapped rows not joined). */
    String screen() throws Exception {
        return run("capture-pane", "-p", "-t", session);
    }

    /**
     * Polls the visible screen (never the scrollback) until it shows the text, and returns it. The
     * rows are searched joined by spaces, so a sentence the program wrapped at the width still matches.
     */
    String awaitVisible(String expected, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = screen();
            if (screen.contains(expected) || prose(screen).contains(expected)) return screen;
            Thread.onSpinWait();
        }
        throw new AssertionError("never saw \"" + expected + "\" on the visible screen:\n" + screen);
    }

    /** Polls the visible screen until it satisfies {@code shown} (what is awaited, in words, for the failure). */
    String awaitVisible(java.util.function.Predicate<String> shown, String what, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = screen();
            if (shown.test(screen)) return screen;
            Thread.onSpinWait();
        }
        throw new AssertionError("never saw " + what + " on the visible screen:\n" + screen);
    }

    /**
     * Waits for a lesson's first step after {@code lesson N}, whose text is {@code expected}. A lesson whose
     * introduction and first step do not fit the screen together shows the introduction alone and waits for Enter:
     * that Enter is pressed, as a learner would.
     */
    String awaitFirstStep(String expected, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = screen();
            if (screen.contains(expected)) return screen;
            if (screen.contains("Press Enter for step 1.")) {
                keys("Enter");
                return awaitVisible(expected, seconds);
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("never saw \"" + expected + "\" on the visible screen:\n" + screen);
    }

    /** A screen's rows joined by single spaces: how a sentence reads whatever the width. */
    static String prose(String screen) {
        return screen.replaceAll("\\s*\\n\\s*", " ");
    }

    /** The pane's title: a raw OSC 0 or 2 from the program would change it. */
    String paneTitle() throws Exception {
        return run("display-message", "-p", "-t", session, "#{pane_title}").strip();
    }

    /** Reads the screen and its scrollback until the text shows, for at most {@code seconds}. */
    String awaitScreen(String expected, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = run("capture-pane", "-p", "-J", "-S", "-2000", "-t", session);
            if (screen.contains(expected)) return screen;
            Thread.onSpinWait();
        }
        throw new AssertionError("never saw \"" + expected + "\" on the screen:\n" + screen);
    }

    void killServer() throws Exception {
        killServer(server);
    }

    /**
     * Ends a tmux server and waits until every program it ran (and what they started) has exited, so nothing
     * still writes into a test's temporary folder while JUnit deletes it.
     */
    static void killServer(String server) throws Exception {
        List<ProcessHandle> started = new ArrayList<>();
        for (String pid : runOn(server, "list-panes", "-a", "-F", "#{pane_pid}").split("\\s+")) {
            if (!pid.matches("\\d+")) continue;
            ProcessHandle.of(Long.parseLong(pid)).ifPresent(p -> {
                started.add(p);
                p.descendants().forEach(started::add);
            });
        }
        runOn(server, "kill-server");
        for (ProcessHandle p : started) {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                p.destroyForcibly();
            }
        }
    }

    String run(String... args) throws IOException, InterruptedException {
        return runOn(server, args);
    }

    private static String runOn(String server, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", server));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor(10, TimeUnit.SECONDS);
        return new String(out, StandardCharsets.UTF_8);
    }
}
