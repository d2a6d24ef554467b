package org.wiretutor.shell.command;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jline.utils.AttributedString;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.shell.screen.WireRenderer;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.Exchange;

/**
 * {@code replay [SLOWER]}: the last reply shown again read by read, with the real gaps between
 * reads stretched so a class can watch data arrive in pieces rather than all at once.
 */
public final class ReplayCommand implements Command {
    /** Gaps longer than this are cut short, so a replay never stalls a lesson. */
    private static final long MAX_GAP_MILLIS = 3_000;

    private final Connection connection;
    private final Output out;
    private final Keyboard keyboard;
    private final double pace;

    /** @param pace how many times slower than real life a replay goes unless told (the --pace option) */
    public ReplayCommand(Connection connection, Output out, Keyboard keyboard, double pace) {
        this.connection = connection;
        this.out = out;
        this.keyboard = keyboard;
        this.pace = pace;
    }

    @Override public String name() { return "replay"; }
    @Override public String usage() { return Messages.get("shell.replay.usage"); }
    @Override public String summary() { return Messages.get("shell.replay.summary"); }
    @Override public String help() { return Messages.get("shell.replay.help"); }

    @Override
    public void run(List<String> args) throws UsageException {
        if (args.size() > 1) throw new UsageException(Messages.get("shell.replay.what"));
        double slower = pace;
        if (args.size() == 1) {
            try {
                slower = Double.parseDouble(args.get(0));
            } catch (NumberFormatException e) {
                throw new UsageException(Messages.get("shell.replay.what"));
            }
            if (!(slower >= 1 && slower <= 1000)) throw new UsageException(Messages.get("shell.replay.what"));
        }
        var last = connection.lastWire().flatMap(w -> w.lastExchange()).filter(e -> !e.reads().isEmpty());
        if (last.isEmpty()) {
            out.info(Messages.get("shell.show.nothing"));
            return;
        }
        Exchange e = last.get();
        out.note(Messages.get("shell.replay.replaying", trim(slower), e.receivedTotal(), e.reads().size()));
        Thread me = Thread.currentThread();
        keyboard.waitingOn(me::interrupt);
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
                out.screen().show(new AttributedString(Messages.get("shell.replay.read", ++n, read.bytes(),
                        Tenths.of(at / 1_000_000.0)), Styles.DIM));
                out.screen().show(WireRenderer.receivedLines(piece, out.screen().width()));
            }
        } catch (InterruptedException stopped) {
            out.note(Messages.get("shell.cancelled"));
        } finally {
            keyboard.waitingOn(null);
            Thread.interrupted();
        }
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
