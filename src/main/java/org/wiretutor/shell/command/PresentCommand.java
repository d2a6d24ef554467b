package org.wiretutor.shell.command;

import java.util.List;
import org.wiretutor.shell.screen.Presenter;
import org.wiretutor.text.Messages;

public final class PresentCommand implements Command {
    private final Presenter presenter;
    private final Output out;

    public PresentCommand(Presenter presenter, Output out) {
        this.presenter = presenter;
        this.out = out;
    }

    @Override public String name() { return "present"; }
    @Override public String usage() { return Messages.get("shell.present.usage"); }
    @Override public String summary() { return Messages.get("shell.present.summary"); }
    @Override public String help() { return Messages.get("shell.present.help"); }

    @Override
    public List<String> candidates(int index) {
        return index == 0 ? List.of("on", "off") : List.of();
    }

    @Override
    public void run(List<String> args) throws UsageException {
        if (args.size() > 1 || (args.size() == 1 && !List.of("on", "off").contains(args.get(0)))) {
            throw new UsageException(Messages.get("shell.present.onOrOff"));
        }
        boolean on = args.isEmpty() ? !presenter.on() : args.get(0).equals("on");
        presenter.on(on);
        out.info(on ? Messages.get("shell.present.on") : Messages.get("shell.present.off"));
    }
}
