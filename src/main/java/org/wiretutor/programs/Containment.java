package org.wiretutor.programs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.wiretutor.text.Messages;

/**
 * How a learner's program is kept from outliving its run, and how its process count is limited. The strongest
 * mechanism this computer allows is found once by trying each in turn, and kept:
 * <ol>
 * <li>a PID namespace of its own ({@code unshare --pid}, as root): when the namespace's first process ends, the
 * kernel ends every other process in it, daemons and {@code setsid} included;</li>
 * <li>the same inside a user namespace ({@code unshare --user --map-root-user}), for users who are not root;</li>
 * <li>a cgroup v2 of its own, ended as a whole through {@code cgroup.kill};</li>
 * <li>a session of its own ({@code setsid}): every process still in the session is ended;</li>
 * <li>elsewhere (macOS, Windows), the program's process tree as Java sees it, looked at while it runs.</li>
 * </ol>
 */
public final class Containment {

    public enum Mechanism { PID_NAMESPACE, USER_PID_NAMESPACE, CGROUP, PROCESS_GROUP, PROCESS_TREE }

    /**
     * @param mechanism   the one in use
     * @param notHere     each stronger mechanism that was tried and did not work, with why, as troubleshoot shows it
     * @param cgroupRoot  for {@link Mechanism#CGROUP}: the cgroup (v2) under which each run gets its own
     * @param pidsRoot    a cgroup under which each run gets one with {@code pids.max}, when there is one
     * @param prlimit     util-linux's prlimit, which sets the memory (and, in a user namespace, process) limit
     */
    public record Probe(Mechanism mechanism, List<String> notHere, Optional<Path> cgroupRoot, Optional<Path> pidsRoot,
                        Optional<Path> prlimit) {
        /** RLIMIT_NPROC counts a user's processes: only in a user namespace of our own does it count just the program's. */
        boolean processRlimit() {
            return mechanism == Mechanism.USER_PID_NAMESPACE && prlimit.isPresent();
        }

        boolean limitsProcesses() {
            return pidsRoot.isPresent() || processRlimit();
        }

        /** What troubleshoot prints: the mechanism, what was not available, and the limits. */
        public List<String> describe(ProgramLimits limits) {
            List<String> lines = new ArrayList<>();
            lines.add(switch (mechanism) {
                case PID_NAMESPACE -> Messages.get("programs.contain.pid.namespace");
                case USER_PID_NAMESPACE -> Messages.get("programs.contain.user.namespace");
                case CGROUP -> Messages.get("programs.contain.cgroup", cgroupRoot.map(Path::toString).orElse(""));
                case PROCESS_GROUP -> Messages.get("programs.contain.process.group");
                case PROCESS_TREE -> Messages.get("programs.contain.process.tree", System.getProperty("os.name"));
            });
            lines.addAll(notHere);
            if (mechanism != Mechanism.PROCESS_TREE) {
                lines.add(prlimit.isPresent() ? Messages.get("programs.limit.memory.on", limits.memoryMiB())
                        : Messages.get("programs.limit.memory.off"));
                if (pidsRoot.isPresent()) {
                    lines.add(Messages.get("programs.limit.processes.on", limits.processes(),
                            Messages.get("programs.by.cgroup", pidsRoot.get())));
                } else if (processRlimit()) {
                    lines.add(Messages.get("programs.limit.processes.on", limits.processes(), "RLIMIT_NPROC"));
                } else {
                    lines.add(Messages.get("programs.limit.processes.off", Messages.get("programs.why.no.pids.cgroup")));
                }
            }
            return lines;
        }
    }

    private static final java.time.Duration PROBE_LIMIT = java.time.Duration.ofSeconds(10);
    private static final AtomicLong RUNS = new AtomicLong();
    private static volatile Probe probed;

    private Containment() {}

    /** The mechanism in use, tried out on the first call and kept. */
    public static Probe probe() {
        Probe p = probed;
        if (p == null) {
            synchronized (Containment.class) {
                p = probed;
                if (p == null) probed = p = detect();
            }
        }
        return p;
    }

    private static boolean linux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
    }

    private static Probe detect() {
        List<String> notHere = new ArrayList<>();
        if (!linux()) return new Probe(Mechanism.PROCESS_TREE, notHere, Optional.empty(), Optional.empty(), Optional.empty());
        Optional<Path> prlimit = tool("prlimit");
        Optional<Path> unshare = tool("unshare");
        Optional<Path> pids = pidsRoot();
        if (unshare.isPresent()) {
            String ns = tryOut(namespacePrefix(Mechanism.PID_NAMESPACE, unshare.get()), "1");
            if (ns.isEmpty()) return new Probe(Mechanism.PID_NAMESPACE, notHere, Optional.empty(), pids, prlimit);
            notHere.add(Messages.get("programs.contain.fallback", "unshare --pid", ns));
            String user = tryOut(namespacePrefix(Mechanism.USER_PID_NAMESPACE, unshare.get()), "1");
            if (user.isEmpty()) {
                return new Probe(Mechanism.USER_PID_NAMESPACE, notHere, Optional.empty(), Optional.empty(), prlimit);
            }
            notHere.add(Messages.get("programs.contain.fallback", "unshare --user --pid", user));
        } else {
            notHere.add(Messages.get("programs.contain.fallback", "unshare", Messages.get("programs.why.not.installed")));
        }
        Optional<Path> cgroup = cgroupV2();
        String whyNotCgroup = cgroup.map(Containment::tryCgroup).orElseGet(() -> Messages.get("programs.why.no.cgroup.v2"));
        if (whyNotCgroup.isEmpty()) {
            return new Probe(Mechanism.CGROUP, notHere, cgroup, pids, prlimit);
        }
        notHere.add(Messages.get("programs.contain.fallback", "cgroup.kill", whyNotCgroup));
        Optional<Path> setsid = tool("setsid");
        if (setsid.isPresent()) {
            String why = tryOut(List.of(setsid.get().toString()), "");
            if (why.isEmpty()) return new Probe(Mechanism.PROCESS_GROUP, notHere, Optional.empty(), pids, prlimit);
            notHere.add(Messages.get("programs.contain.fallback", "setsid", why));
        } else {
            notHere.add(Messages.get("programs.contain.fallback", "setsid", Messages.get("programs.why.not.installed")));
        }
        return new Probe(Mechanism.PROCESS_TREE, notHere, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The command that starts a program in a new PID namespace, before the program's own. */
    static List<String> namespacePrefix(Mechanism m, Path unshare) {
        List<String> cmd = new ArrayList<>(List.of(unshare.toString()));
        if (m == Mechanism.USER_PID_NAMESPACE) cmd.addAll(List.of("--user", "--map-root-user"));
        cmd.addAll(List.of("--fork", "--pid", "--kill-child", "--mount-proc"));
        return cmd;
    }

    /**
     * Runs {@code prefix sh -c 'echo $$'}; empty when it worked (and, when {@code pid} is given, the shell had that
     * PID), else why not.
     */
    private static String tryOut(List<String> prefix, String pid) {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of("sh", "-c", "echo $$"));
        return tryCommand(cmd, pid);
    }

    private static String tryCommand(List<String> cmd, String pid) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            p.getOutputStream().close();
            if (!p.waitFor(PROBE_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Messages.get("programs.why.no.answer", PROBE_LIMIT.toSeconds());
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0) {
                String first = out.lines().findFirst().orElse(Messages.get("programs.why.exit", p.exitValue()));
                return first.length() > 120 ? first.substring(0, 120) + "…" : first;
            }
            if (!pid.isEmpty() && !out.equals(pid)) return Messages.get("programs.why.not.alone");
            return "";
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Messages.get("programs.why.interrupted");
        }
    }

    /** Tries a cgroup of our own under {@code root}: made, joined, killed, removed. Empty when all worked. */
    private static String tryCgroup(Path root) {
        if (!Files.exists(root.resolve("cgroup.procs"))) return Messages.get("programs.why.no.cgroup.procs", root);
        Optional<Path> dir = Cgroups.make(root);
        if (dir.isEmpty()) return Messages.get("programs.why.not.writable", root);
        try {
            if (!Files.exists(dir.get().resolve("cgroup.kill"))) return Messages.get("programs.why.no.cgroup.kill");
            return tryCommand(List.of("sh", "-c", Cgroups.JOIN + " && echo ok", "sh", dir.get().toString()), "");
        } finally {
            Cgroups.remove(dir.get());
        }
    }

    /** This program's own cgroup v2 directory, from /proc/self/cgroup's "0::" line. */
    private static Optional<Path> cgroupV2() {
        Path mount = Files.exists(Path.of("/sys/fs/cgroup/cgroup.controllers")) ? Path.of("/sys/fs/cgroup")
                : Path.of("/sys/fs/cgroup/unified");
        return ownCgroup("0", "").map(rel -> mount.resolve(rel));
    }

    /** A cgroup under which each run may get one with pids.max (v1's pids hierarchy, or v2 with pids enabled). */
    private static Optional<Path> pidsRoot() {
        List<Path> candidates = new ArrayList<>();
        ownCgroup(null, "pids").ifPresent(rel -> candidates.add(Path.of("/sys/fs/cgroup/pids").resolve(rel)));
        cgroupV2().ifPresent(candidates::add);
        for (Path root : candidates) {
            if (!Files.exists(root.resolve("cgroup.procs"))) continue;
            Optional<Path> dir = Cgroups.make(root);
            if (dir.isEmpty()) continue;
            try {
                if (!Files.isWritable(dir.get().resolve("pids.max"))) continue;
                String why = tryCommand(List.of("sh", "-c", Cgroups.JOIN + " && echo ok", "sh",
                        dir.get().toString()), "");
                if (why.isEmpty()) return Optional.of(root);
            } finally {
                Cgroups.remove(dir.get());
            }
        }
        return Optional.empty();
    }

    /**
     * This process's cgroup path, relative, from /proc/self/cgroup: the line with hierarchy id {@code id}, or whose
     * controllers include {@code controller}.
     */
    private static Optional<String> ownCgroup(String id, String controller) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/cgroup"))) {
                String[] f = line.split(":", 3);
                if (f.length < 3) continue;
                boolean match = id != null ? f[0].equals(id) && f[1].isEmpty()
                        : List.of(f[1].split(",")).contains(controller);
                if (match) return Optional.of(f[2].startsWith("/") ? f[2].substring(1) : f[2]);
            }
        } catch (IOException | RuntimeException e) {
            // no cgroups here
        }
        return Optional.empty();
    }

    /** An executable on PATH (or in the usual system folders). */
    static Optional<Path> tool(String name) {
        List<String> dirs = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) dirs.addAll(List.of(path.split(java.io.File.pathSeparator)));
        dirs.addAll(List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin"));
        for (String dir : dirs) {
            if (dir.isEmpty()) continue;
            Path p = Path.of(dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** A name for one run's cgroup, unique on this machine while this JVM lives. */
    static String runName() {
        return "wiretutor-" + ProcessHandle.current().pid() + "-" + RUNS.incrementAndGet();
    }

    /** Small cgroup file operations; every failure is an answer ("no"), never an exception. */
    static final class Cgroups {
        /** Shell text that moves the shell ($1 is the cgroup) into a cgroup: "0" is the writer itself. */
        static final String JOIN = "echo 0 > \"$1/cgroup.procs\"";

        private Cgroups() {}

        static Optional<Path> make(Path root) {
            Path dir = root.resolve(runName());
            try {
                Files.createDirectory(dir);
                return Optional.of(dir);
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        static boolean write(Path file, String text) {
            try {
                Files.writeString(file, text);
                return true;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        static List<Long> procs(Path dir) {
            try {
                return Files.readAllLines(dir.resolve("cgroup.procs")).stream().filter(s -> !s.isBlank())
                        .map(s -> Long.parseLong(s.strip())).toList();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        }

        /** The count after "max" in pids.events: how often a fork was refused. */
        static long refusals(Path dir) {
            try {
                for (String line : Files.readAllLines(dir.resolve("pids.events"))) {
                    if (line.startsWith("max ")) return Long.parseLong(line.substring(4).strip());
                }
            } catch (IOException | RuntimeException e) {
                // unknown: none counted
            }
            return 0;
        }

        /** Removes an emptied cgroup; its last processes may take a moment to leave it, so it is tried a few times. */
        static void remove(Path dir) {
            for (int i = 0; i < 50; i++) {
                try {
                    Files.deleteIfExists(dir);
                    return;
                } catch (IOException | RuntimeException e) {
                    // still busy: its processes are being torn down
                    java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
                }
            }
        }
    }
}
