package org.wiretutor.programs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program the way a learner would from a terminal, but bounded: a time limit after which
 * it and all its children are stopped, and a cap on the output kept.
 */
public final class ProgramRunner {
    /** Output beyond this is counted, not kept. */
    public static final int MAX_OUTPUT = 64 * 1024;
    /** Most stdin text accepted: well under a pipe's buffer, so writing it never waits on the program. */
    public static final int MAX_STDIN = 16 * 1024;

    private ProgramRunner() {}

    /**
     * @param output    stdout and stderr together, as printed, up to {@link #MAX_OUTPUT}
     * @param truncated more output came than was kept
     */
    public record Result(int exit, String output, boolean timedOut, boolean truncated, Duration took,
                         int strayChildren) {
        public Result(int exit, String output, boolean timedOut, boolean truncated, Duration took) {
            this(exit, output, timedOut, truncated, took, 0);
        }
    }

    /** How often the runner looks for programs the learner's program started, so none outlives it. */
    private static final long WATCH_MILLIS = 50;

    public static Result run(List<String> command, Path workDir, Map<String, String> env, Duration limit)
            throws IOException, InterruptedException {
        return run(command, workDir, env, "", limit);
    }

    /**
     * As {@link #run(List, Path, Map, Duration)}, with {@code stdin} typed into the program (UTF-8) before its
     * input is closed, so programs that prompt can be run unattended. A program that exits without reading it
     * is not an error.
     */
    public static Result run(List<String> command, Path workDir, Map<String, String> env, String stdin,
                             Duration limit) throws IOException, InterruptedException {
        if (stdin != null && stdin.getBytes(StandardCharsets.UTF_8).length > MAX_STDIN) {
            throw new IllegalArgumentException("stdin text over " + MAX_STDIN + " bytes");
        }
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process process = pb.start();
        feed(process, stdin == null ? "" : stdin);
        Capture capture = new Capture(process.getInputStream());
        Thread reader = new Thread(capture, "wiretutor-program-output");
        reader.setDaemon(true);
        reader.start();
        // children are noted while the program runs: once it exits they are orphans and no longer its descendants
        java.util.Set<ProcessHandle> seen = new java.util.HashSet<>();
        boolean finished = false;
        long deadline = start + limit.toNanos();
        try {
            while (!finished && System.nanoTime() < deadline) {
                process.descendants().forEach(seen::add);
                long wait = Math.min(WATCH_MILLIS, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
                finished = process.waitFor(Math.max(1, wait), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            stop(process, seen);
            throw e;
        }
        if (!finished) {
            stop(process, seen);
            process.waitFor(5, TimeUnit.SECONDS);
        }
        int strays = (int) seen.stream().filter(ProcessHandle::isAlive).count();
        seen.forEach(ProcessHandle::destroyForcibly);
        reader.join(2_000);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Result(finished ? process.exitValue() : -1, capture.text(), !finished, capture.truncated(), took,
                finished ? strays : 0);
    }

    private static void stop(Process process, java.util.Set<ProcessHandle> seen) {
        process.descendants().forEach(seen::add);
        seen.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** At most {@link #MAX_STDIN} bytes fit the pipe, so this does not block; a program that already quit just misses them. */
    private static void feed(Process process, String stdin) {
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the program closed its input or exited: it did not want what we typed
        }
    }

    private static final class Capture implements Runnable {
        private final InputStream in;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private boolean truncated;

        Capture(InputStream in) {
            this.in = in;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buffer)) != -1) {
                    synchronized (this) {
                        int room = MAX_OUTPUT - kept.size();
                        if (room > 0) kept.write(buffer, 0, Math.min(room, n));
                        if (n > room) truncated = true;
                    }
                }
            } catch (IOException ignored) {
                // the program was stopped: what was read so far is what it printed
            }
        }

        synchronized String text() {
            return kept.toString(StandardCharsets.UTF_8);
        }

        synchronized boolean truncated() {
            return truncated;
        }
    }
}
