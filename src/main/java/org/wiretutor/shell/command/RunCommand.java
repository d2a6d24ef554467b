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
import org.wiretutor.programs.ProgramText;
import org.wiretutor.programs.WrittenFiles;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.wire.ClassServer;
import org.wiretutor.wire.ClassServerRelay;
import org.wiretutor.shell.ShellText;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.shell.screen.WireRenderer;
import org.wiretutor.wire.MirrorHost;
import org.wiretutor.wire.Target;

/**
 * {@code run PROGRAM [ARGS]}: runs one of the course's programs, or the learner's own program in their folder
 * ({@code run my.py}, {@code run ./a.out}, {@code run python3 my.py}), with its connections to data.pr4e.org sent
 * to the built-in mirror ({@link MirrorRedirect}); then shows what it printed, the exact request the mirror
 * received from it, and where else it went.
 */
public final class RunCommand implements Command {
    private static final Duration LATE_LOG = Duration.ofSeconds(1);

    @Override public String name() { return "run"; }
    @Override public String usage() { return "run PROGRAM [ARGS]"; }
    @Override public String summary() { return "run a course program or your own, watching what it sends"; }
    @Override public String help() {
        return "Runs a program with the wire view: afterwards you see what it printed and the exact bytes of the "
                + "request the built-in mirror received from it. PROGRAM is one of the course's programs (your own "
                + "copy lives in the programs folder of your wiretutor folder: change it and run it again; source "
                + "NAME shows it), or a program in the folder you started wiretutor in: a .py runs with python3, a "
                + ".java with java, anything else as a command (run ./a.out, run python3 my.py). A program that "
                + "connects to data.pr4e.org port 80 reaches the mirror unchanged when it is in Python, uses Java's "
                + "HttpURLConnection or HttpClient, or honours http_proxy (as curl does); a plain socket in Java "
                + "or C cannot be redirected, and wiretutor says so. A program may run for 30 seconds; Ctrl-C "
                + "stops it sooner. Examples: run socket1.py, run ./socket1.py, run python3 my.py";
    }

    @Override
    public List<String> candidates(int index, ShellContext ctx) {
        return candidates(java.util.Collections.nCopies(index, ""), "", ctx);
    }

    /** The course's programs and the files in the learner's folder; after a slash, the files along that path. */
    @Override
    public List<String> candidates(List<String> before, String typed, ShellContext ctx) {
        if (!before.isEmpty()) return List.of();
        if (typed.contains("/")) return FolderFiles.along(ctx.running().folder(), typed);
        List<String> names = new ArrayList<>(ctx.course.course().programs().names());
        for (String file : FolderFiles.names(ctx.running().folder())) {
            if (!names.contains(file)) names.add(file);
        }
        return names;
    }

    @Override
    public void run(List<String> args, ShellContext ctx) throws UsageException {
        CoursePrograms programs = ctx.course.course().programs();
        if (args.isEmpty()) {
            throw new UsageException(RunText.NEED_PROGRAM.formatted(programs.names().isEmpty() ? RunText.NONE
                    : String.join(", ", programs.names())));
        }
        String name = args.get(0);
        Path folder = ctx.running().folder();
        try {
            if (!name.contains("/") && programs.exists(name)) {
                runCourseProgram(ctx, programs, name, args.subList(1, args.size()));
                Path dir = ctx.home.resolve("programs").toAbsolutePath().normalize();
                if (FolderFiles.exists(folder, name) && !folder.toAbsolutePath().normalize().equals(dir)) {
                    ctx.note(RunText.COURSE_NOT_YOURS.formatted(name, folder));
                }
                return;
            }
            OwnProgram.Plan plan = OwnProgram.plan(args, folder, System.getenv("PATH"));
            if (plan instanceof OwnProgram.Start start) {
                try (Destination to = new Destination(ctx)) {
                    run(ctx, start.name(), start.command(), folder, start.shown(), to);
                }
            } else if (plan instanceof OwnProgram.Refused refused) {
                ctx.error(refused.why());
                if (!programs.names().isEmpty() && !name.contains("/") && !FolderFiles.exists(folder, name)) {
                    ctx.note(RunText.COURSE_PROGRAMS.formatted(String.join(", ", programs.names())));
                }
            }
        } catch (IOException e) {
            ctx.error(ShellText.RUN_FAILED.formatted(e.getMessage()));
        }
    }

    private void runCourseProgram(ShellContext ctx, CoursePrograms programs, String name, List<String> args)
            throws IOException {
        Path dir = ctx.home.resolve("programs");
        Path program = programs.copyInto(name, dir).orElseThrow();
        List<String> command = command(program, name);
        if (command.isEmpty()) {
            ctx.error(ProgramText.NEED_PYTHON.formatted(name));
            return;
        }
        try (Destination to = new Destination(ctx)) {
            List<String> programArgs = new ArrayList<>(args);
            if (programs.takesServerArguments(name) && !endsWithServer(programArgs)) {
                programArgs.addAll(List.of("127.0.0.1", Integer.toString(to.address().getPort())));
            }
            command.addAll(programArgs);
            String shown = String.join(" ", command).replace(dir.toString() + java.io.File.separator, "");
            shown = shown.replaceFirst("^\\S*/(java|python3?) ", "$1 ");
            run(ctx, name, command, dir, shown, to);
        }
    }

    /**
     * Where a run's program is sent: the built-in mirror, or, with a class server set ({@code --server}), a relay on
     * loopback that passes the program's bytes to that server unchanged and reports each request it carried.
     */
    private static final class Destination implements AutoCloseable {
        private final ShellContext ctx;
        private final Optional<ClassServer> classServer;
        private final ClassServerRelay relay;   // null when the built-in mirror answers
        private final List<Consumer<LogEntry>> listeners = new CopyOnWriteArrayList<>();

        Destination(ShellContext ctx) throws IOException {
            this.ctx = ctx;
            this.classServer = ctx.connector.classServer();
            this.relay = classServer.isEmpty() ? null : ClassServerRelay.start(ctx.connector::dialClassServer,
                    ctx.clock(), entry -> listeners.forEach(l -> l.accept(entry)));
        }

        /** Where the program connects; the built-in mirror starts here if it has not yet. */
        InetSocketAddress address() throws IOException {
            return relay == null ? ctx.mirror.address() : relay.address();
        }

        /** Port 80 of every mirrored host here; 443 to the mirror's HTTPS stand-in, when it has one. */
        List<MirrorRedirect.Route> routes() throws IOException {
            InetSocketAddress http = address();
            InetSocketAddress https = relay == null ? ctx.mirror.address(MirrorHost.HTTPS_PORT) : http;
            List<MirrorRedirect.Route> routes = new ArrayList<>();
            for (String host : Target.mirroredHosts()) {
                routes.add(new MirrorRedirect.Route(host, Target.HTTP_PORT, http));
                if (!https.equals(http)) routes.add(new MirrorRedirect.Route(host, MirrorHost.HTTPS_PORT, https));
            }
            return routes;
        }

        AutoCloseable listen(Consumer<LogEntry> listener) {
            if (relay == null) return ctx.mirror.listen(listener);
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }

        String note() throws IOException {
            int port = address().getPort();
            return classServer.map(s -> ShellText.RUN_POINTED_CLASS.formatted(s, port))
                    .orElse(ShellText.RUN_POINTED.formatted(port));
        }

        boolean isClassServer() {
            return relay != null;
        }

        /** Why the class server could not be reached during the run, if it could not. */
        Optional<String> failure() {
            if (relay == null) return Optional.empty();
            return relay.failure().map(why -> ShellText.RUN_RELAY_FAILED.formatted(classServer.orElseThrow(), why));
        }

        @Override
        public void close() {
            if (relay != null) relay.close();
        }
    }

    private void run(ShellContext ctx, String name, List<String> command, Path dir, String shown, Destination to)
            throws IOException {
        List<LogEntry> received = new CopyOnWriteArrayList<>();
        InetSocketAddress mirror = to.address();
        ProgramRunner.Result result;
        List<MirrorRedirect.Attempt> attempts;
        CourseSession.Mark since;
        WrittenFiles files;
        Thread me = Thread.currentThread();
        java.util.concurrent.CountDownLatch first = new java.util.concurrent.CountDownLatch(1);
        try (MirrorRedirect redirect = MirrorRedirect.prepare(to.routes(), mirror, System.getenv());
             AutoCloseable listening = to.listen(entry -> {
                 received.add(entry);
                 first.countDown();
             })) {
            // from here Ctrl-C stops the program; the command line shows once it can
            ctx.waitingOn(me::interrupt);
            ctx.styled(ShellText.RUNNING.formatted(shown), Styles.CODE);
            ctx.note(to.note());
            // judged by the step current now: if the run completes it, the next step does not judge the same run
            since = ctx.course.mark();
            files = WrittenFiles.before(dir);
            ProgramRunner.Result raw = ProgramRunner.run(command, dir, redirect.environment(), "",
                    ctx.running().limit());
            // the mirror logs a request after replying, which may be a moment after the program has gone
            first.await(LATE_LOG.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            result = new ProgramRunner.Result(raw.exit(), redirect.withoutOwnNotes(raw.output()), raw.timedOut(),
                    raw.truncated(), raw.took(), raw.strayChildren(), raw.limits(), raw.limitHit());
            attempts = redirect.attempts();
            // Ctrl-C reaches the program too: if it ended of that before the shell heard, it was still stopped
            if (Thread.interrupted()) throw new InterruptedException();
        } catch (InterruptedException e) {
            ctx.note(RunText.STOPPED);
            return;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            ctx.waitingOn(null);
            Thread.interrupted();
        }
        to.failure().ifPresent(ctx::error);
        List<AttributedString> out = new ArrayList<>(RunReport.lines(new RunReport.Run(result, received, attempts,
                Target.mirroredHosts(), mirror.getPort(), ctx.running().limit(), to.isClassServer()), ctx.screen.width()));
        ctx.lastWire().flatMap(w -> w.lastExchange()).filter(e -> e.sent().length > 0).ifPresent(e -> {
            out.add(new AttributedString(ShellText.YOU_TYPED.formatted(e.sent().length, WireRenderer.plural(e.sent().length)),
                    Styles.STRONG));
            out.addAll(WireRenderer.sentLines(e.sent(), ctx.screen.width()));
        });
        ctx.screen.show(out);
        showFiles(ctx, files);
        if (ctx.typed().isPresent()) return;   // while an exercise is being worked on, the lesson waits
        for (LogEntry entry : received) {
            ctx.courseView.events(ctx.course.observe(new Observation.MirrorReceived(entry), since), ctx.course);
        }
        ctx.courseView.events(ctx.course.observe(new Observation.ProgramFinished(name, result.exit(), result.output(),
                result.timedOut()), since), ctx.course);
    }

    /** Where the files the program created or changed are: its working directory, their names and sizes. */
    private static void showFiles(ShellContext ctx, WrittenFiles files) {
        List<WrittenFiles.Written> written = files.since();
        if (written.isEmpty()) return;
        List<AttributedString> out = new ArrayList<>();
        out.add(new AttributedString(org.wiretutor.text.Escape.string(
                ProgramText.FILES_WRITTEN.formatted(files.dir())), Styles.STRONG));
        for (WrittenFiles.Written w : written.subList(0, Math.min(written.size(), ProgramText.FILES_LISTED))) {
            String size = String.format(java.util.Locale.ROOT, "%,d", w.size());
            // a name is the program's, not ours: a line feed or tab in it is shown, not obeyed
            String name = w.name().replace("\n", "\\n").replace("\t", "\\t");
            String line = (w.created() ? ProgramText.FILE_CREATED : ProgramText.FILE_CHANGED).formatted(name, size);
            out.add(new AttributedStringBuilder().append("  ").append(org.wiretutor.text.Escape.string(line))
                    .toAttributedString());
        }
        if (written.size() > ProgramText.FILES_LISTED) {
            out.add(new AttributedString("  " + ProgramText.MORE_FILES.formatted(written.size() - ProgramText.FILES_LISTED),
                    Styles.DIM));
        }
        ctx.screen.show(out);
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
