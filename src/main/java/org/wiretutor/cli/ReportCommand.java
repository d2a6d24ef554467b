package org.wiretutor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.wiretutor.course.GradeBook;
import org.wiretutor.grading.ExerciseCatalog;
import org.wiretutor.shell.AppHome;
import org.wiretutor.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wiretutor report}: results as CSV and Markdown, for the learner or for the instructor. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class,
        resourceBundle = HelpWords.NAME)
public final class ReportCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".")
    Path out;

    @Option(names = "--all")
    boolean all;

    @Option(names = "--class", arity = "1..*", paramLabel = "DIR")
    List<Path> classPlaces;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(out)) {
            System.err.println(Messages.get("cli.report.noSuchFolder", out.toString()));
            return ExitCodes.USAGE;
        }
        Clock clock = Clock.systemUTC();
        Path home = AppHome.resolve(System.getenv(), System.getProperty("user.home"));
        var exercises = ExerciseCatalog.bundled().all();
        String name;
        String[] tables;
        if (classPlaces != null) {
            GradeBook.Scores scores;
            try {
                scores = GradeBook.collect(classPlaces, clock, System.err::println);
            } catch (NoSuchFileException e) {
                System.err.println(Messages.get("cli.report.noSuchPlace", e.getFile()));
                return ExitCodes.USAGE;
            }
            if (scores.learners().isEmpty()) System.err.println(Messages.get("cli.report.nobody"));
            name = "class";
            tables = ReportTables.everyone(Messages.get("cli.report.classTitle"), exercises, scores);
        } else {
            GradeBook book = GradeBook.load(home, clock, System.err::println);
            if (all) {
                GradeBook.Scores scores = book.scores();
                if (scores.learners().isEmpty()) System.err.println(Messages.get("cli.report.nobody"));
                name = "all";
                tables = ReportTables.everyone(Messages.get("cli.report.allTitle", ReportTables.md(home.toString())),
                        exercises, scores);
            } else {
                Optional<String> learner = book.learner();
                if (learner.isEmpty()) {
                    System.err.println(Messages.get("cli.report.noLearner"));
                    return ExitCodes.USAGE;
                }
                name = learner.get();
                tables = ReportTables.learner(learner.get(), exercises, book.scores());
            }
        }
        Path csvFile = out.resolve("wiretutor-report-" + name + ".csv");
        Path mdFile = out.resolve("wiretutor-report-" + name + ".md");
        Files.writeString(csvFile, tables[0], StandardCharsets.UTF_8);
        Files.writeString(mdFile, tables[1], StandardCharsets.UTF_8);
        System.out.println(Messages.get("cli.report.wrote", csvFile.toString(), mdFile.toString()));
        return ExitCodes.OK;
    }
}
