package org.wiretutor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.wiretutor.course.GradeBook;
import org.wiretutor.grading.Exercise;
import org.wiretutor.grading.ExerciseCatalog;
import org.wiretutor.shell.AppHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wiretutor report}: the learner's results as CSV and Markdown, for the instructor. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Write your exercise results as a CSV file and a Markdown file, to hand in or for your",
                "instructor's spreadsheet."})
public final class ReportCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "Folder to write to (default: here).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(out)) {
            System.err.println("--out " + out + ": no such folder.");
            return ExitCodes.USAGE;
        }
        Path home = AppHome.resolve(System.getenv(), System.getProperty("user.home"));
        GradeBook book = GradeBook.load(home, Clock.systemUTC(), System.err::println);
        String learner = book.learner().orElse("unknown");
        StringBuilder csv = new StringBuilder("learner,exercise,title,best,total,last,tries,last_attempt\n");
        StringBuilder md = new StringBuilder("# wiretutor results for " + learner + "\n\n"
                + "| exercise | best | last | tries | last attempt |\n|---|---:|---:|---:|---|\n");
        for (Exercise e : ExerciseCatalog.bundled().all()) {
            var g = book.entry(e.id());
            csv.append(String.join(",", csvField(learner), Integer.toString(e.number()), csvField(e.title()),
                    g.map(x -> Integer.toString(x.best())).orElse(""), g.map(x -> Integer.toString(x.total())).orElse(""),
                    g.map(x -> Integer.toString(x.last())).orElse(""), g.map(x -> Integer.toString(x.tries())).orElse("0"),
                    g.map(x -> x.at().toString()).orElse(""))).append('\n');
            md.append("| ").append(e.number()).append(". ").append(e.title().replace("|", "\\|")).append(" | ")
                    .append(g.map(x -> x.best() + "/" + x.total()).orElse("—")).append(" | ")
                    .append(g.map(x -> x.last() + "/" + x.total()).orElse("—")).append(" | ")
                    .append(g.map(x -> Integer.toString(x.tries())).orElse("0")).append(" | ")
                    .append(g.map(x -> x.at().toString()).orElse("—")).append(" |\n");
        }
        Path csvFile = out.resolve("wiretutor-report-" + learner + ".csv");
        Path mdFile = out.resolve("wiretutor-report-" + learner + ".md");
        Files.writeString(csvFile, csv, StandardCharsets.UTF_8);
        Files.writeString(mdFile, md, StandardCharsets.UTF_8);
        System.out.println("Wrote " + csvFile + " and " + mdFile + ".");
        return ExitCodes.OK;
    }

    /** Quotes a CSV field when it holds a comma, a quote or a line break (RFC 4180). */
    static String csvField(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) return "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }
}
