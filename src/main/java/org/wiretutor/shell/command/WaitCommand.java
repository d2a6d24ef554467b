package org.wiretutor.shell.command;

import java.time.Duration;
import java.util.List;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;

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
        if (ctx.interactive) ctx.note(ShellText.WAITING);
        if (!ctx.awaitSettled(wire.get(), wire.get().settleMark(), Duration.ofSeconds(seconds))
                && wire.get().isOpen() && !Thread.currentThread().isInterrupted()) {
            ctx.info(ShellText.WAIT_NOTHING.formatted(seconds));
        }
    }
}
