package org.wiretutor.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.terminal.Terminal;
import java.time.Clock;
import org.wiretutor.course.GradeBook;
import java.util.Optional;
import org.wiretutor.shell.AppHome;
import org.wiretutor.shell.FirstPrompt;
import org.wiretutor.shell.ShellOptions;
import org.wiretutor.shell.SystemTerminal;
import org.wiretutor.shell.Shells;
import org.wiretutor.text.Messages;
import org.wiretutor.text.SafePrintStream;
import org.wiretutor.wire.ClassServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wiretutor}: the interactive shell, or a scripted session when stdin is not a terminal. */
@Command(name = "wiretutor", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {ServeCommand.class, LintCommand.class, CheckExerciseCommand.class, ReportCommand.class,
                ExportMirrorCommand.class, TroubleshootCommand.class},
        resourceBundle = HelpWords.NAME)
public final class WiretutorCommand implements Callable<Integer> {
    @Option(names = "--offline")
    boolean offline;

    @Option(names = "--no-color")
    boolean noColor;

    @Option(names = "--course", paramLabel = "DIR")
    Path courseDir;

    @Option(names = "--plain")
    boolean plain;

    @Option(names = "--present")
    boolean present;

    @Option(names = "--pace", paramLabel = "SLOWER", defaultValue = "1")
    double pace;

    /** Used by the launcher once per build: run a short session so the JVM can archive the classes start-up needs. */
    @Option(names = "--train-startup", hidden = true)
    boolean trainStartup;

    @Option(names = "--server", paramLabel = "HOST[:PORT]")
    String server;

    @Option(names = "--learner", paramLabel = "ID")
    String learner;

    /** The banner and prompt drawn before the shell is ready, when they were (quick start at a terminal). */
    private Optional<FirstPrompt> first = Optional.empty();

    /** Flags that only shape the shell: with nothing else on the line, start it without building the parser. */
    private static final java.util.Set<String> SHELL_FLAGS = java.util.Set.of("--offline", "--no-color", "--plain",
            "--present");

    public static int execute(String... args) {
        if (java.util.Arrays.stream(args).allMatch(SHELL_FLAGS::contains)) return quickStart(args);
        CommandLine cli = new CommandLine(new WiretutorCommand());
        cli.setExitCodeExceptionMapper(e -> ExitCodes.FAILED);
        // never a stack trace: say what failed and what to do
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println(failed(e));
            command.getErr().println(Messages.get("cli.failed.nothingChanged"));
            return ExitCodes.FAILED;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            e.getCommandLine().getErr().println(Messages.get("cli.tryHelp"));
            return ExitCodes.USAGE;
        });
        cli.setExecutionStrategy(parsed -> {
            PrintStream out = System.out;
            PrintStream err = System.err;
            try {
                guardOutput(parsed);
                return new CommandLine.RunLast().execute(parsed);
            } finally {
                System.setOut(out);
                System.setErr(err);
            }
        });
        return cli.execute(args);
    }

    /**
     * The tools that print text from elsewhere (lesson folders, graded programs, stored files) print through
     * {@link SafePrintStream}. The shell guards its own screens, and {@code serve} guards each line itself because
     * its live view writes its own colours.
     */
    private static void guardOutput(CommandLine.ParseResult parsed) {
        if (!parsed.hasSubcommand() || parsed.subcommand().commandSpec().userObject() instanceof ServeCommand) return;
        System.setOut(new SafePrintStream(System.out, StandardCharsets.UTF_8));
        System.setErr(new SafePrintStream(System.err, StandardCharsets.UTF_8));
    }

    /**
     * The common case, {@code ./wiretutor} with at most a few flags: picocli's model of every
     * subcommand costs about a tenth of a second to build, which a learner waits for at every start.
     */
    private static int quickStart(String... args) {
        jlineSettings();
        WiretutorCommand command = new WiretutorCommand();
        java.util.List<String> given = java.util.List.of(args);
        command.offline = given.contains("--offline");
        command.noColor = given.contains("--no-color");
        command.plain = given.contains("--plain");
        command.present = given.contains("--present");
        command.pace = 1;
        try {
            // before the first prompt is drawn: a bad WIRETUTOR_SERVER stops here, with the reason on its own lines
            ClassServer.choose(null, System.getenv(ClassServer.ENV));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        if (!command.plain) {
            boolean colour = !command.noColor && System.getenv("NO_COLOR") == null;
            command.first = FirstPrompt.show(Version.current(), command.offline, colour, System.out);
        }
        try {
            return command.call();
        } catch (IOException | RuntimeException e) {
            if (command.first.isPresent()) System.err.println();   // off the prompt's row
            System.err.println(failed(e));
            System.err.println(Messages.get("cli.failed.nothingChanged"));
            return ExitCodes.FAILED;
        } finally {
            command.first.ifPresent(FirstPrompt::close);
        }
    }

    /** What stopped wiretutor: the exception's kind, and the JDK's or library's own words for it when there are any. */
    private static String failed(Exception e) {
        return e.getMessage() == null ? Messages.get("cli.failed", e.getClass().getSimpleName())
                : Messages.get("cli.failed.because", e.getClass().getSimpleName(), e.getMessage());
    }

    /**
     * JLine reads these settings once, when its classes first load, so they are set before any JLine
     * class is touched (the first prompt uses JLine's styles before the shell starts).
     */
    private static void jlineSettings() {
        Logger.getLogger("org.jline").setLevel(Level.OFF);
        // draw box characters as themselves: the alternate charset shows as letters in some terminals and captures
        System.setProperty("org.jline.utils.disableAlternateCharset", "true");
    }

    @Override
    public Integer call() throws IOException {
        jlineSettings();
        if (courseDir != null && !Files.isDirectory(courseDir)) {
            System.err.println(Messages.get("cli.course.noFolder", courseDir.toString()));
            return ExitCodes.USAGE;
        }
        if (trainStartup) return StartupTraining.run();
        if (learner != null && !GradeBook.validLearnerId(learner)) {
            System.err.println(Messages.get("cli.learner.bad", learner));
            return ExitCodes.USAGE;
        }
        if (!(pace >= 1 && pace <= 1000)) {
            System.err.println(Messages.get("cli.pace.bad", String.valueOf(pace)));
            return ExitCodes.USAGE;
        }
        Optional<ClassServer> classServer;
        try {
            classServer = ClassServer.choose(server, System.getenv(ClassServer.ENV));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        boolean interactive = System.console() != null;
        // the terminal opens on a thread of its own while the lessons and the mirror's files load
        CompletableFuture<Terminal> terminal = interactive ? SystemTerminal.opening() : null;
        Shells.Lessons lessons = interactive ? Shells.Lessons.load(Optional.ofNullable(courseDir)) : null;
        try {
            Path home = AppHome.resolve(System.getenv(), System.getProperty("user.home"));
            if (learner != null) GradeBook.load(home, Clock.systemUTC(), System.err::println).learner(learner);
            boolean colourWanted = !noColor && !plain && System.getenv("NO_COLOR") == null;
            ShellOptions options = ShellOptions.defaults(home, Version.current())
                    .withOffline(offline).withCourseDir(courseDir)
                    .withDisplay(new ShellOptions.Display(plain, present, pace))
                    .withClassServer(classServer);
            if (!interactive) return Shells.script(System.in, System.out, options.withColour(false));
            return Shells.interactive(terminal, options.withColour(colourWanted), first, lessons);
        } finally {
            if (terminal != null) SystemTerminal.close(terminal);
        }
    }
}
