package org.wiretutor.shell.command;

import java.util.List;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;
import org.wiretutor.shell.screen.Presenter;

public final class PresentCommand implements Command {
    @Override public String name() { return "present"; }
    @Override public String usage() { return "present [on|off]"; }
    @Override public String summary() { return "presenter mode: reveal each reply one part at a time"; }
    @Override public String help() {
        return "For teaching on a projector. With presenter mode on, a reply is held back and shown one part at "
                + "a time: the status line, then each header, then the blank line, then the body. Press Enter on "
                + "an empty line for the next part. Without an argument, present switches it on or off. "
                + "Start with it on: ./wiretutor --present";
    }

    @Override
    public List<String> candidates(int index, ShellContext ctx) {
        return index == 0 ? List.of("on", "off") : List.of();
    }

    @Override
    public void run(List<String> args, ShellContext ctx) throws UsageException {
        if (args.size() > 1 || (args.size() == 1 && !List.of("on", "off").contains(args.get(0)))) {
            throw new UsageException("present takes on or off.");
        }
        Presenter presenter = ctx.presenter().orElseThrow(() -> new UsageException("presenter mode is not available"));
        boolean on = args.isEmpty() ? !presenter.on() : args.get(0).equals("on");
        presenter.on(on);
        ctx.info(on ? ShellText.PRESENT_ON : ShellText.PRESENT_OFF);
    }
}
