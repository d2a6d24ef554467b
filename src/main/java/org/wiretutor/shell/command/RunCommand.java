package org.wiretutor.shell.command;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.wiretutor.course.CoursePrograms;
import org.wiretutor.course.CourseSession;
import org.wiretutor.course.Observation;
import org.wiretutor.programs.MirrorRedirect;
import org.wiretutor.programs.OwnProgram;
import org.wiretutor.programs.ProgramRunner;
import org.wiretutor.programs.WrittenFiles;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.shell.screen.WireRenderer;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.ClassServer;
import org.wiretutor.wire.ClassServerRelay;
import org.wiretutor.wire.MirrorHost;
import org.wiretutor.wire.Target;

/**
 * {@code run PROGRAM [ARGS]}: runs one of the course's programs, or the learner's own program in their folder
 * ({@code run my.py}, {@code run ./a.out}, {@code run python3 my.py}), with its connections to data.pr4e.org sent
 * to the built-in mirror ({@link MirrorRedirect}); then shows what it printed, the exact request the mirror
 * received from it, and where else it went.
 *
 * <p>The words after {@code run} are split as a POSIX shell splits them (JLine's parser: quotes group, a backslash
 * escapes), so {@code run sh -c 'echo a b'} passes {@code echo a b} as one argument. The program reads what the
 * learner types while it runs, line by line, at its own prompt; {@code run my.py < answers.txt} gives it a file
 * instead. A script of commands gives a program no input of its own (its next lines are wiretutor's commands, not
 * the program's): there {@code < FILE} is the way to answer a program's questions.
 */
public final class RunCommand implements TextCommand {
    private static final Duration LATE_LOG = Duration.ofSeconds(1);
    /** How many of the files a run wrote are listed by name; the rest are counted. */
    private static final int FILES_LISTED = 20;

    private final Coursework coursework;
    private final Connection connection;
    private final LearnerHome learner;
    private final Output out;
    private final Keyboard keyboard;
    private final LastRun lastRun;
    private final Path folder;
    private final Duration limit;

    /**
     * @param folder where the learner's own programs are found and run: the folder wiretutor was started in
     * @param limit  how long a program may run before it is stopped
     */
    public RunCommand(Coursework coursework, Connection connection, LearnerHome learner, Output out, Keyboard keyboard,
                      LastRun lastRun, Path folder, Duration limit) {
        this.coursework = coursework;
        this.connection = connection;
        this.learner = learner;
        this.out = out;
        this.keyboard = keyboard;
        this.lastRun = lastRun;
        this.folder = folder;
        this.limit = limit;
    }

    @Override public String name() { return "run"; }
    @Override public String usage() { return Messages.get("shell.run.usage"); }
    @Override public String summary() { return Messages.get("shell.run.summary"); }
    @Override public String help() { return Messages.get("shell.run.help"); }

    @Override
    public List<String> candidates(int index) {
        return candidates(java.util.Collections.nCopies(index, ""), "");
    }

    /** The course's programs and the files in the learner's folder; after a slash, the files along that path. */
    @Override
    public List<String> candidates(List<String> before, String typed) {
        if (!before.isEmpty()) return List.of();
        if (typed.contains("/")) return FolderFiles.along(folder, typed);
        List<String> names = new ArrayList<>(coursework.course().course().programs().names());
        for (String file : FolderFiles.names(folder)) {
            if (!names.contains(file)) names.add(file);
        }
        return names;
    }

    /** The line after {@code run}, split into words with the shell's quoting rules. */
    @Override
    public void runText(String text) throws UsageException {
        org.jline.reader.impl.DefaultParser parser = new org.jline.reader.impl.DefaultParser();
        parser.setEofOnUnclosedQuote(true);
        List<String> words;
        try {
            String line = text.strip();
            words = line.isEmpty() ? new ArrayList<>() : new ArrayList<>(parser.parse(line, line.length(),
                    org.jline.reader.Parser.ParseContext.ACCEPT_LINE).words());
        } catch (org.jline.reader.EOFError e) {
            throw new UsageException(Messages.get("shell.run.unclosedQuote"));
        }
        run(words);
    }

    @Override
    public void run(List<String> words) throws UsageException {
        List<String> args = new ArrayList<>(words);
        ProgramRunner.Input input = keyboardOrScript();
        int from = inputFrom(args);
        if (from >= 0) {
            String file = args.get(from).length() > 1 ? args.get(from).substring(1)
                    : from + 1 < args.size() ? args.get(from + 1) : "";
            if (file.isEmpty()) throw new UsageException(Messages.get("shell.run.inputNeedsFile"));
            args.subList(from, args.get(from).length() > 1 ? from + 1 : from + 2).clear();
            Path path = folder.resolve(file);
            if (!Files.isRegularFile(path)) {
                out.error(Messages.get("shell.run.noInputFile", file, folder.toString()));
                return;
            }
            input = new ProgramRunner.FromFile(path.toAbsolutePath());
        }
        runWith(args, input);
    }

    /** Where {@code < FILE} (or {@code <FILE}) starts among the words, or -1: after the program's name only. */
    private static int inputFrom(List<String> args) {
        for (int i = 1; i < args.size(); i++) {
            if (args.get(i).startsWith("<")) return i;
        }
        return -1;
    }

    /** What the learner types while the program runs; a script has no one typing, so the program reads nothing. */
    private ProgramRunner.Input keyboardOrScript() {
        if (!keyboard.interactive()) return new ProgramRunner.Text("");
        return new ProgramRunner.Typed(new ProgramRunner.Typist() {
            /** Said once, when the program first waits for a line: most programs never read one. */
            private boolean told;

            @Override
            public String line(String pending) throws InterruptedException {
                if (!told) {
                    told = true;
                    out.note(Messages.get("shell.run.typeHere"));
                }
                String prompt = pending.isEmpty() ? Messages.get("shell.run.inputPrompt")
                        : org.wiretutor.text.Escape.string(pending);
                return out.typeLine(prompt);
            }

            @Override
            public void printed(String text) {
                List<AttributedString> lines = new ArrayList<>();
                for (String line : text.split("\n")) {
                    lines.add(new AttributedStringBuilder().append("  │ ", Styles.DIM)
                            .append(org.wiretutor.text.Escape.string(line)).toAttributedString());
                }
                out.screen().show(lines);
            }
        });
    }

    private void runWith(List<String> args, ProgramRunner.Input input) throws UsageException {
        CoursePrograms programs = coursework.course().course().programs();
        if (args.isEmpty()) {
            throw new UsageException(Messages.get("shell.run.needProgram", programs.names().isEmpty()
                    ? Messages.get("shell.run.none") : String.join(", ", programs.names())));
        }
        String name = args.get(0);
        // an option before any program ("run --lines socket2.py"): run has none of its own
        if (name.startsWith("-")) throw new UsageException(Messages.get("shell.run.optionFirst",
                org.wiretutor.text.Escape.string(name)));
        if (!name.contains("/") && programs.exists(name)) {
            Path copy = learner.home().resolve("programs").resolve(name);
            ProgramOptions.check(name, args.subList(1, args.size()),
                    ProgramOptions.known(Files.isRegularFile(copy) ? copy : programs.source(name).orElseThrow()));
        }
        try {
            if (!name.contains("/") && programs.exists(name)) {
                runCourseProgram(programs, name, args.subList(1, args.size()), input);
                Path dir = learner.home().resolve("programs").toAbsolutePath().normalize();
                if (FolderFiles.exists(folder, name) && !folder.toAbsolutePath().normalize().equals(dir)) {
                    out.note(Messages.get("shell.run.courseNotYours", name, folder.toString()));
                }
                return;
            }
            OwnProgram.Plan plan = OwnProgram.plan(args, folder, System.getenv("PATH"));
            if (plan instanceof OwnProgram.Start start) {
                try (Destination to = new Destination(connection, learner.clock())) {
                    run(start.name(), start.command(), folder, start.shown(), to, input);
                }
            } else if (plan instanceof OwnProgram.Refused refused) {
                out.error(refused.why());
                if (!programs.names().isEmpty() && !name.contains("/") && !FolderFiles.exists(folder, name)) {
                    out.note(Messages.get("shell.run.coursePrograms", String.join(", ", programs.names())));
                }
            }
        } catch (IOException e) {
            out.error(Messages.get("shell.run.failed", e.getMessage()));
        }
    }

    private void runCourseProgram(CoursePrograms programs, String name, List<String> args, ProgramRunner.Input input)
            throws IOException {
        Path dir = learner.home().resolve("programs");
        Path program = programs.copyInto(name, dir).orElseThrow();
        List<String> command = command(program, name);
        if (command.isEmpty()) {
            out.error(Messages.get("programs.need.python", name));
            return;
        }
        try (Destination to = new Destination(connection, learner.clock())) {
            List<String> programArgs = new ArrayList<>(args);
            if (programs.takesServerArguments(name) && !endsWithServer(programArgs)) {
                programArgs.addAll(List.of("127.0.0.1", Integer.toString(to.address().getPort())));
            }
            command.addAll(programArgs);
            String shown = String.join(" ", command).replace(dir.toString() + java.io.File.separator, "");
            shown = shown.replaceFirst("^\\S*/(java|python3?) ", "$1 ");
            run(name, command, dir, shown, to, input);
        }
    }

    /**
     * Where a run's program is sent: the built-in mirror, or, with a class server set ({@code --server}), a relay on
     * loopback that passes the program's bytes to that server unchanged and reports each request it carried.
     */
    private static final class Destination implements AutoCloseable {
        private final MirrorHost mirror;
        private final Optional<ClassServer> classServer;
        private final ClassServerRelay relay;   // null when the built-in mirror answers
        private final List<Consumer<LogEntry>> listeners = new CopyOnWriteArrayList<>();

        Destination(Connection connection, java.time.Clock clock) throws IOException {
            this.mirror = connection.mirror();
            this.classServer = connection.connector().classServer();
            this.relay = classServer.isEmpty() ? null : ClassServerRelay.start(connection.connector()::dialClassServer,
                    clock, entry -> listeners.forEach(l -> l.accept(entry)));
        }

        /** Where the program connects; the built-in mirror starts here if it has not yet. */
        InetSocketAddress address() throws IOException {
            return relay == null ? mirror.address() : relay.address();
        }

        /** Port 80 of every mirrored host here; 443 to the mirror's HTTPS stand-in, when it has one. */
        List<MirrorRedirect.Route> routes() throws IOException {
            InetSocketAddress http = address();
            InetSocketAddress https = relay == null ? mirror.address(MirrorHost.HTTPS_PORT) : http;
            List<MirrorRedirect.Route> routes = new ArrayList<>();
            for (String host : Target.mirroredHosts()) {
                routes.add(new MirrorRedirect.Route(host, Target.HTTP_PORT, http));
                if (!https.equals(http)) routes.add(new MirrorRedirect.Route(host, MirrorHost.HTTPS_PORT, https));
            }
            return routes;
        }

        /** Watches the mirror's connections live; with a class server, nothing (the relay reports whole requests). */
        AutoCloseable watch(org.wiretutor.mirror.ConnectionObserver watcher) {
            return relay == null ? mirror.watch(watcher) : () -> { };
        }

        AutoCloseable listen(Consumer<LogEntry> listener) {
            if (relay == null) return mirror.listen(listener);
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }

        String note() throws IOException {
            int port = address().getPort();
            return classServer.map(s -> Messages.get("shell.run.pointedClass", s.toString(), port))
                    .orElse(Messages.get("shell.run.pointed", port));
        }

        boolean isClassServer() {
            return relay != null;
        }

        /** Why the class server could not be reached during the run, if it could not. */
        Optional<String> failure() {
            if (relay == null) return Optional.empty();
            return relay.failure().map(why -> Messages.get("shell.run.relayFailed", classServer.orElseThrow().toString(),
                    why));
        }

        @Override
        public void close() {
            if (relay != null) relay.close();
        }
    }

    private void run(String name, List<String> command, Path dir, String shown, Destination to,
                     ProgramRunner.Input input) throws IOException {
        List<LogEntry> logged = new CopyOnWriteArrayList<>();
        InetSocketAddress mirror = to.address();
        ProgramRunner.Result result;
        List<MirrorRedirect.Attempt> attempts;
        CourseSession.Mark since;
        WrittenFiles files;
        Thread me = Thread.currentThread();
        java.util.concurrent.CountDownLatch first = new java.util.concurrent.CountDownLatch(1);
        try (MirrorRedirect redirect = MirrorRedirect.prepare(to.routes(), mirror, System.getenv());
             AutoCloseable listening = to.listen(entry -> {
                 logged.add(entry);
                 first.countDown();
             });
             RunWaitWatch waits = new RunWaitWatch(stalled -> out.styled(Messages.get("shell.run.bothWait",
                     stalled.seconds(), stalled.received()), Styles.WARNING), RunWaitWatch.AFTER);
             AutoCloseable watching = to.watch(waits)) {
            // from here Ctrl-C stops the program; the command line shows once it can
            keyboard.waitingOn(me::interrupt);
            String typed = input instanceof ProgramRunner.FromFile f ? shown + " < " + f.file().getFileName() : shown;
            out.styled(Messages.get("shell.run.running", typed), Styles.CODE);
            out.note(to.note());
            // judged by the step current now: if the run completes it, the next step does not judge the same run
            since = coursework.course().mark();
            files = WrittenFiles.before(dir);
            ProgramRunner.Result raw = ProgramRunner.run(command, dir, redirect.environment(), input, limit);
            // the mirror logs a request after replying, which may be a moment after the program has gone
            first.await(LATE_LOG.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            result = new ProgramRunner.Result(raw.exit(), redirect.withoutOwnNotes(raw.output()), raw.timedOut(),
                    raw.truncated(), raw.took(), raw.strayChildren(), raw.limits(), raw.limitHit());
            attempts = redirect.attempts();
            // Ctrl-C reaches the program too: if it ended of that before the shell heard, it was still stopped
            if (Thread.interrupted()) throw new InterruptedException();
        } catch (InterruptedException e) {
            out.note(Messages.get("shell.run.stopped"));
            return;
        } catch (IOException e) {
            // Ctrl-C while the program was being started reaches the starter too: that is a stop, not a failure
            if (Thread.interrupted()) {
                out.note(Messages.get("shell.run.stopped"));
                return;
            }
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            keyboard.waitingOn(null);
            Thread.interrupted();
        }
        to.failure().ifPresent(out::error);
        // the mirror logs a request once its reply is written, so two connections in quick succession may log out of
        // order: in the order the program opened them (and, on one connection, sent them) is the order it asked
        List<LogEntry> received = new ArrayList<>(logged);
        received.sort(java.util.Comparator.comparingLong(LogEntry::connection));
        int width = out.screen().width();
        List<AttributedString> lines = new ArrayList<>(RunReport.lines(new RunReport.Run(result, received, attempts,
                Target.mirroredHosts(), mirror.getPort(), limit, to.isClassServer()), width, out.screen().height()));
        lastRun.remember(new LastRun.Traffic(shown, received, to.isClassServer()));
        out.screen().show(lines);
        showFiles(files);
        if (coursework.typed().isPresent()) return;   // while an exercise is being worked on, the lesson waits
        CourseSession course = coursework.course();
        for (LogEntry entry : received) {
            coursework.view().events(course.observe(new Observation.MirrorReceived(entry), since), course, true);
        }
        // the verdict comes last, under the evidence, and the next step waits for Enter
        coursework.view().events(course.observe(new Observation.ProgramFinished(name, result.exit(), result.output(),
                result.timedOut()), since), course, true);
    }

    /** Where the files the program created or changed are: its working directory, their names and sizes. */
    private void showFiles(WrittenFiles files) {
        List<WrittenFiles.Written> written = files.since();
        if (written.isEmpty()) return;
        List<AttributedString> lines = new ArrayList<>();
        lines.add(new AttributedString(org.wiretutor.text.Escape.string(
                Messages.get("programs.files.written", files.dir().toString())), Styles.STRONG));
        for (WrittenFiles.Written w : written.subList(0, Math.min(written.size(), FILES_LISTED))) {
            String size = String.format(java.util.Locale.ROOT, "%,d", w.size());
            // a name is the program's, not ours: a line feed or tab in it is shown, not obeyed
            String name = w.name().replace("\n", "\\n").replace("\t", "\\t");
            String line = Messages.get(w.created() ? "programs.file.created" : "programs.file.changed", name, size);
            lines.add(new AttributedStringBuilder().append("  ").append(org.wiretutor.text.Escape.string(line))
                    .toAttributedString());
        }
        if (written.size() > FILES_LISTED) {
            lines.add(new AttributedString("  " + Messages.get("programs.files.more", written.size() - FILES_LISTED),
                    Styles.DIM));
        }
        out.screen().show(lines);
    }

    /** True when the learner already named a server: the last two arguments are HOST and a port number. */
    static boolean endsWithServer(List<String> args) {
        return args.size() >= 2 && args.get(args.size() - 1).matches("\\d{1,5}")
                && !args.get(args.size() - 2).startsWith("-") && !args.get(args.size() - 2).startsWith("/");
    }

    /** How to start the program, or empty when its language is missing here. */
    private static List<String> command(Path program, String name) {
        List<String> cmd = new ArrayList<>();
        if (name.endsWith(".py")) {
            String python = onPath("python3") ? "python3" : onPath("python") ? "python" : null;
            if (python == null) return cmd;
            cmd.addAll(List.of(python, program.toString()));
        } else if (name.endsWith(".java")) {
            cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    program.toString()));
        } else {
            cmd.add(program.toString());
        }
        return cmd;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }
}
