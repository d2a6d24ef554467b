package org.wiretutor.grading;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.wiretutor.check.Verdict;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.MirrorServer;
import org.wiretutor.programs.ProgramLimits;
import org.wiretutor.programs.ProgramRunner;

/**
 * Grades a learner's program: runs it against a private mirror serving the learner's own files, typing the URL
 * in, then checks what the mirror received and what the program printed. The mirror's clock is pinned for the
 * grading so the reply the program got can be reproduced byte for byte and compared with its output.
 */
public final class ProgramGrader {

    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(15);
    /** Short, so a program that never ends its request gets the server's 408 within the run. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
    /** Short, so a program caught by keep-alive finishes (slowly) within the run. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(2);
    /**
     * For an exercise with {@code trickle_head=true}: the pause between the pieces of a reply's head. Long enough
     * for each piece to reach the program as its own read, short enough that a reply's head (about ten lines)
     * takes a tenth of a second.
     */
    static final Duration HEAD_PAUSE = Duration.ofMillis(10);
    /** How long to wait for the mirror to log an exchange after the program ended. */
    private static final Duration LOG_PATIENCE = Duration.ofMillis(500);
    /** Python buffers output when it is not a terminal; unbuffered keeps what a stopped program printed. */
    private static final Map<String, String> ENV = Map.of("PYTHONUNBUFFERED", "1", "PYTHONIOENCODING", "utf-8",
            "no_proxy", "127.0.0.1,localhost", "NO_PROXY", "127.0.0.1,localhost");

    private final Clock clock;
    private final Duration limit;
    private final ProgramLimits limits;

    /** @param limit how long each run of the program may take before it and its children are stopped */
    public ProgramGrader(Clock clock, Duration limit) {
        this(clock, limit, ProgramLimits.DEFAULT);
    }

    /** @param limits the memory and processes each run of the program may use */
    public ProgramGrader(Clock clock, Duration limit, ProgramLimits limits) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limit = Objects.requireNonNull(limit, "limit");
        this.limits = Objects.requireNonNull(limits, "limits");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    /**
     * @param learner the learner's id, which picks their variant of the mirror's files
     * @param command the program to run, e.g. {@code python3 mine.py}
     * @param workDir where to run it
     * @throws IllegalArgumentException for a typed exercise or an unreadable exercise.properties
     */
    public Grade grade(Exercise e, String learner, List<String> command, Path workDir)
            throws IOException, InterruptedException {
        return grade(e, learner, command, workDir, false);
    }

    /**
     * As {@link #grade(Exercise, String, List, Path)}; with {@code reveal} (an instructor's {@code check --reveal},
     * never the learner's shell) failure messages add the expected values.
     */
    public Grade grade(Exercise e, String learner, List<String> command, Path workDir, boolean reveal)
            throws IOException, InterruptedException {
        if (e.kind() != Exercise.Kind.PROGRAM) {
            throw new IllegalArgumentException("exercise " + e.number() + " is answered by typing, not by a program");
        }
        LearnerFiles files = LearnerFiles.of(learner);
        Map<String, String> values = LearnerValues.of(files.scrape());
        ExerciseSpec spec = spec(e).resolved(values);
        Clock pinned = Clock.fixed(clock.instant(), ZoneOffset.UTC);
        MirrorConfig base = MirrorConfig.loopback().withClock(pinned).withRequestTimeout(REQUEST_TIMEOUT)
                .withKeepAliveTimeout(KEEP_ALIVE);

        VisitLog log = new VisitLog(clock);
        ProgramRun main;
        String host = "127.0.0.1";
        int port;
        MirrorConfig served = files.serve(base.withLog(log));
        if (spec.trickleHead()) {
            served = served.withHeadPause(HEAD_PAUSE);
        }
        try (MirrorServer mirror = MirrorServer.start(served)) {
            port = mirror.port();
            String url = "http://" + host + ":" + port + spec.path();
            ProgramRunner.Result result = ProgramRunner.run(command, workDir, ENV, keyboard(spec, url, values),
                    limit, limits);
            Instant ended = clock.instant();
            main = new ProgramRun(url, result, log.awaitAtLeast(visitsWanted(spec, files), LOG_PATIENCE), ended);
        }
        boolean reached = main.visits().stream().anyMatch(v -> v.entry().head().length > 0);
        Map<String, ProgramRun> reruns = new LinkedHashMap<>();
        // no request, no credit: the extra runs would only earn points for a program that does nothing
        Map<String, String> inputs = reached ? spec.inputs() : Map.of();
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            ProgramRunner.Result result = ProgramRunner.run(command, workDir, ENV, input.getValue() + "\n", limit,
                    limits);
            reruns.put(input.getKey(), new ProgramRun(input.getValue(), result, List.of(), clock.instant()));
        }
        Evidence evidence = new Evidence(spec, main.input(), host, port, limit, KEEP_ALIVE, main, reruns,
                reply(main, files, base), files.document(spec.path()).orElse(new byte[0]), files.paragraphs(),
                files.scrape(), ProgramSource.of(command, workDir), reveal);
        List<CheckResult> results = new ArrayList<>();
        if (reached) {
            for (String name : spec.checks()) {
                results.add(new CheckResult(name, Checks.named(name).judge(evidence)));
            }
        } else {
            results.addAll(unreached(spec, evidence));
        }
        main.result().limitMessage().ifPresent(said -> limitHit(results, said));
        return new Grade(String.format("%02d-%s", e.number(), e.id()), learner, results, clock.instant(),
                main.output());
    }

    /** The lines typed into the program, each ended by a newline: the URL, then any of the learner's values. */
    static String keyboard(ExerciseSpec spec, String url, Map<String, String> values) {
        StringBuilder typed = new StringBuilder();
        for (String line : spec.keyboard()) {
            typed.append(line.equals(ExerciseSpec.URL) ? url : values.get(line)).append('\n');
        }
        return typed.toString();
    }

    /**
     * How many exchanges the mirror should have logged once a good program ended: one, or for an exercise that
     * follows links, every page it must fetch, so the last of them is not missed when the program exits quickly.
     */
    private static int visitsWanted(ExerciseSpec spec, LearnerFiles files) {
        return spec.checks().contains(LinksFollowedCheck.NAME) ? files.scrape().linkCount() : 1;
    }

    /**
     * Nothing reached the server, so no check earns credit: the request check (or the first, when there is none)
     * says why, with the program's exit status and the end of its output; every other check is marked not run.
     */
    private static List<CheckResult> unreached(ExerciseSpec spec, Evidence evidence) {
        String why = NoRequest.explain(evidence);
        String carrier = spec.checks().contains(ReceivedRequestCheck.NAME) ? ReceivedRequestCheck.NAME : spec.checks().get(0);
        List<CheckResult> results = new ArrayList<>();
        for (String name : spec.checks()) {
            results.add(CheckResult.fail(name, name.equals(carrier) ? why : GradingText.notRun()));
        }
        return results;
    }

    /** A program stopped by its memory or process limit did not finish as it should: its "finished" check says why. */
    private static void limitHit(List<CheckResult> results, String said) {
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).name().equals(FinishedCheck.NAME)) {
                results.set(i, CheckResult.fail(FinishedCheck.NAME, said));
                return;
            }
        }
        results.add(CheckResult.fail(FinishedCheck.NAME, said));
    }

    private static ExerciseSpec spec(Exercise e) throws IOException {
        try {
            return ExerciseSpec.read(e.folder(), e.id() + "/" + ExerciseSpec.FILE);
        } catch (ExerciseFormatException bad) {
            throw new IllegalArgumentException(bad.getMessage(), bad);
        }
    }

    /**
     * The reply the program received, reproduced by sending its exact request head to a fresh mirror with the same
     * files and the same pinned clock; only for a request answered 200, since only then is there a file to show.
     */
    private static Optional<byte[]> reply(ProgramRun main, LearnerFiles files, MirrorConfig base) throws IOException {
        Optional<LogEntry> answered = main.visits().stream().map(MirrorVisit::entry)
                .filter(e -> e.status() == 200 && e.head().length > 0).findFirst();
        if (answered.isEmpty()) {
            return Optional.empty();
        }
        try (MirrorServer reference = MirrorServer.start(files.serve(base))) {
            InetSocketAddress at = reference.address();
            byte[] head = answered.get().head();
            String method = new String(head, 0, Math.min(head.length, 8), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .startsWith("HEAD ") ? "HEAD" : "GET";
            return Optional.of(ReplyFetcher.fetch(at, head, method, REQUEST_TIMEOUT));
        }
    }
}
