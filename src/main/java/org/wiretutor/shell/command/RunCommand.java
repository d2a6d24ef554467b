package org.wiretutor.shell.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.wiretutor.course.CoursePrograms;
import org.wiretutor.course.Observation;
import org.wiretutor.programs.ProgramRunner;
import org.wiretutor.programs.ProgramText;
import org.wiretutor.programs.WrittenFiles;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.shell.screen.WireRenderer;
import org.wiretutor.wire.ClassServer;
import org.wiretutor.wire.ClassServerRelay;

/**
 * {@code run PROGRAM [ARGS]}: runs one of the course's programs against the built-in mirror (or, with a class server
 * set, against that server through a relay that records), then shows what it printed and the exact request it sent.
 */
public final class RunCommand implements Command {
    static final Duration LIMIT = Duration.ofSeconds(30);
    private static final Duration LATE_LOG = Duration.ofSeconds(1);

    @Override public String name() { return "run"; }
    @Override public String usage() { return "run PROGRAM [ARGS]"; }
    @Override public String summary() { return "run one of the course's programs against the mirror"; }
    @Override public String help() {
        return "Runs a program from the course (a .py with python3, a .java with java) pointed at the built-in "
                + "mirror, then shows what it printed and the exact bytes of the request it sent. Your own copy "
                + "lives in the programs folder of your wiretutor folder: change it and run it again. "
                + "Example: run socket1.py";
    }

    @Override
    public List<String> candidates(int index, ShellContext ctx) {
        return index == 0 ? ctx.course.course().programs().names() : List.of();
    }

    @Override
    public void run(List<String> args, ShellContext ctx) throws UsageException {
        CoursePrograms programs = ctx.course.course().programs();
        if (args.isEmpty()) {
            throw new UsageException(programs.names().isEmpty() ? ShellText.NO_PROGRAMS
                    : "run needs a program's name: " + String.join(", ", programs.names()));
        }
        String name = args.get(0);
        if (!programs.exists(name)) {
            throw new UsageException(programs.names().isEmpty() ? ShellText.NO_PROGRAMS
                    : ShellText.NO_PROGRAM.formatted(name, String.join(", ", programs.names())));
        }
        List<LogEntry> received = new CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch first = new java.util.concurrent.CountDownLatch(1);
        Consumer<LogEntry> heard = entry -> {
            received.add(entry);
            first.countDown();
        };
        ClassServerRelay relay = null;
        try {
            Path dir = ctx.home.resolve("programs");
            Path program = programs.copyInto(name, dir).orElseThrow();
            Optional<ClassServer> classServer = ctx.connector.classServer();
            if (classServer.isPresent()) {
                // data.pr4e.org is the class server: the program goes there, through a relay that shows what it sent
                relay = ClassServerRelay.start(ctx.connector::dialClassServer, ctx.clock(), heard);
            }
            int port = relay != null ? relay.address().getPort() : ctx.mirror.address().getPort();
            List<String> command = command(program, name, port);
            if (command.isEmpty()) {
                ctx.error(ShellText.NEED_PYTHON.formatted(name));
                return;
            }
            List<String> programArgs = new ArrayList<>(args.subList(1, args.size()));
            if (programs.takesServerArguments(name) && !endsWithServer(programArgs)) {
                programArgs.addAll(List.of("127.0.0.1", Integer.toString(port)));
            }
            command.addAll(programArgs);
            Pointed pointed = new Pointed(port, classServer, relay);
            run(ctx, name, command, dir, pointed, new Heard(received, first, heard));
        } catch (IOException e) {
            ctx.error(ShellText.RUN_FAILED.formatted(e.getMessage()));
        } finally {
            if (relay != null) relay.close();
        }
    }

    /** Where a run's program was pointed: the built-in mirror's port, or a relay to the class server. */
    private record Pointed(int port, Optional<ClassServer> classServer, ClassServerRelay relay) {
        String note() {
            return classServer.map(s -> ShellText.RUN_POINTED_CLASS.formatted(s, port))
                    .orElse(ShellText.RUN_POINTED.formatted(port));
        }
    }

    /** The requests a run's program sent, as they are heard, and a latch for the first. */
    private record Heard(List<LogEntry> received, java.util.concurrent.CountDownLatch first,
                         Consumer<LogEntry> listener) {}

    private void run(ShellContext ctx, String name, List<String> command, Path dir, Pointed pointed, Heard heard)
            throws IOException {
        int port = pointed.port();
        List<LogEntry> received = heard.received();
        String shown = String.join(" ", command.subList(0, command.size()))
                .replace(dir.toString() + java.io.File.separator, "");
        ctx.styled(ShellText.RUNNING.formatted(shown), Styles.CODE);
        ctx.note(pointed.note());
        // judged by the step current now: if the run completes it, the next step does not judge the same run
        var since = ctx.course.mark();
        ProgramRunner.Result result;
        WrittenFiles files = WrittenFiles.before(dir);
        Thread me = Thread.currentThread();
        ctx.waitingOn(me::interrupt);
        java.util.concurrent.CountDownLatch first = heard.first();
        try (AutoCloseable listening = pointed.relay() != null ? () -> { } : ctx.mirror.listen(heard.listener())) {
            Map<String, String> env = Map.of("http_proxy", "http://127.0.0.1:" + port,
                    "HTTP_PROXY", "http://127.0.0.1:" + port, "no_proxy", "", "NO_PROXY", "",
                    "PYTHONUNBUFFERED", "1", "PYTHONIOENCODING", "utf-8");
            result = ProgramRunner.run(command, dir, env, LIMIT);
            // the mirror logs a request after replying, which may be a moment after the program has gone
            first.await(LATE_LOG.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            ctx.note(ShellText.INTERRUPTED);
            return;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            ctx.waitingOn(null);
            Thread.interrupted();
        }
        if (pointed.relay() != null) {
            pointed.relay().failure().ifPresent(why -> ctx.error(
                    ShellText.RUN_RELAY_FAILED.formatted(pointed.classServer().orElseThrow(), why)));
        }
        show(ctx, result, received, pointed.classServer().isPresent());
        showFiles(ctx, files);
        if (ctx.typed().isPresent()) return;   // while an exercise is being worked on, the lesson waits
        for (LogEntry entry : received) {
            ctx.courseView.events(ctx.course.observe(new Observation.MirrorReceived(entry), since), ctx.course);
        }
        ctx.courseView.events(ctx.course.observe(new Observation.ProgramFinished(name, result.exit(), result.output(),
                result.timedOut()), since), ctx.course);
    }

    private static void show(ShellContext ctx, ProgramRunner.Result result, List<LogEntry> received,
                             boolean classServer) {
        List<AttributedString> out = new ArrayList<>();
        if (result.output().isEmpty()) {
            out.add(new AttributedString(ShellText.PROGRAM_NO_OUTPUT, Styles.DIM));
        } else {
            out.add(new AttributedString(ShellText.PROGRAM_OUTPUT, Styles.STRONG));
            for (String line : result.output().split("\n", -1)) {
                out.add(new AttributedStringBuilder().append("  │ ", Styles.DIM).append(line).toAttributedString());
            }
            if (result.output().endsWith("\n")) out.remove(out.size() - 1);
            if (result.truncated()) out.add(new AttributedString(ShellText.PROGRAM_TRUNCATED, Styles.DIM));
        }
        out.add(new AttributedString(result.timedOut() ? ShellText.PROGRAM_TIMEOUT.formatted(LIMIT.toSeconds())
                : ShellText.PROGRAM_EXIT.formatted(result.exit(), result.took().toMillis() / 1000.0), Styles.DIM));
        result.limitMessage().ifPresent(said -> out.add(new AttributedString(
                ShellText.PROGRAM_LIMIT.formatted(said), Styles.WARNING)));
        if (result.strayChildren() > 0) {
            out.add(new AttributedString(ShellText.PROGRAM_STRAYS.formatted(result.strayChildren()), Styles.WARNING));
        }
        if (received.isEmpty()) {
            out.add(new AttributedString(classServer ? ShellText.PROGRAM_SENT_NOTHING_CLASS
                    : ShellText.PROGRAM_SENT_NOTHING, Styles.DIM));
        }
        for (LogEntry entry : received) {
            byte[] head = entry.head();
            out.add(new AttributedString((classServer ? ShellText.PROGRAM_SENT_CLASS : ShellText.PROGRAM_SENT)
                    .formatted(head.length, WireRenderer.plural(head.length)), Styles.STRONG));
            out.addAll(WireRenderer.sentLines(head, ctx.screen.width()));
        }
        ctx.lastWire().flatMap(w -> w.lastExchange()).filter(e -> e.sent().length > 0).ifPresent(e -> {
            out.add(new AttributedString(ShellText.YOU_TYPED.formatted(e.sent().length, WireRenderer.plural(e.sent().length)),
                    Styles.STRONG));
            out.addAll(WireRenderer.sentLines(e.sent(), ctx.screen.width()));
        });
        ctx.screen.show(out);
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
    private static List<String> command(Path program, String name, int port) {
        List<String> cmd = new ArrayList<>();
        if (name.endsWith(".py")) {
            String python = onPath("python3") ? "python3" : onPath("python") ? "python" : null;
            if (python == null) return cmd;
            cmd.addAll(List.of(python, program.toString()));
        } else if (name.endsWith(".java")) {
            cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dhttp.proxyHost=127.0.0.1", "-Dhttp.proxyPort=" + port, program.toString()));
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
