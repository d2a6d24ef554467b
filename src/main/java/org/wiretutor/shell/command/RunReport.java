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
 * What the learner sees after {@code run}: what the program printed (escaped), how it ended, the exact bytes the
 * mirror received from it, and, when those are not everything, where else it went or why nothing arrived. A
 * connection that could not be redirected is named, never silently lost.
 */
final class RunReport {
    /** Attempts named one by one, no more. */
    static final int ATTEMPTS_NAMED = 5;

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

    static List<AttributedString> lines(Run run, int width) {
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
        out.add(new AttributedString(result.timedOut() ? Messages.get("shell.run.timeout", run.limit().toSeconds())
                : Messages.get("shell.run.exit", result.exit(), Tenths.of(result.took().toMillis() / 1000.0)), Styles.DIM));
        result.limitMessage().ifPresent(said -> out.add(new AttributedString(
                Messages.get("shell.run.limit", said), Styles.WARNING)));
        if (result.strayChildren() > 0) {
            out.add(new AttributedString(Messages.get("shell.run.strays", result.strayChildren()), Styles.WARNING));
        }
        if (run.received().isEmpty()) {
            out.add(new AttributedString(run.classServer() ? Messages.get("shell.run.sentNothing.class")
                    : Messages.get("shell.run.sentNothing"), Styles.DIM));
        }
        for (LogEntry entry : run.received()) {
            byte[] head = entry.head();
            String sent = run.classServer() ? Messages.get("shell.run.sent.class", head.length)
                    : Messages.get("shell.run.sent", head.length);
            out.add(new AttributedString(sent, Styles.STRONG));
            out.addAll(WireRenderer.sentLines(head, width));
        }
        out.addAll(elsewhere(run, width));
        return out;
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
