package org.wiretutor.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicReference;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.wiretutor.course.Course;
import org.wiretutor.course.CourseLoader;
import org.wiretutor.course.CourseSession;
import org.wiretutor.course.LessonFormatException;
import org.wiretutor.course.Progress;
import org.wiretutor.course.GradeBook;
import org.wiretutor.grading.ExerciseCatalog;
import org.wiretutor.shell.command.AnswerCommand;
import org.wiretutor.shell.command.BackCommand;
import org.wiretutor.shell.command.CheckCommand;
import org.wiretutor.shell.command.CloseCommand;
import org.wiretutor.shell.command.Commands;
import org.wiretutor.shell.command.ExerciseCommand;
import org.wiretutor.shell.command.ExercisesCommand;
import org.wiretutor.shell.command.HelpCommand;
import org.wiretutor.shell.command.HintCommand;
import org.wiretutor.shell.command.LastRun;
import org.wiretutor.shell.command.LearnerCommand;
import org.wiretutor.shell.command.LearnerHome;
import org.wiretutor.shell.command.LessonCommand;
import org.wiretutor.shell.command.LessonsCommand;
import org.wiretutor.shell.command.NextCommand;
import org.wiretutor.shell.command.OpenCommand;
import org.wiretutor.shell.command.PresentCommand;
import org.wiretutor.shell.command.ProgressCommand;
import org.wiretutor.shell.command.QuitCommand;
import org.wiretutor.shell.command.RecordCommand;
import org.wiretutor.shell.command.ReplayCommand;
import org.wiretutor.shell.command.ResetCommand;
import org.wiretutor.shell.command.RestartCommand;
import org.wiretutor.shell.command.RunCommand;
import org.wiretutor.shell.command.SaveCommand;
import org.wiretutor.shell.command.SendCommand;
import org.wiretutor.shell.command.SourceCommand;
import org.wiretutor.shell.command.ShowCommand;
import org.wiretutor.shell.command.StepCommand;
import org.wiretutor.shell.command.StatusCommand;
import org.wiretutor.shell.command.WaitCommand;
import org.wiretutor.shell.record.Recorder;
import org.wiretutor.shell.record.RecordingScreen;
import org.wiretutor.shell.screen.AccessibleScreen;
import org.wiretutor.shell.screen.CourseView;
import org.wiretutor.shell.screen.PlainScreen;
import org.wiretutor.shell.screen.Presenter;
import org.wiretutor.shell.screen.Screen;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.shell.screen.TerminalScreen;
import org.wiretutor.shell.screen.WireView;
import org.wiretutor.shell.screen.Wrap;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.Connector;
import org.wiretutor.wire.MirrorHost;
import org.wiretutor.wire.WireText;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** Builds a shell from its options, for a terminal or for a script, and runs it. */
public final class Shells {
    static final String HISTORY_FILE = "history";

    private Shells() {}

    /** A person at a terminal: prompt, colour, history, completion, Ctrl-] and Ctrl-C. */
    public static int interactive(Terminal terminal, ShellOptions options) {
        try {
            return interactive(java.util.concurrent.CompletableFuture.completedFuture(terminal), options,
                    Optional.empty(), Lessons.load(options.courseDir()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);   // cannot happen: the terminal is already open
        }
    }

    /**
     * As above, for a terminal still opening (the lessons load meanwhile), taking over from a
     * {@link FirstPrompt} drawn before it was ready: what that drew is erased just before the shell's
     * first line, so the banner is drawn once, at the real width. Colour only where the terminal has it.
     */
    public static int interactive(java.util.concurrent.CompletableFuture<Terminal> opening, ShellOptions given,
                                  Optional<FirstPrompt> first, Lessons lessons) throws IOException {
        List<String> courseNotices = lessons.notices();
        java.util.concurrent.CompletableFuture<Course> course = lessons.course();
        Terminal terminal = SystemTerminal.await(opening);
        ShellOptions options = given.withColour(given.colour() && !Terminal.TYPE_DUMB.equals(terminal.getType()));
        DefaultParser parser = new DefaultParser();
        parser.setEscapeChars(new char[0]);
        parser.setQuoteChars(new char[0]);
        // The completer needs the shell, which needs the reader: resolve the cycle through a holder.
        AtomicReference<Completer> completer = new AtomicReference<>((r, line, out) -> { });
        java.util.Map<String, Object> variables = new java.util.HashMap<>();
        variables.put(LineReader.HISTORY_SIZE, 1000);
        variables.put(LineReader.HISTORY_FILE_SIZE, 1000);
        Path history = prepareHistory(options.home());
        if (history != null) variables.put(LineReader.HISTORY_FILE, history);
        AtomicReference<Runnable> resized = new AtomicReference<>(() -> { });
        LineReaderImpl reader = new ResizingReader(terminal, variables, () -> resized.get().run());
        reader.setCompleter((r, line, out) -> completer.get().complete(r, line, out));
        reader.setParser(parser);
        reader.setHistory(new org.jline.reader.impl.history.DefaultHistory());
        reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        reader.option(LineReader.Option.AUTO_FRESH_LINE, true);
        TerminalScreen terminalScreen = new TerminalScreen(reader, options.colour() && !options.display().plain());
        first.ifPresent(early -> terminalScreen.beforeFirstLine(() -> early.handOver(terminal)));
        Recorder recorder = recorder(terminalScreen, options);
        PagerLine pagerLine = new PagerLine(terminalScreen, terminal);
        Screen screen = new RecordingScreen(pagerLine, recorder);
        try (MirrorHost mirror = new MirrorHost(options.mirror().withClock(options.clock()))) {
            ShellParts parts = parts(screen, options, mirror, true, course::join, recorder);
            courseNotices.forEach(text -> parts.output().styled(text, Styles.WARNING));
            JLineSource source = new JLineSource(reader, options.colour(), pagerLine);
            source.holdTypeAhead();
            Shell shell = new Shell(parts, new RecordingLineSource(source, screen, recorder));
            parts.modeChanged().set(() -> source.refresh(shell.prompt(shell.inWireMode())));
            completer.set(new ShellCompleter(parts.commands(), shell::inWireMode));
            terminal.handle(Terminal.Signal.INT, signal -> parts.keyboard().interrupt());
            resized.set(new Redraw(parts.output().screen(), parts.coursework().view())::resized);
            terminal.handle(Terminal.Signal.WINCH, signal -> resized.get().run());
            banner(parts, options);
            int code = shell.run();
            recorder.stop().ifPresent(done -> RecordCommand.saved(done, parts.output()));
            saveHistory(reader);
            return code;
        }
    }

    /**
     * JLine's reader, told of a resize while the learner types: JLine redraws the line being
     * edited, then wiretutor redraws what the learner was looking at.
     */
    private static final class ResizingReader extends LineReaderImpl {
        private final Runnable resized;

        ResizingReader(Terminal terminal, java.util.Map<String, Object> variables, Runnable resized) {
            super(terminal, "wiretutor", variables);
            this.resized = resized;
        }

        @Override
        protected synchronized void handleSignal(Terminal.Signal signal) {
            super.handleSignal(signal);
            if (signal == Terminal.Signal.WINCH) resized.run();
        }
    }

    /** Draws the last reply or step again when the terminal's width changes, fitted to the new width. */
    private static final class Redraw {
        private final Screen screen;
        private final CourseView view;
        private int width;

        Redraw(Screen screen, CourseView view) {
            this.screen = screen;
            this.view = view;
            this.width = screen.width();
        }

        synchronized void resized() {
            int now = screen.width();
            if (now == width) return;
            width = now;
            List<org.jline.utils.AttributedString> drawn = view.redraw();
            if (drawn.isEmpty()) return;
            List<org.jline.utils.AttributedString> out = new java.util.ArrayList<>();
            out.add(new org.jline.utils.AttributedString(Messages.get("shell.redrawn", now), Styles.DIM));
            out.addAll(drawn);
            screen.show(out);
        }
    }

    /** A script on standard input: no prompt, no colour, output in order, exit 0 at the end. */
    public static int script(InputStream in, PrintStream out, ShellOptions options) {
        Screen plain = new PlainScreen(out);
        Recorder recorder = recorder(plain, options);
        Screen screen = new RecordingScreen(plain, recorder);
        try (MirrorHost mirror = new MirrorHost(options.mirror().withClock(options.clock()))) {
            List<String> courseNotices = new java.util.ArrayList<>();
            ShellParts parts = parts(screen, options, mirror, false,
                    () -> loadCourse(options.courseDir(), courseNotices::add), recorder);
            courseNotices.forEach(text -> parts.output().styled(text, Styles.WARNING));
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int code = new Shell(parts, new RecordingLineSource(new PlainLineSource(lines), screen, recorder)).run();
            recorder.stop().ifPresent(done -> RecordCommand.saved(done, parts.output()));
            return code;
        }
    }

    /** A recorder whose own warnings go straight to the screen: a recording that stopped cannot take them. */
    private static Recorder recorder(Screen screen, ShellOptions options) {
        return new Recorder(options.clock(), Recorder.LIMIT_BYTES, text -> screen.show(Wrap.wrap(
                new org.jline.utils.AttributedString(text, Styles.WARNING), screen.width(), "")));
    }

    /**
     * Builds a shell's parts, each command given only the parts it works with. Screen layers, outermost first:
     * presenter (holds reply parts), accessible words, recording, the terminal. Built on the shell's own thread.
     */
    static ShellParts parts(Screen base, ShellOptions options, MirrorHost mirror, boolean interactive,
                            java.util.function.Supplier<Course> lessons, Recorder recorder) {
        Screen plain = options.display().plain() ? new AccessibleScreen(base) : base;
        Presenter presenter = new Presenter(plain, Thread.currentThread(), options.display().present());
        Screen screen = presenter;
        Consumer<String> notice = text -> screen.show(Wrap.wrap(
                new org.jline.utils.AttributedString(text, Styles.WARNING), screen.width(), ""));
        Course course = lessons.get();
        Progress progress = Progress.load(options.home(), options.clock(), notice);
        CourseSession session = new CourseSession(course, progress, notice);
        Connector connector = new Connector(options.dialer(), mirror, options.connectTimeout(),
                () -> options.offline() ? Optional.of(Messages.get("shell.offline.reason"))
                        : session.wantsMirror() ? Optional.of(WireText.lessonReason()) : Optional.<String>empty(),
                options.classServer());
        GradeBook grades = GradeBook.load(options.home(), options.clock(), notice);
        LearnerHome learner = new LearnerHome(options.home(), grades, ExerciseCatalog.bundled(), options.clock(),
                options.version());

        ShellOutput out = new ShellOutput(screen, interactive);
        ShellKeyboard keyboard = new ShellKeyboard(interactive);
        ShellCoursework coursework = new ShellCoursework(session, new CourseView(screen, out::page), learner, out);
        AtomicReference<Runnable> modeChanged = new AtomicReference<>(() -> { });
        AtomicBoolean mirrorExplained = new AtomicBoolean();
        ShellConnection connection = new ShellConnection(connector, mirror, options.waits(), keyboard, out,
                () -> new WireView(screen, presenter, coursework.view(), () -> modeChanged.get().run(),
                        coursework::judge, mirrorExplained, () -> coursework.course().verdictChars()));
        AtomicBoolean quit = new AtomicBoolean();
        AtomicReference<Commands> all = new AtomicReference<>();
        ShellOptions.Running running = options.running();
        LastRun lastRun = new LastRun();
        all.set(new Commands(List.of(new HelpCommand(all::get, options.home(), out,
                        () -> coursework.typed().isEmpty() && coursework.course().position().isPresent()),
                new OpenCommand(connection, out, keyboard, () -> coursework.course().wantsAConnection()
                        ? Optional.of(coursework.course().openLine()) : Optional.empty()), new CloseCommand(connection, out),
                new ShowCommand(connection, lastRun, coursework, out), new SendCommand(connection, out, keyboard),
                new WaitCommand(connection, options.clock(), out, keyboard),
                new RunCommand(coursework, connection, learner, out, keyboard, lastRun, running.folder(), running.limit()),
                new SourceCommand(coursework, out), new LessonsCommand(coursework, out),
                new LessonCommand(coursework, connection, out), new NextCommand(coursework, out),
                new BackCommand(coursework, out), new StepCommand(coursework, connection, out), new HintCommand(coursework, learner, connection, out),
                new AnswerCommand(coursework, out), new RestartCommand(coursework, out),
                new ExercisesCommand(learner, out), new ExerciseCommand(coursework, learner, connection, out),
                new CheckCommand(learner, out, keyboard), new LearnerCommand(learner, coursework, connection, out),
                new ProgressCommand(coursework, learner, out), new ResetCommand(learner, out),
                new PresentCommand(presenter, out),
                new ReplayCommand(connection, out, keyboard, options.display().pace()),
                new RecordCommand(recorder, out), new SaveCommand(connection, learner, out),
                new StatusCommand(connection, coursework, learner, out), new QuitCommand(() -> quit.set(true)))));
        for (LessonFormatException problem : course.problems()) {
            notice.accept(Messages.get("shell.lesson.unreadable", problem.getMessage()));
        }
        return new ShellParts(out, keyboard, connection, coursework, presenter, all.get(), quit, modeChanged,
                running.folder());
    }

    private static Course loadCourse(Optional<Path> courseDir, Consumer<String> notice) {
        if (courseDir.isPresent()) {
            try {
                return CourseLoader.fromDirectory(courseDir.get());
            } catch (IOException e) {
                notice.accept(Messages.get("shell.courseDir.unreadable", courseDir.get().toString(), e.getMessage()));
            }
        }
        return CourseLoader.bundled();
    }

    /**
     * The lessons, read on another thread from the moment the command line is known, while the terminal opens and
     * the mirror's files are drawn: a learner waits for the longest of these, not for their sum.
     *
     * @param notices what went wrong reading a lesson folder, shown once the shell can show it
     */
    public record Lessons(java.util.concurrent.CompletableFuture<Course> course, List<String> notices) {
        public static Lessons load(Optional<Path> courseDir) {
            List<String> notices = new java.util.concurrent.CopyOnWriteArrayList<>();
            return new Lessons(java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> loadCourse(courseDir, notices::add)), notices);
        }
    }

    private static void banner(ShellParts parts, ShellOptions options) {
        ShellOutput out = parts.output();
        out.styled(Messages.get("shell.banner", options.version()), Styles.HEADING);
        out.note(Messages.get("shell.banner.help"));
        if (options.offline() && options.classServer().isEmpty()) out.note(Messages.get("shell.offline.note"));
        options.classServer().ifPresent(server -> out.note(Messages.get("shell.classServer.note", server.toString())));
        CourseSession course = parts.coursework().course();
        var at = course.suggested();
        if (at.isPresent()) {
            var lesson = at.get();
            int step = course.states().stream().filter(s -> s.lesson().equals(lesson)).findFirst()
                    .map(CourseSession.LessonState::savedStep).orElse(0);
            if (step > 0) out.info(Messages.get("shell.banner.resume", lesson.number(), lesson.title(), step + 1));
            else out.info(Messages.get("shell.banner.start"));
        }
    }

    /** History holds what the learner typed, so only they may read it (mode 600). */
    private static Path prepareHistory(Path home) {
        try {
            AppHome.ensure(home);
            Path file = home.resolve(HISTORY_FILE);
            if (!Files.exists(file)) Files.createFile(file);
            AppHome.ownerOnly(file);
            return file;
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static void saveHistory(LineReader reader) {
        try {
            reader.getHistory().save();
        } catch (IOException ignored) {
            // history is a convenience; losing the last lines must not stop the learner leaving
        }
    }
}
