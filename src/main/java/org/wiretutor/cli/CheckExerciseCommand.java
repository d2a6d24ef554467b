package org.wiretutor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.Map;
import org.wiretutor.course.GradeBook;
import org.wiretutor.course.LessonFormatException;
import org.wiretutor.course.TypedExercise;
import org.wiretutor.grading.CheckResult;
import org.wiretutor.grading.GradeRecord;
import org.wiretutor.mirror.pages.MirrorFiles;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;
import org.wiretutor.grading.Exercise;
import org.wiretutor.grading.ExerciseCatalog;
import org.wiretutor.grading.Grade;
import org.wiretutor.grading.GradeFormats;
import org.wiretutor.grading.ProgramGrader;
import org.wiretutor.shell.AppHome;
import org.wiretutor.shell.screen.GradeView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wiretutor check EXERCISE -- COMMAND}: grade a program without the shell, for people and for CI. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        resourceBundle = HelpWords.NAME)
public final class CheckExerciseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXERCISE", descriptionKey = "exercise")
    String exercise;

    @Parameters(index = "1..*", paramLabel = "COMMAND", descriptionKey = "command")
    List<String> command = List.of();

    @Option(names = "--learner", paramLabel = "ID")
    String learner;

    @Option(names = "--junit", paramLabel = "FILE")
    Path junit;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--reveal")
    boolean reveal;

    @picocli.CommandLine.Mixin
    LimitOptions limits;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "15")
    int timeout;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Clock clock = Clock.systemUTC();
        Path home = AppHome.resolve(System.getenv(), System.getProperty("user.home"));
        GradeBook book = GradeBook.load(home, clock, System.err::println);
        Optional<Exercise> found = ExerciseCatalog.bundled().find(exercise);
        if (found.isEmpty()) return usage(Messages.get("cli.check.noExercise", exercise));
        Exercise ex = found.get();
        if (ex.kind() != Exercise.Kind.PROGRAM) {
            if (!command.isEmpty()) {
                return usage(Messages.get("cli.check.inTheShell", ex.number()));
            }
        } else {
            if (command.isEmpty()) return usage(Messages.get("cli.check.needCommand"));
            if (timeout < 1 || timeout > 600) return usage(Messages.get("cli.check.timeout.bad"));
        }
        if (learner != null && GradeBook.fold(learner).isEmpty()) {
            return usage(Messages.get("cli.check.badLearner", learner));
        }
        if (junit != null && !Files.isDirectory(junit.toAbsolutePath().getParent())) {
            return usage(Messages.get("cli.check.noJunitFolder", junit.toString()));
        }
        Optional<String> known = learner != null ? GradeBook.fold(learner) : book.learner();
        if (known.isEmpty()) return usage(Messages.get("cli.check.needLearner"));
        String id = known.get();
        if (ex.kind() != Exercise.Kind.PROGRAM) return shellResult(book, ex, id, clock);

        Grade grade;
        try {
            grade = new ProgramGrader(clock, Duration.ofSeconds(timeout), limits.limits())
                    .grade(ex, id, command, Path.of("").toAbsolutePath(), reveal);
        } catch (IOException e) {
            return usage(Messages.get("cli.check.notStarted", String.valueOf(e.getMessage())));
        }
        Optional<String> notSaved = save(book, GradeRecord.of(ex, grade, command, Path.of("").toAbsolutePath(),
                Version.current()));
        if (json) System.out.println(GradeFormats.json(List.of(grade)));
        else GradeView.plain(grade).forEach(System.out::println);
        writeJunit(grade);
        notSaved.ifPresent(why -> System.err.println(Messages.get("cli.check.notSaved", why)));
        return grade.allPassed() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /**
     * Writes the --junit file, if asked for. A file that cannot be written is told in one line and does not change
     * the exit status: that still says how the grade went.
     */
    private void writeJunit(Grade grade) {
        if (junit == null) return;
        try {
            Files.writeString(junit, GradeFormats.junitXml(List.of(grade)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            String why = Escape.string(String.valueOf(e.getMessage()));
            System.err.println(Messages.get("cli.check.junitNotWritten", junit.toString(), why));
        }
    }

    /**
     * Keeps the try (and a learner id given with --learner) in the wiretutor folder. A folder that cannot be written
     * (read-only, missing and impossible to create, full) does not change the grade: the reason is returned to be
     * told in one line, or empty when all was saved.
     */
    private Optional<String> save(GradeBook book, GradeBook.Try graded) {
        try {
            if (learner != null) book.learner(learner);
            book.record(graded);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(Escape.string(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /**
     * A typed exercise was graded in the shell as the learner worked: report what was recorded for this learner.
     * With --json or --junit, the parts done and left are the checks.
     */
    private int shellResult(GradeBook book, Exercise ex, String id, Clock clock) throws IOException {
        Optional<GradeBook.Try> best = book.bestTry(id, ex.id());
        if (json || junit != null) {
            List<CheckResult> parts = best.map(t -> t.checks()).orElseGet(() -> typedParts(ex, id)).stream()
                    .map(m -> m.passed() ? CheckResult.pass(m.name(), Messages.get("cli.check.partDone"))
                            : CheckResult.fail(m.name(), Messages.get("cli.check.partLeft", ex.number())))
                    .toList();
            Grade grade = new Grade(String.format("%02d-%s", ex.number(), ex.id()), id, parts,
                    best.map(GradeBook.Try::at).orElse(clock.instant()), "");
            if (json) System.out.println(GradeFormats.json(List.of(grade)));
            writeJunit(grade);
            if (!json) shellProse(book, ex, id);
            return grade.allPassed() ? ExitCodes.OK : ExitCodes.FAILED;
        }
        return shellProse(book, ex, id);
    }

    private static int shellProse(GradeBook book, Exercise ex, String id) {
        var entry = book.entry(id, ex.id());
        if (entry.isEmpty()) {
            System.out.println(Messages.get("cli.check.typedNotTried", ex.number(), ex.title()));
            return ExitCodes.FAILED;
        }
        var e = entry.get();
        System.out.println(Messages.get("cli.check.typedResult", ex.number(), ex.title(), e.best(), e.total(),
                e.at().toString()));
        return e.done() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** The parts of a typed exercise not tried yet, all still to do. */
    private static List<GradeBook.Mark> typedParts(Exercise ex, String id) {
        try {
            var answers = MirrorFiles.forLearner(id).expectedAnswers();
            return TypedExercise.parse(ex.id(), ex.statement(), Map.of("lastModified", answers.lastModified(),
                            "etag", answers.etag(), "contentLength", Long.toString(answers.contentLength()),
                            "cacheControl", answers.cacheControl(), "contentType", answers.contentType(),
                            "paragraphCount", Integer.toString(answers.paragraphCount())))
                    .parts().stream().map(p -> new GradeBook.Mark(p.title(), false)).toList();
        } catch (LessonFormatException e) {
            return List.of();
        }
    }

    private static int usage(String message) {
        System.err.println(message);
        return ExitCodes.USAGE;
    }
}
