package org.wiretutor.shell.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;
import org.wiretutor.shell.screen.WireRenderer;
import org.wiretutor.wire.WireSession;

public final class WaitCommand implements Command {
    static final int DEFAULT_SECONDS = 30;

    @Override public String name() { return "wait"; }
    @Override public String usage() { return "wait [SECONDS]"; }
    @Override public String summary() { return "wait for the server: a reply, a close, or an explained silence"; }
    @Override public String help() {
        return "Waits (30 s unless you say otherwise) until something happens on the connection: the reply "
                + "finishes, the server closes, or wiretutor explains a silence. Handy for watching a server's "
                + "timeout: ~wait. Ctrl-C stops waiting.";
    }

    @Override
    public void run(List<String> args, ShellContext ctx) throws UsageException {
        if (args.size() > 1) throw new UsageException("wait takes at most a number of seconds.");
        int seconds = DEFAULT_SECONDS;
        if (args.size() == 1) {
            try {
                seconds = Integer.parseInt(args.get(0));
            } catch (NumberFormatException e) {
                throw new UsageException(ShellText.BAD_SECONDS.formatted(args.get(0)));
            }
            if (seconds < 1 || seconds > 300) throw new UsageException(ShellText.BAD_SECONDS.formatted(args.get(0)));
        }
        var wire = ctx.wire();
        if (wire.isEmpty()) {
            ctx.info(ShellText.NOT_CONNECTED);
            return;
        }
        WireSession session = wire.get();
        long mark = session.settleMark();
        long before = session.bytesReceived();
        Clock clock = ctx.clock();
        Instant start = clock.instant();
        boolean settled = false;
        boolean interrupted = false;
        // waits here rather than through ctx.awaitSettled, to know whether Ctrl-C ended the wait;
        // Ctrl-C works from the moment the learner is told it does
        Thread me = Thread.currentThread();
        ctx.waitingOn(me::interrupt);
        try {
            if (ctx.interactive) ctx.note(ShellText.WAITING);
            settled = session.awaitSettled(mark, Duration.ofSeconds(seconds));
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            ctx.waitingOn(null);
            Thread.interrupted();
        }
        if (settled) return;
        long arrived = session.bytesReceived() - before;
        String meanwhile = !session.isOpen() ? ShellText.WAIT_MEANWHILE_CLOSED
                : arrived > 0 ? ShellText.WAIT_MEANWHILE_BYTES.formatted(arrived, WireRenderer.plural(arrived))
                : ShellText.WAIT_MEANWHILE_NOTHING;
        if (interrupted) {
            double waited = Math.max(0, Duration.between(start, clock.instant()).toMillis()) / 1000.0;
            ctx.info(ShellText.WAIT_INTERRUPTED.formatted(waited, seconds, meanwhile));
        } else if (session.isOpen()) {
            ctx.info(arrived == 0 ? ShellText.WAIT_NOTHING.formatted(seconds)
                    : ShellText.WAIT_ONLY_BYTES.formatted(seconds, meanwhile));
        }
    }
}
