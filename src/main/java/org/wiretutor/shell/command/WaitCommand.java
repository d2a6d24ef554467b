package org.wiretutor.shell.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.WireSession;

public final class WaitCommand implements Command {
    static final int DEFAULT_SECONDS = 30;

    private final Connection connection;
    private final Clock clock;
    private final Output out;
    private final Keyboard keyboard;

    public WaitCommand(Connection connection, Clock clock, Output out, Keyboard keyboard) {
        this.connection = connection;
        this.clock = clock;
        this.out = out;
        this.keyboard = keyboard;
    }

    @Override public String name() { return "wait"; }
    @Override public String usage() { return Messages.get("shell.wait.usage"); }
    @Override public String summary() { return Messages.get("shell.wait.summary"); }
    @Override public String help() { return Messages.get("shell.wait.help"); }

    @Override
    public void run(List<String> args) throws UsageException {
        if (args.size() > 1) throw new UsageException(Messages.get("shell.wait.oneNumber"));
        int seconds = DEFAULT_SECONDS;
        if (args.size() == 1) {
            try {
                seconds = Integer.parseInt(args.get(0));
            } catch (NumberFormatException e) {
                throw new UsageException(Messages.get("shell.wait.badSeconds", args.get(0)));
            }
            if (seconds < 1 || seconds > 300) throw new UsageException(Messages.get("shell.wait.badSeconds", args.get(0)));
        }
        var wire = connection.wire();
        if (wire.isEmpty()) {
            out.info(Messages.get("shell.notConnected"));
            return;
        }
        WireSession session = wire.get();
        // a plain wait ends at an explained silence: one already explained is said again at once, not waited out
        var explained = session.silenceExplained();
        if (args.isEmpty() && explained.isPresent()) {
            out.info(Messages.get("shell.wait.stillSilent", explained.get()));
            return;
        }
        long mark = session.settleMark();
        long before = session.bytesReceived();
        Instant start = clock.instant();
        boolean settled = false;
        boolean interrupted = false;
        // waits here rather than through Connection.awaitSettled, to know whether Ctrl-C ended the wait;
        // Ctrl-C works from the moment the learner is told it does
        Thread me = Thread.currentThread();
        keyboard.waitingOn(me::interrupt);
        try {
            if (keyboard.interactive()) out.note(Messages.get("shell.wait.waiting"));
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            settled = session.awaitSettled(mark, Duration.ofSeconds(seconds));
            // wait N is asked for N seconds of the server: a silence explained meanwhile does not end it
            while (settled && args.size() == 1 && session.isOpen() && session.bytesReceived() == before) {
                mark = session.settleMark();
                settled = session.awaitSettled(mark, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            }
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            keyboard.waitingOn(null);
            Thread.interrupted();
        }
        if (settled) return;
        long arrived = session.bytesReceived() - before;
        String meanwhile = !session.isOpen() ? Messages.get("shell.wait.meanwhile.closed")
                : arrived > 0 ? Messages.get("shell.wait.meanwhile.bytes", arrived)
                : Messages.get("shell.wait.meanwhile.nothing");
        if (interrupted) {
            double waited = Math.max(0, Duration.between(start, clock.instant()).toMillis()) / 1000.0;
            out.info(Messages.get("shell.wait.interrupted", Tenths.of(waited), seconds, meanwhile));
        } else if (session.isOpen()) {
            out.info(arrived == 0 ? Messages.get("shell.wait.nothing", seconds)
                    : Messages.get("shell.wait.onlyBytes", seconds, meanwhile));
        }
    }
}
