package org.wiretutor.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wiretutor.course.GradeBook;
import org.wiretutor.grading.Exercise;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;

/**
 * The tables {@code report} writes: CSV for spreadsheets, Markdown for reading. Every cell is foreign text made
 * safe: escaped, a CSV cell that a spreadsheet would run as a formula ({@code = + - @}, tab, CR) starts with
 * {@code '}, and Markdown's own characters are escaped. The Markdown's titles and column names are the catalogue's
 * ({@code cli.report.*}); a CSV's column names are a data format that scripts read, so they stay as they are.
 */
final class ReportTables {
    static final String LEARNER_CSV_HEADER = "learner,exercise,title,best,total,last,tries,last_attempt\n";

    private ReportTables() {}

    /** One learner: a row per exercise. */
    static String[] learner(String learner, List<Exercise> exercises, GradeBook.Scores scores) {
        String notTried = Messages.get("cli.report.notTried");
        StringBuilder csv = new StringBuilder(LEARNER_CSV_HEADER);
        StringBuilder md = new StringBuilder("# " + Messages.get("cli.report.title", md(learner)) + "\n\n"
                + header(Messages.get("cli.report.column.exercise"), Messages.get("cli.report.column.best"),
                        Messages.get("cli.report.column.last"), Messages.get("cli.report.column.tries"),
                        Messages.get("cli.report.column.lastAttempt"))
                + "\n|---|---:|---:|---:|---|\n");
        for (Exercise e : exercises) {
            Optional<GradeBook.Entry> g = scores.entry(learner, e.id());
            csv.append(String.join(",", csv(learner), Integer.toString(e.number()), csv(e.title()),
                    g.map(x -> Integer.toString(x.best())).orElse(""), g.map(x -> Integer.toString(x.total())).orElse(""),
                    g.map(x -> Integer.toString(x.last())).orElse(""), g.map(x -> Integer.toString(x.tries())).orElse("0"),
                    g.map(x -> x.at().toString()).orElse(""))).append('\n');
            md.append("| ").append(e.number()).append(". ").append(md(e.title())).append(" | ")
                    .append(g.map(x -> x.best() + "/" + x.total()).orElse(notTried)).append(" | ")
                    .append(g.map(x -> x.last() + "/" + x.total()).orElse(notTried)).append(" | ")
                    .append(g.map(x -> Integer.toString(x.tries())).orElse("0")).append(" | ")
                    .append(g.map(x -> x.at().toString()).orElse(notTried)).append(" |\n");
        }
        return new String[] {csv.toString(), md.toString()};
    }

    /**
     * Many learners: a row each, with their best score in every exercise ({@code 4 of 6}, written so no spreadsheet
     * takes it for a date), how many exercises they have done and when they last tried one.
     */
    static String[] everyone(String title, List<Exercise> exercises, GradeBook.Scores scores) {
        String notTried = Messages.get("cli.report.notTried");
        Set<String> ids = new LinkedHashSet<>();
        List<String> heads = new ArrayList<>();
        for (Exercise e : exercises) {
            ids.add(e.id());
            heads.add(String.format("%02d-%s", e.number(), e.id()));
        }
        for (String other : scores.exercises()) {
            if (ids.add(other)) heads.add(other);
        }
        StringBuilder csv = new StringBuilder("learner,done,last_attempt");
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n")
                .append(header(Messages.get("cli.report.column.learner"), Messages.get("cli.report.column.done"),
                        Messages.get("cli.report.column.lastAttempt")));
        StringBuilder rule = new StringBuilder("|---|---:|---|");
        List<String> idList = List.copyOf(ids);
        for (int i = 0; i < idList.size(); i++) {
            csv.append(',').append(csv(heads.get(i)));
            md.append(' ').append(md(heads.get(i))).append(" |");
            rule.append("---:|");
        }
        csv.append('\n');
        md.append('\n').append(rule).append('\n');
        for (String learner : scores.learners()) {
            List<GradeBook.Entry> entries = scores.entries(learner);
            long done = entries.stream().filter(GradeBook.Entry::done).count();
            String last = entries.stream().map(GradeBook.Entry::at).max(java.util.Comparator.naturalOrder())
                    .map(Object::toString).orElse("");
            csv.append(csv(learner)).append(',').append(done).append(',').append(csv(last));
            md.append("| ").append(md(learner)).append(" | ").append(done).append(" | ").append(md(last)).append(" |");
            for (String ex : idList) {
                Optional<String> score = scores.entry(learner, ex)
                        .map(g -> Messages.get("cli.report.score", g.best(), g.total()));
                csv.append(',').append(csv(score.orElse("")));
                md.append(' ').append(score.orElse(notTried)).append(" |");
            }
            csv.append('\n');
            md.append('\n');
        }
        return new String[] {csv.toString(), md.toString()};
    }

    /** A Markdown table's first row. */
    private static String header(String... names) {
        return "| " + String.join(" | ", names) + " |";
    }

    /** A CSV cell (RFC 4180), never one a spreadsheet would run as a formula. */
    static String csv(String given) {
        String s = Escape.string(given);
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 || !given.isEmpty() && "\t\r".indexOf(given.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** Markdown text in a table cell: escaped, with Markdown's punctuation taken literally and no line breaks. */
    static String md(String given) {
        String s = Escape.string(given);
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') out.append(' ');
            else if ("\\`*_{}[]()<>#+-.!|~".indexOf(c) >= 0) out.append('\\').append(c);
            else out.append(c);
        }
        return out.toString();
    }
}
