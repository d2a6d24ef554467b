package org.wiretutor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.wiretutor.classroom.Ledger;
import org.wiretutor.classroom.MistakeKind;
import org.wiretutor.classroom.Tally;
import org.wiretutor.text.Messages;

/**
 * {@code serve --live --save FILE}: the session's counts and every finished request, as Markdown or, for a
 * {@code .csv} name, as CSV. Every cell is escaped, and no CSV cell can run as a spreadsheet formula (see
 * {@link ReportTables}), since requests are whatever students typed. The Markdown's headings and column names
 * are the catalogue's ({@code cli.live.*}); the CSV's column names are a data format, so they stay as they are.
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
        StringBuilder out = new StringBuilder("# ").append(Messages.get("cli.live.title", all.started().toString()))
                .append("\n\n| ").append(Messages.get("cli.live.column.count")).append(" | ")
                .append(Messages.get("cli.live.column.requests")).append(" |\n|---|---|\n");
        count(out, Messages.get("cli.live.finished"), tally.requests());
        for (MistakeKind kind : MistakeKind.values()) {
            count(out, ReportTables.md(kind.label()), tally.count(kind));
        }
        count(out, Messages.get("cli.live.refused"), tally.refused());
        count(out, Messages.get("cli.live.clients"), all.clientsSeen());
        out.append("\n## ").append(Messages.get("cli.live.requests")).append("\n\n");
        if (all.forgotten() > 0) {
            out.append(Messages.get("cli.live.forgotten", all.forgotten())).append("\n\n");
        }
        out.append("| ").append(String.join(" | ", Messages.get("cli.live.column.time"),
                        Messages.get("cli.live.column.connection"), Messages.get("cli.live.column.client"),
                        Messages.get("cli.live.column.request"), Messages.get("cli.live.column.status"),
                        Messages.get("cli.live.column.mistakes")))
                .append(" |\n|---|---|---|---|---|---|\n");
        for (Ledger.Finished f : all.log()) {
            out.append("| ").append(f.time()).append(" | ").append(f.connection()).append(" | ")
                    .append(ReportTables.md(f.client())).append(" | ").append(ReportTables.md(f.request()))
                    .append(" | ").append(f.status()).append(" | ").append(ReportTables.md(mistakes(f))).append(" |\n");
        }
        if (!all.refusals().isEmpty()) {
            out.append("\n## ").append(Messages.get("cli.live.refusals")).append("\n\n");
            for (String r : all.refusals()) {
                out.append("- ").append(ReportTables.md(r)).append('\n');
            }
        }
        return out.toString();
    }

    /** A row of the counts table. */
    private static void count(StringBuilder out, String what, long n) {
        out.append("| ").append(what).append(" | ").append(n).append(" |\n");
    }

    private static String mistakes(Ledger.Finished f) {
        StringBuilder out = new StringBuilder();
        for (MistakeKind kind : f.mistakes()) {
            out.append(out.length() == 0 ? "" : "; ").append(kind.label());
        }
        return out.toString();
    }
}
