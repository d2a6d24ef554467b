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
import org.wiretutor.shell.ShellText;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.shell.screen.WireRenderer;
import org.wiretutor.shell.screen.Wrap;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Foreign;

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
            out.add(new AttributedString(ShellText.PROGRAM_NO_OUTPUT, Styles.DIM));
        } else {
            out.add(new AttributedString(ShellText.PROGRAM_OUTPUT, Styles.STRONG));
            for (String line : result.output().split("\n", -1)) {
                out.add(new AttributedStringBuilder().append("  │ ", Styles.DIM).append(Escape.string(line))
                        .toAttributedString());
            }
            if (result.output().endsWith("\n")) out.remove(out.size() - 1);
            if (result.truncated()) out.add(new AttributedString(ShellText.PROGRAM_TRUNCATED, Styles.DIM));
        }
        out.add(new AttributedString(result.timedOut() ? ShellText.PROGRAM_TIMEOUT.formatted(run.limit().toSeconds())
                : ShellText.PROGRAM_EXIT.formatted(result.exit(), result.took().toMillis() / 1000.0), Styles.DIM));
        result.limitMessage().ifPresent(said -> out.add(new AttributedString(
                ShellText.PROGRAM_LIMIT.formatted(said), Styles.WARNING)));
        if (result.strayChildren() > 0) {
            out.add(new AttributedString(ShellText.PROGRAM_STRAYS.formatted(result.strayChildren()), Styles.WARNING));
        }
        if (run.received().isEmpty()) {
            out.add(new AttributedString(run.classServer() ? ShellText.PROGRAM_SENT_NOTHING_CLASS
                    : ShellText.PROGRAM_SENT_NOTHING, Styles.DIM));
        }
        for (LogEntry entry : run.received()) {
            byte[] head = entry.head();
            String sent = run.classServer() ? ShellText.PROGRAM_SENT_CLASS : ShellText.PROGRAM_SENT;
            out.add(new AttributedString(sent.formatted(head.length, WireRenderer.plural(head.length)), Styles.STRONG));
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
                said.add(RunText.DIRECT.formatted(host, port));
            } else {
                failed = true;
                said.add(RunText.TRIED.formatted(host, port, Foreign.text(a.detail()).shown()));
            }
        }
        // with a class server, a run that reached nothing has already been told why (the server could not be reached)
        if (run.received().isEmpty() && !failed && !run.classServer()) {
            String output = run.result().output().toLowerCase(Locale.ROOT);
            String named = run.mirroredHost().stream().filter(h -> h.contains(".") && output.contains(h))
                    .sorted().findFirst().orElse(null);
            said.add(named != null ? RunText.MENTIONS_HOST.formatted(named, run.mirrorPort())
                    : RunText.NOTHING_REACHED.formatted(run.mirrorPort()));
        }
        List<AttributedString> out = new ArrayList<>();
        for (String s : said) out.addAll(Wrap.wrap(new AttributedString(s, Styles.WARNING), width, ""));
        return out;
    }
}
