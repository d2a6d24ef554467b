package org.wiretutor.shell.command;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jline.utils.AttributedString;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.shell.screen.WireRenderer;
import org.wiretutor.wire.Exchange;

/**
 * {@code replay [SLOWER]}: the last reply shown again read by read, with the real gaps between
 * reads stretched so a class can watch data arrive in pieces rather than all at once.
 */
public final class ReplayCommand implements Command {
    /** Gaps longer than this are cut short, so a replay never stalls a lesson. */
    private static final long MAX_GAP_MILLIS = 3_000;

    @Override public String name() { return "replay"; }
    @Override public String usage() { return "replay [SLOWER]"; }
    @Override public String summary() { return "show the last reply arriving again, read by read, slowed down"; }
    @Override public String help() {
        return "Prints the last reply's bytes again as they came: one read at a time, with the real pauses "
                + "between reads made SLOWER times longer (the --pace option sets the default). On a fast network "
                + "a reply arrives in microseconds; replay 200 makes its pieces visible. Ctrl-C stops it.";
    }

    @Override
    public void run(List<String> args, ShellContext ctx) throws UsageException {
        if (args.size() > 1) throw new UsageException(ShellText.REPLAY_WHAT);
        double slower = ctx.pace();
        if (args.size() == 1) {
            try {
                slower = Double.parseDouble(args.get(0));
            } catch (NumberFormatException e) {
                throw new UsageException(ShellText.REPLAY_WHAT);
            }
            if (!(slower >= 1 && slower <= 1000)) throw new UsageException(ShellText.REPLAY_WHAT);
        }
        var last = ctx.lastWire().flatMap(w -> w.lastExchange()).filter(e -> !e.reads().isEmpty());
        if (last.isEmpty()) {
            ctx.info(ShellText.NOTHING_TO_SHOW);
            return;
        }
        Exchange e = last.get();
        ctx.note(ShellText.REPLAYING.formatted(trim(slower), e.receivedTotal(), WireRenderer.plural(e.receivedTotal()),
                e.reads().size(), e.reads().size() == 1 ? "read" : "reads"));
        Thread me = Thread.currentThread();
        ctx.waitingOn(me::interrupt);
        try {
            int offset = 0;
            long previous = 0;
            int n = 0;
            for (Exchange.Read read : e.reads()) {
                long at = read.after().toNanos();
                long gap = Math.min(MAX_GAP_MILLIS, (long) ((at - previous) / 1_000_000.0 * slower));
                previous = at;
                if (gap > 0) TimeUnit.MILLISECONDS.sleep(gap);
                int end = Math.min(e.received().length, offset + read.bytes());
                byte[] piece = Arrays.copyOfRange(e.received(), Math.min(offset, end), end);
                offset += read.bytes();
                ctx.screen.show(new AttributedString(ShellText.REPLAY_READ.formatted(++n, read.bytes(),
                        WireRenderer.plural(read.bytes()), at / 1_000_000.0), Styles.DIM));
                ctx.screen.show(WireRenderer.receivedLines(piece, ctx.screen.width()));
            }
        } catch (InterruptedException stopped) {
            ctx.note(ShellText.INTERRUPTED);
        } finally {
            ctx.waitingOn(null);
            Thread.interrupted();
        }
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
