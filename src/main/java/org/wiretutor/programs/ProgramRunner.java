package org.wiretutor.programs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.wiretutor.text.Messages;

/**
 * Runs a program the way a learner would from a terminal, but bounded: a time limit after which it and everything
 * it started are stopped, limits on its memory and processes ({@link ProgramLimits}), and a cap on the output kept.
 * Nothing it started outlives the run: see {@link Containment} for how, on each kind of computer.
 */
public final class ProgramRunner {
    /** Output beyond this is counted, not kept. */
    public static final int MAX_OUTPUT = 64 * 1024;
    /** Most stdin text accepted: well under a pipe's buffer, so writing it never waits on the program. */
    public static final int MAX_STDIN = 16 * 1024;

    private ProgramRunner() {}

    /** What the program reads on its standard input. */
    public sealed interface Input permits Text, FromFile, Typed {}

    /** This text, then the end of input (at most {@link #MAX_STDIN} bytes, so writing it never waits). */
    public record Text(String text) implements Input {}

    /** The file's bytes, as {@code program < file} in a shell gives them. */
    public record FromFile(Path file) implements Input {}

    /** Lines typed while the program runs, each passed to it as soon as Enter is pressed. */
    public record Typed(Typist typist) implements Input {}

    /** Where typed lines come from. Called on a thread of the runner's own, one line at a time. */
    public interface Typist {
        /**
         * @param pending what the program printed after its last line end (its prompt, such as "Enter URL: ")
         * @return the line without its end, or null at the end of input (the program's input is then closed)
         * @throws InterruptedException the program ended meanwhile, or the learner stopped it
         */
        String line(String pending) throws InterruptedException;

        /** What the program printed while a line was being typed for it, to be seen now, not only afterwards. */
        default void printed(String text) { }
    }

    /**
     * How long a program's unfinished line ("Enter URL: ") must stay unchanged to count as a prompt it waits at.
     * A program that prints whole lines is not given a prompt of ours, so its output is not drawn twice.
     */
    private static final long PROMPT_SETTLE_MILLIS = 200;
    /** How long a program that printed no prompt must be silent before it is offered a line anyway. */
    private static final long SILENCE_MILLIS = 3_000;

    /**
     * @param output        stdout and stderr together, as printed, up to {@link #MAX_OUTPUT}
     * @param truncated     more output came than was kept
     * @param strayChildren programs it started that were still running when it ended (all stopped since)
     * @param limits        the limits it ran under
     * @param limitHit      which of them it ran into, if any
     */
    public record Result(int exit, String output, boolean timedOut, boolean truncated, Duration took,
                         int strayChildren, ProgramLimits limits, ProgramLimits.Hit limitHit) {
        public Result(int exit, String output, boolean timedOut, boolean truncated, Duration took) {
            this(exit, output, timedOut, truncated, took, 0, ProgramLimits.DEFAULT, ProgramLimits.Hit.NONE);
        }

        /**
         * True when the program stopped because its input ended while it waited for a line: Python's
         * {@code EOFError} from {@code input()}, or Java's {@code NoSuchElementException: No line found} from a
         * Scanner. A failed exit only: a program that handled the end of its input ended of its own accord.
         */
        public boolean endedForWantOfInput() {
            return exit != 0 && !timedOut && END_OF_INPUT.stream().anyMatch(output::contains);
        }

        /** In plain words, the limit the program ran into, e.g. "your program ran out of the 512 MiB …". */
        public Optional<String> limitMessage() {
            return switch (limitHit) {
                case NONE -> Optional.empty();
                case MEMORY -> Optional.of(Messages.get("programs.limit.memory", limits.memoryMiB()));
                case PROCESSES -> Optional.of(Messages.get("programs.limit.processes", limits.processes()));
            };
        }
    }

    /** Without a stronger mechanism, how often the runner looks for programs the learner's program started. */
    private static final long WATCH_MILLIS = 50;
    /** How long stopped processes are given to be gone. */
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(5);
    /** What a program prints when it could not get memory under the limit (Python, Java, C, C++, the shell). */
    private static final List<String> OUT_OF_MEMORY = List.of("MemoryError", "OutOfMemoryError",
            "Cannot allocate memory", "bad_alloc", "out of memory", "Native memory allocation");
    /** What a program prints when it wanted a line of input and its input had ended (Python, Java's Scanner). */
    private static final List<String> END_OF_INPUT = List.of("EOFError",
            "java.util.NoSuchElementException: No line found");
    /** What a program prints when it could not start another process or thread. */
    private static final List<String> NO_MORE_PROCESSES = List.of("Resource temporarily unavailable",
            "BlockingIOError", "Cannot fork", "can't fork", "unable to create native thread");

    /**
     * Run by {@code sh} between the mechanism and the program. $1: where to write "EXIT STRAYS" when the shell is
     * the first process of a PID namespace of its own, or "-"; then the cgroups to join, "--", and the program.
     * As a namespace's first process it waits for the program, counts what is left (zombies aside), and ends:
     * the kernel then ends everything else in the namespace.
     */
    static final String INIT = """
            r=$1; shift
            while [ "$1" != -- ]; do echo 0 > "$1/cgroup.procs" || exit 125; shift; done
            shift
            if [ "$r" = - ]; then exec "$@"; fi
            "$@"
            s=$?
            n=0
            for p in /proc/[0-9]*; do
              p=${p#/proc/}
              [ "$p" = "$$" ] && continue
              st=
              read -r st 2>/dev/null < "/proc/$p/stat" || :
              case "$st" in ''|*") Z "*) continue;; esac
              n=$((n+1))
            done
            echo "$s $n" > "$r"
            exit "$s"
            """;

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
        return run(command, workDir, env, stdin, limit, ProgramLimits.DEFAULT);
    }

    /** As {@link #run(List, Path, Map, String, Duration)}, under the given limits. */
    public static Result run(List<String> command, Path workDir, Map<String, String> env, String stdin,
                             Duration limit, ProgramLimits limits) throws IOException, InterruptedException {
        return run(command, workDir, env, stdin, limit, limits, Containment.probe());
    }

    /** As {@link #run(List, Path, Map, String, Duration)}, its input given by {@code input}. */
    public static Result run(List<String> command, Path workDir, Map<String, String> env, Input input,
                             Duration limit) throws IOException, InterruptedException {
        return run(command, workDir, env, input, limit, ProgramLimits.DEFAULT, Containment.probe());
    }

    static Result run(List<String> command, Path workDir, Map<String, String> env, String stdin, Duration limit,
                      ProgramLimits limits, Containment.Probe probe) throws IOException, InterruptedException {
        return run(command, workDir, env, new Text(stdin == null ? "" : stdin), limit, limits, probe);
    }

    static Result run(List<String> command, Path workDir, Map<String, String> env, Input input, Duration limit,
                      ProgramLimits limits, Containment.Probe probe) throws IOException, InterruptedException {
        if (input instanceof Text t && t.text().getBytes(StandardCharsets.UTF_8).length > MAX_STDIN) {
            throw new IllegalArgumentException("stdin text over " + MAX_STDIN + " bytes");
        }
        Run run = new Run(probe, limits);
        try {
            return run.go(command, workDir, env, input, limit);
        } finally {
            run.cleanUp();
        }
    }

    /**
     * What a Java program in a PID namespace of its own prints through no doing of its own: it is pid 2 there like
     * every other program so contained, and the JVMs' shared {@code /tmp/hsperfdata_USER/2} file, held by another
     * such JVM, makes HotSpot warn on its first line. The containment causes it, so the containment takes it away,
     * for course programs and graded ones alike.
     */
    private static final java.util.regex.Pattern SHARED_PID_NOISE = java.util.regex.Pattern.compile(
            "\\[[0-9.]+s]\\[warning]\\[perf,memops] Cannot use file /tmp/hsperfdata_[^/\\s]+/\\d+ because it is "
                    + "locked by another process \\(errno = \\d+\\)\\r?\\n");

    static String withoutSharedPidNoise(String output) {
        return SHARED_PID_NOISE.matcher(output).replaceFirst("");
    }

    /** One run: the mechanism's own files and processes, so each is stopped and removed the way it was made. */
    private static final class Run {
        private final Containment.Probe probe;
        private final Containment.Mechanism mechanism;
        private final ProgramLimits limits;
        private final Set<ProcessHandle> seen = new HashSet<>();
        private Path killGroup;
        private Path pidsGroup;
        private Path report;
        private Process process;
        private Thread typing;
        private volatile boolean typingStopped;

        Run(Containment.Probe probe, ProgramLimits limits) {
            this.probe = probe;
            this.mechanism = probe.mechanism();
            this.limits = limits;
        }

        private boolean namespace() {
            return mechanism == Containment.Mechanism.PID_NAMESPACE
                    || mechanism == Containment.Mechanism.USER_PID_NAMESPACE;
        }

        /** Without a namespace or a cgroup to end, the program's children are looked for while it runs. */
        private boolean watching() {
            return !namespace() && killGroup == null;
        }

        private List<String> wrap(List<String> command) throws IOException {
            if (mechanism == Containment.Mechanism.PROCESS_TREE) return command;
            List<String> cmd = new ArrayList<>();
            List<String> cgroups = new ArrayList<>();
            if (mechanism == Containment.Mechanism.CGROUP) {
                killGroup = probe.cgroupRoot().flatMap(Containment.Cgroups::make).orElse(null);
                if (killGroup != null) cgroups.add(killGroup.toString());
            }
            if (mechanism != Containment.Mechanism.USER_PID_NAMESPACE && probe.pidsRoot().isPresent()) {
                if (killGroup != null && Files.exists(killGroup.resolve("pids.max"))) {
                    pidsGroup = killGroup;
                } else {
                    pidsGroup = probe.pidsRoot().flatMap(Containment.Cgroups::make).orElse(null);
                    if (pidsGroup != null) cgroups.add(pidsGroup.toString());
                }
                if (pidsGroup != null && !Containment.Cgroups.write(pidsGroup.resolve("pids.max"),
                        Integer.toString(limits.processes()))) {
                    pidsGroup = null;
                }
            }
            switch (mechanism) {
                case PID_NAMESPACE, USER_PID_NAMESPACE -> {
                    cmd.addAll(Containment.namespacePrefix(mechanism, Containment.tool("unshare").orElseThrow()));
                    report = Files.createTempFile("wiretutor-run", ".txt");
                }
                case PROCESS_GROUP -> cmd.add(Containment.tool("setsid").orElseThrow().toString());
                default -> { }
            }
            cmd.addAll(List.of("sh", "-c", INIT, "wiretutor", report == null ? "-" : report.toString()));
            cmd.addAll(cgroups);
            cmd.add("--");
            if (probe.prlimit().isPresent()) {
                cmd.add(probe.prlimit().get().toString());
                cmd.add("--data=" + limits.memoryBytes());
                if (probe.processRlimit()) cmd.add("--nproc=" + limits.processes());
                cmd.add("--");
                cmd.addAll(sizedJava(command));
            } else {
                cmd.addAll(command);
            }
            return cmd;
        }

        /**
         * A JVM sizes its heap from the computer's memory, not from the data limit, and would fail to start under
         * it on a large machine: it is told the limit as its memory (-XX:MaxRAM), which it then stays within.
         */
        private List<String> sizedJava(List<String> command) {
            if (command.isEmpty() || !Path.of(command.get(0)).getFileName().toString().equals("java")) return command;
            List<String> sized = new ArrayList<>(command);
            sized.add(1, "-XX:MaxRAM=" + limits.memoryMiB() + "m");
            return sized;
        }

        Result go(List<String> command, Path workDir, Map<String, String> env, Input input, Duration limit)
                throws IOException, InterruptedException {
            if (mechanism != Containment.Mechanism.PROCESS_TREE) startable(command, workDir, env);
            ProcessBuilder pb = new ProcessBuilder(wrap(command)).directory(workDir.toFile()).redirectErrorStream(true);
            pb.environment().putAll(env);
            if (input instanceof FromFile f) pb.redirectInput(workDir.resolve(f.file()).toFile());
            long start = System.nanoTime();
            process = pb.start();
            if (input instanceof Text t) feed(process, t.text());
            Capture capture = new Capture(process.getInputStream());
            Thread reader = new Thread(capture, "wiretutor-program-output");
            reader.setDaemon(true);
            reader.start();
            typing = input instanceof Typed typed ? typist(typed.typist(), capture) : null;
            boolean finished = false;
            long deadline = start + limit.toNanos();
            try {
                while (!finished && System.nanoTime() < deadline) {
                    // children are noted while the program runs: once it exits they are orphans, no longer its own
                    if (watching()) process.descendants().forEach(seen::add);
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    finished = process.waitFor(Math.max(1, watching() ? Math.min(WATCH_MILLIS, left) : left),
                            TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                stop();
                throw e;
            }
            stopTyping();
            int exit = -1;
            int strays = 0;
            if (finished) {
                exit = process.exitValue();
                strays = leftBehind();
                if (report != null) {
                    String[] said = read(report).strip().split(" ");
                    if (said.length == 2) {
                        exit = Integer.parseInt(said[0]);
                        strays = Integer.parseInt(said[1]);
                    }
                }
            }
            // Read all the program printed before stopping anything: stopping closes the process's streams, and
            // output still unread then (a busy machine is slow to schedule the reader) would be lost. Only a
            // stray child keeping the pipe open makes the reader wait, so then it is stopped first.
            if (finished && strays == 0) reader.join(10_000);
            stop();
            reader.join(2_000);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            String output = namespace() ? withoutSharedPidNoise(capture.text()) : capture.text();
            return new Result(exit, output, !finished, capture.truncated(), took, strays, limits,
                    hit(finished, exit, output));
        }

        /** Passes each typed line to the program as soon as it is typed; the end of input closes its input. */
        private Thread typist(Typist typist, Capture capture) {
            java.io.OutputStream stdin = process.getOutputStream();
            Thread waiting = Thread.currentThread();
            Thread t = new Thread(() -> {
                try (stdin) {
                    while (process.isAlive()) {
                        String pending = capture.awaitPrompt(PROMPT_SETTLE_MILLIS, SILENCE_MILLIS);
                        String line;
                        capture.watching = typist;
                        try {
                            line = typist.line(pending);
                        } finally {
                            capture.watching = null;
                        }
                        if (line == null || !process.isAlive()) break;
                        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                        stdin.flush();
                        capture.typed();
                    }
                } catch (InterruptedException e) {
                    // not the runner's doing: Ctrl-C at the program's prompt stops the program, as it would in a shell
                    if (!typingStopped) waiting.interrupt();
                } catch (IOException e) {
                    // the program ended (or closed its input): nothing more is typed for it
                }
            }, "wiretutor-program-input");
            t.setDaemon(true);
            t.start();
            return t;
        }

        /** The program has ended: a line still being typed for it is abandoned, and its reader is gone after. */
        private void stopTyping() throws InterruptedException {
            if (typing == null) return;
            typingStopped = true;
            typing.interrupt();
            typing.join(5_000);
        }

        /** After the program ended: how many of the programs it started are still running, by the mechanism's count. */
        private int leftBehind() {
            if (killGroup != null) return Containment.Cgroups.procs(killGroup).size();
            if (namespace()) return 0;   // counted inside the namespace, in the report
            return (int) others().stream().filter(ProcessHandle::isAlive).count();
        }

        /** Without a namespace or a cgroup: what the program was seen to start, and what is still in its session. */
        private Set<ProcessHandle> others() {
            Set<ProcessHandle> found = new HashSet<>(seen);
            if (process != null) process.descendants().forEach(found::add);
            if (mechanism == Containment.Mechanism.PROCESS_GROUP && process != null) {
                found.addAll(inSession(process.pid()));
            }
            found.remove(ProcessHandle.current());
            return found;
        }

        /** Ends the program and everything it started, and waits (a little) until they are gone. */
        void stop() {
            if (process == null) return;
            List<ProcessHandle> doomed = new ArrayList<>(process.descendants().toList());
            if (killGroup != null) {
                Containment.Cgroups.procs(killGroup).forEach(pid -> ProcessHandle.of(pid).ifPresent(doomed::add));
                Containment.Cgroups.write(killGroup.resolve("cgroup.kill"), "1");
            }
            if (watching()) {
                for (int round = 0; round < 3; round++) {
                    Set<ProcessHandle> left = others();
                    left.removeIf(p -> !p.isAlive());
                    if (left.isEmpty()) break;
                    left.forEach(ProcessHandle::destroyForcibly);
                    doomed.addAll(left);
                }
            }
            doomed.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            if (typing != null) {
                typingStopped = true;
                typing.interrupt();
                try {
                    typing.join(5_000);   // the keyboard is the shell's again only once the line is abandoned
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            doomed.add(process.toHandle());
            long until = System.nanoTime() + STOP_PATIENCE.toNanos();
            for (ProcessHandle p : doomed) {
                long left = until - System.nanoTime();
                if (left <= 0) break;
                try {
                    p.onExit().get(left, TimeUnit.NANOSECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    // reported as nothing more: it was sent SIGKILL
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }

        private ProgramLimits.Hit hit(boolean finished, int exit, String output) {
            if (pidsGroup != null && Containment.Cgroups.refusals(pidsGroup) > 0) return ProgramLimits.Hit.PROCESSES;
            if (!finished || exit == 0) return ProgramLimits.Hit.NONE;
            if (probe.processRlimit() && NO_MORE_PROCESSES.stream().anyMatch(output::contains)) {
                return ProgramLimits.Hit.PROCESSES;
            }
            if (probe.prlimit().isPresent() && OUT_OF_MEMORY.stream().anyMatch(output::contains)) {
                return ProgramLimits.Hit.MEMORY;
            }
            return ProgramLimits.Hit.NONE;
        }

        void cleanUp() {
            if (killGroup != null) Containment.Cgroups.remove(killGroup);
            if (pidsGroup != null && pidsGroup != killGroup) Containment.Cgroups.remove(pidsGroup);
            if (report != null) {
                try {
                    Files.deleteIfExists(report);
                } catch (IOException ignored) {
                    // a temporary file of a few bytes
                }
            }
        }
    }

    /**
     * Behind the mechanism's own commands a missing program would only be an exit code: it is looked for first, so
     * it fails as it does when started directly, with the IOException of {@link ProcessBuilder#start()}.
     */
    static void startable(List<String> command, Path workDir, Map<String, String> env) throws IOException {
        if (command.isEmpty()) throw new IndexOutOfBoundsException("no command");
        String program = command.get(0);
        boolean found;
        if (program.contains("/")) {
            Path p = workDir.resolve(program);
            found = Files.isRegularFile(p) && Files.isExecutable(p);
        } else {
            String path = env.getOrDefault("PATH", System.getenv("PATH"));
            found = path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                    .filter(d -> !d.isEmpty()).map(d -> workDir.resolve(d).resolve(program))
                    .anyMatch(p -> Files.isRegularFile(p) && Files.isExecutable(p));
        }
        if (!found) {
            throw new IOException("Cannot run program \"" + program + "\" (in directory \"" + workDir
                    + "\"): error=2, No such file or directory");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    /** The live processes in session {@code sid}, from /proc (Linux). */
    static List<ProcessHandle> inSession(long sid) {
        List<ProcessHandle> found = new ArrayList<>();
        try (var entries = Files.list(Path.of("/proc"))) {
            for (Path dir : (Iterable<Path>) entries::iterator) {
                String name = dir.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) continue;
                String stat = read(dir.resolve("stat"));
                int close = stat.lastIndexOf(')');
                if (close < 0) continue;
                // after the name: state ppid pgrp session ...
                String[] f = stat.substring(close + 1).strip().split(" ");
                if (f.length > 3 && !f[0].equals("Z") && f[3].equals(Long.toString(sid))) {
                    ProcessHandle.of(Long.parseLong(name)).ifPresent(found::add);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: only what was seen is known
        }
        return found;
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
        private int typedAt;
        /** When the program last printed, or a line was last typed for it (System.nanoTime). */
        private long lastNews = System.nanoTime();
        /** Told what the program prints while a line is typed for it. */
        volatile Typist watching;

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
                        lastNews = System.nanoTime();
                        notifyAll();
                    }
                    Typist typist = watching;
                    if (typist != null) typist.printed(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException ignored) {
                // the program was stopped: what was read so far is what it printed
            }
        }

        /** A line was typed: what the program prints next is its answer, or its next prompt. */
        synchronized void typed() {
            typedAt = kept.size();
            lastNews = System.nanoTime();
        }

        /**
         * Waits until the program waits at a prompt: an unfinished line that stayed unchanged for {@code settle}
         * ms (returned), or nothing printed at all for {@code silence} ms (""): it may be reading without a prompt.
         */
        synchronized String awaitPrompt(long settle, long silence) throws InterruptedException {
            long settleNanos = TimeUnit.MILLISECONDS.toNanos(settle);
            long silenceNanos = TimeUnit.MILLISECONDS.toNanos(silence);
            while (true) {
                long quiet = System.nanoTime() - lastNews;
                String partial = partial();
                if (!partial.isEmpty() && quiet >= settleNanos) return partial;
                if (quiet >= silenceNanos) return "";
                long wait = (partial.isEmpty() ? silenceNanos : settleNanos) - quiet;
                TimeUnit.NANOSECONDS.timedWait(this, Math.max(1, wait));
            }
        }

        /** What the program printed after its last line end since the last typed line. */
        private String partial() {
            byte[] all = kept.toByteArray();
            int from = typedAt;
            for (int i = all.length - 1; i >= typedAt; i--) {
                if (all[i] == '\n') {
                    from = i + 1;
                    break;
                }
            }
            return new String(all, from, all.length - from, StandardCharsets.UTF_8);
        }

        synchronized String text() {
            return kept.toString(StandardCharsets.UTF_8);
        }

        synchronized boolean truncated() {
            return truncated;
        }
    }
}
