package org.wiretutor.shell.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.programs.MirrorRedirect;
import org.wiretutor.programs.ProgramRunner;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.shell.screen.WireRenderer;
import org.wiretutor.shell.screen.Wrap;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Foreign;
import org.wiretutor.text.Messages;

/**
 * What the learner sees after {@code run}: what the program printed (escaped), how it ended, a row for each request
 * the mirror received from it, and, when those are not everything, where else it went or why nothing arrived. A
 * connection that could not be redirected is named, never silently lost.
 */
final class RunReport {
    /** Attempts named one by one, no more. */
    static final int ATTEMPTS_NAMED = 5;
    /** Requests given a row each after a run; the rest are counted (show run has them all). */
    static final int TRAFFIC_ROWS = 12;
    /** Rows a short screen keeps for requests at least, however much the program printed. */
    static final int TRAFFIC_ROWS_LEAST = 3;
    /** Rows under the report: the verdict with its reason (up to four, wrapped), the pause line and the prompt. */
    private static final int BELOW = 6;
    private static final String ARROW = "→ ";

    /**
     * @param result       the run, its output already without wiretutor's own notes
     * @param received     what the mirror received while it ran
     * @param attempts     connections the program made or tried on its own
     * @param mirroredHost host names that lead to the mirror, lower case
     * @param mirrorPort   the mirror's port, for a program that must be pointed at it by hand
     */
    record Run(ProgramRunner.Result result, List<LogEntry> received, List<MirrorRedirect.Attempt> attempts,
               Set<String> mirroredHost, int mirrorPort, java.time.Duration limit, boolean classServer) {}

    private RunReport() {}

    /**
     * @param height the screen's rows (0 when nobody reads a screen): the requests' rows give way, down to
     *               {@link #TRAFFIC_ROWS_LEAST}, so that what the program printed and the verdict fit with them
     */
    static List<AttributedString> lines(Run run, int width, int height) {
        List<AttributedString> rest = rest(run, width);
        int room = height <= 0 ? TRAFFIC_ROWS
                : Math.max(TRAFFIC_ROWS_LEAST, Math.min(TRAFFIC_ROWS, height - BELOW - rest.size() - 2));
        // the requests first, one row each: what the program printed is what a step most often asks about, so it
        // comes last, just above the verdict
        List<AttributedString> out = new ArrayList<>(traffic(run.received(), run.classServer(), width, room));
        out.addAll(rest);
        return out;
    }

    /** What the program printed, how it ended, and where else it went. */
    private static List<AttributedString> rest(Run run, int width) {
        ProgramRunner.Result result = run.result();
        List<AttributedString> out = new ArrayList<>();
        if (result.output().isEmpty()) {
            out.add(new AttributedString(Messages.get("shell.run.printedNothing"), Styles.DIM));
        } else {
            out.add(new AttributedString(Messages.get("shell.run.printed"), Styles.STRONG));
            for (String line : result.output().split("\n", -1)) {
                out.add(new AttributedStringBuilder().append("  │ ", Styles.DIM).append(Escape.string(line))
                        .toAttributedString());
            }
            if (result.output().endsWith("\n")) out.remove(out.size() - 1);
            if (result.truncated()) out.add(new AttributedString(Messages.get("shell.run.truncated"), Styles.DIM));
        }
        var took = Tenths.of(result.took().toMillis() / 1000.0);
        out.add(new AttributedString(result.timedOut() ? Messages.get("shell.run.timeout", run.limit().toSeconds())
                : result.exit() == 0 ? Messages.get("shell.run.exit.ok", took)
                : Messages.get("shell.run.exit.error", result.exit(), took), Styles.DIM));
        result.limitMessage().ifPresent(said -> out.add(new AttributedString(
                Messages.get("shell.run.limit", said), Styles.WARNING)));
        if (result.strayChildren() > 0) {
            out.add(new AttributedString(Messages.get("shell.run.strays", result.strayChildren()), Styles.WARNING));
        }
        out.addAll(elsewhere(run, width));
        return out;
    }

    /**
     * One row per request the program sent (request line, status, body size), so a crawler's ten requests take ten
     * rows and its own output stays in sight; {@code show run} has the bytes.
     */
    static List<AttributedString> traffic(List<LogEntry> received, boolean classServer, int width, int room) {
        List<AttributedString> out = new ArrayList<>();
        if (received.isEmpty()) {
            out.add(new AttributedString(classServer ? Messages.get("shell.run.sentNothing.class")
                    : Messages.get("shell.run.sentNothing"), Styles.DIM));
            return out;
        }
        out.add(new AttributedString(classServer ? Messages.get("shell.run.traffic.class", received.size())
                : Messages.get("shell.run.traffic", received.size()), Styles.STRONG));
        int rows = received.size() > room + 1 ? room : received.size();
        for (LogEntry entry : received.subList(0, rows)) out.add(trafficRow(entry, width));
        // the rows left out and where to see every request take one row together
        out.add(rows < received.size()
                ? new AttributedString("  " + Messages.get("shell.run.trafficMore", received.size() - rows), Styles.DIM)
                : new AttributedString(Messages.get("shell.run.showRun"), Styles.DIM));
        return out;
    }

    /** {@code → GET /page1.htm HTTP/1.0 · 200 · 128 bytes of body}, the request line cut to fit the row. */
    static AttributedString trafficRow(LogEntry entry, int width) {
        String line = entry.requestLine().isEmpty() ? Messages.get("shell.run.trafficNoLine")
                : Escape.string(entry.requestLine());
        String outcome = entry.status() > 0 ? Messages.get("shell.run.trafficReply", entry.status(), entry.bodyBytes())
                : Messages.get("shell.run.trafficNoReply");
        int room = Math.max(20, width - 2 - ARROW.length() - outcome.length() - 3);
        if (line.length() > room) line = line.substring(0, room - 1) + "…";
        return new AttributedStringBuilder().append("  ").append(ARROW, Styles.STRONG).append(line)
                .append(" · " + outcome, Styles.DIM).toAttributedString();
    }

    /** Where the program went instead of (or besides) the mirror, as far as is known. */
    private static List<AttributedString> elsewhere(Run run, int width) {
        List<String> said = new ArrayList<>();
        boolean failed = false;
        for (MirrorRedirect.Attempt a : run.attempts().subList(0, Math.min(ATTEMPTS_NAMED, run.attempts().size()))) {
            String host = Foreign.text(a.host()).shown();
            String port = Foreign.text(a.port()).shown();
            if (a.outcome() == MirrorRedirect.Outcome.DIRECT) {
                said.add(Messages.get("shell.run.direct", host, port));
            } else {
                failed = true;
                said.add(Messages.get("shell.run.tried", host, port, Foreign.text(a.detail()).shown()));
            }
        }
        // a program that wanted input and had none ended there: that, not the network, is why nothing was sent
        if (run.result().endedForWantOfInput()) {
            said.add(Messages.get("shell.run.noInput"));
        } else if (run.received().isEmpty() && !failed && !run.result().timedOut() && run.result().exit() != 0) {
            // it stopped with an error before asking anything: its own message says why, not our guesses
            said.add(Messages.get("shell.run.errorBeforeSending"));
        } else if (run.received().isEmpty() && !failed && !run.classServer()) {
            // with a class server, a run that reached nothing has already been told why (it could not be reached)
            String output = run.result().output().toLowerCase(Locale.ROOT);
            String named = run.mirroredHost().stream().filter(h -> h.contains(".") && output.contains(h))
                    .sorted().findFirst().orElse(null);
            said.add(named != null ? Messages.get("shell.run.mentionsHost", named, run.mirrorPort())
                    : Messages.get("shell.run.nothingReached", run.mirrorPort()));
        }
        List<AttributedString> out = new ArrayList<>();
        for (String s : said) out.addAll(Wrap.wrap(new AttributedString(s, Styles.WARNING), width, ""));
        return out;
    }
}
