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
import org.wiretutor.course.GradeBook;
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
        description = {"Grade your program for one exercise: it runs against a private copy of the server made for",
                "your learner id, and every check is reported. Example:",
                "  wiretutor check 1 --learner alice -- python3 myurl.py"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every check passed", "1:a check failed", "2:the command line was wrong"})
public final class CheckExerciseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXERCISE", description = "The exercise's number or name.")
    String exercise;

    @Parameters(index = "1..*", paramLabel = "COMMAND", description = "After --: how to run your program.")
    List<String> command = List.of();

    @Option(names = "--learner", paramLabel = "ID", description = "Your learner id (remembered for next time).")
    String learner;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the result as JUnit XML, for CI.")
    Path junit;

    @Option(names = "--json", description = "Print the result as JSON instead of text.")
    boolean json;

    @Option(names = "--reveal", description = "For instructors: failure messages also give the expected values.")
    boolean reveal;

    @picocli.CommandLine.Mixin LimitOptions limits;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "15",
            description = "How long your program may run (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Clock clock = Clock.systemUTC();
        Path home = AppHome.resolve(System.getenv(), System.getProperty("user.home"));
        GradeBook book = GradeBook.load(home, clock, System.err::println);
        Optional<Exercise> found = ExerciseCatalog.bundled().find(exercise);
        if (found.isEmpty()) return usage("There is no exercise " + exercise + ". See: wiretutor check --help");
        Exercise ex = found.get();
        if (ex.kind() != Exercise.Kind.PROGRAM) {
            if (!command.isEmpty()) {
                return usage("Exercise " + ex.number() + " is done in the shell (./wiretutor), not with a program.");
            }
            return shellResult(book, ex);
        }
        if (command.isEmpty()) return usage("Give your program's command after --, e.g. -- python3 myurl.py");
        if (timeout < 1 || timeout > 600) return usage("--timeout must be from 1 to 600 seconds.");
        String id = learner != null ? learner : book.learner().orElse(null);
        if (id == null) return usage("Give your learner id once with --learner ID (it is remembered).");
        if (!GradeBook.validLearnerId(id)) return usage("\"" + id + "\" cannot be a learner id: use 1 to 64 letters, "
                + "digits or .-_");
        if (learner != null) book.learner(learner);

        Grade grade;
        try {
            grade = new ProgramGrader(clock, Duration.ofSeconds(timeout)).grade(ex, id, command, Path.of("").toAbsolutePath(),
                    reveal);
        } catch (IOException e) {
            return usage("Your program could not be started (" + e.getMessage() + "). Check the command after --: "
                    + "is the program installed, and is the file name right?");
        }
        book.record(ex.id(), grade.passed(), grade.total(), grade.at());
        if (json) System.out.println(GradeFormats.json(List.of(grade)));
        else GradeView.plain(grade).forEach(System.out::println);
        if (junit != null) Files.writeString(junit, GradeFormats.junitXml(List.of(grade)), StandardCharsets.UTF_8);
        return grade.allPassed() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** A typed exercise was graded in the shell as the learner worked: report what was recorded. */
    private static int shellResult(GradeBook book, Exercise ex) {
        var entry = book.entry(ex.id());
        if (entry.isEmpty()) {
            System.out.println("Exercise " + ex.number() + " (" + ex.title() + "): not tried yet. It is done in the shell: "
                    + "./wiretutor, then exercise " + ex.number() + ".");
            return ExitCodes.FAILED;
        }
        var e = entry.get();
        System.out.println("Exercise " + ex.number() + " (" + ex.title() + "), done in the shell: best " + e.best() + " of "
                + e.total() + " parts, last on " + e.at() + ".");
        return e.done() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static int usage(String message) {
        System.err.println(message);
        return ExitCodes.USAGE;
    }
}
