package org.wiretutor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.wiretutor.classroom.Ledger;
import org.wiretutor.classroom.MistakeKind;
import org.wiretutor.classroom.Tally;

/**
 * {@code serve --live --save FILE}: the session's counts and every finished request, as Markdown or, for a
 * {@code .csv} name, as CSV. Every cell is escaped, and no CSV cell can run as a spreadsheet formula (see
 * {@link ReportTables}), since requests are whatever students typed.
 */
final class LiveSessionFile {

    private LiveSessionFile() {
    }

    static boolean isCsv(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    static void write(Path file, Ledger.Snapshot all) throws IOException {
        Files.writeString(file, isCsv(file) ? csv(all) : markdown(all), StandardCharsets.UTF_8);
    }

    static String csv(Ledger.Snapshot all) {
        StringBuilder out = new StringBuilder("time,connection,client,request,status,mistakes\n");
        for (Ledger.Finished f : all.log()) {
            out.append(String.join(",", f.time().toString(), Long.toString(f.connection()), ReportTables.csv(f.client()),
                    ReportTables.csv(f.request()), Integer.toString(f.status()), ReportTables.csv(mistakes(f))))
                    .append('\n');
        }
        return out.toString();
    }

    static String markdown(Ledger.Snapshot all) {
        Tally tally = all.tally();
        StringBuilder out = new StringBuilder("# wiretutor serve --live: session from ")
                .append(all.started()).append("\n\n| count | requests |\n|---|---|\n")
                .append("| finished requests | ").append(tally.requests()).append(" |\n");
        for (MistakeKind kind : MistakeKind.values()) {
            out.append("| ").append(ReportTables.md(kind.label())).append(" | ").append(tally.count(kind)).append(" |\n");
        }
        out.append("| refused connections | ").append(tally.refused()).append(" |\n");
        out.append("| clients | ").append(all.clientsSeen()).append(" |\n\n## Requests\n\n");
        if (all.forgotten() > 0) {
            out.append("The first ").append(all.forgotten()).append(" requests are counted above but not listed.\n\n");
        }
        out.append("| time | # | client | request | status | mistakes |\n|---|---|---|---|---|---|\n");
        for (Ledger.Finished f : all.log()) {
            out.append("| ").append(f.time()).append(" | ").append(f.connection()).append(" | ")
                    .append(ReportTables.md(f.client())).append(" | ").append(ReportTables.md(f.request()))
                    .append(" | ").append(f.status()).append(" | ").append(ReportTables.md(mistakes(f))).append(" |\n");
        }
        if (!all.refusals().isEmpty()) {
            out.append("\n## Refused connections\n\n");
            for (String r : all.refusals()) {
                out.append("- ").append(ReportTables.md(r)).append('\n');
            }
        }
        return out.toString();
    }

    private static String mistakes(Ledger.Finished f) {
        StringBuilder out = new StringBuilder();
        for (MistakeKind kind : f.mistakes()) {
            out.append(out.length() == 0 ? "" : "; ").append(kind.label());
        }
        return out.toString();
    }
}
