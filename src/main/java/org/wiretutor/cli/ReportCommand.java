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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wiretutor report}: results as CSV and Markdown, for the learner or for the instructor. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Write exercise results as a CSV file and a Markdown file, to hand in or for your",
                "instructor's spreadsheet: yours, everyone's in this wiretutor folder (--all), or a whole",
                "class's, from their folders or collected grade logs (--class)."})
public final class ReportCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "Folder to write to (default: here).")
    Path out;

    @Option(names = "--all", description = "One row for every learner in this wiretutor folder.")
    boolean all;

    @Option(names = "--class", arity = "1..*", paramLabel = "DIR",
            description = "Merge wiretutor folders, folders of grade logs, or grade log files into one table.")
    List<Path> classPlaces;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(out)) {
            System.err.println(RecordsText.NO_SUCH_FOLDER.formatted(out));
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
                System.err.println(RecordsText.NO_SUCH_PLACE.formatted(e.getFile()));
                return ExitCodes.USAGE;
            }
            if (scores.learners().isEmpty()) System.err.println(RecordsText.REPORT_NOBODY);
            name = "class";
            tables = ReportTables.everyone(RecordsText.REPORT_CLASS_TITLE, exercises, scores);
        } else {
            GradeBook book = GradeBook.load(home, clock, System.err::println);
            if (all) {
                GradeBook.Scores scores = book.scores();
                if (scores.learners().isEmpty()) System.err.println(RecordsText.REPORT_NOBODY);
                name = "all";
                tables = ReportTables.everyone(RecordsText.REPORT_ALL_TITLE.formatted(ReportTables.md(home.toString())),
                        exercises, scores);
            } else {
                Optional<String> learner = book.learner();
                if (learner.isEmpty()) {
                    System.err.println(RecordsText.REPORT_NO_LEARNER);
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
        System.out.println(RecordsText.REPORT_WROTE.formatted(csvFile, mdFile));
        return ExitCodes.OK;
    }
}
