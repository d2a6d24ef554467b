package org.wiretutor.shell.command;

import java.util.List;
import org.wiretutor.text.Messages;

public final class BackCommand implements Command {
    private final Coursework coursework;
    private final Output out;

    public BackCommand(Coursework coursework, Output out) {
        this.coursework = coursework;
        this.out = out;
    }

    @Override public String name() { return "back"; }
    @Override public String usage() { return Messages.get("shell.back.usage"); }
    @Override public String summary() { return Messages.get("shell.back.summary"); }
    @Override public String help() { return Messages.get("shell.back.help"); }

    @Override
    public void run(List<String> args) {
        var before = coursework.course().position();
        var move = coursework.course().back();
        if (move.isEmpty()) {
            out.info(Messages.get("shell.noLessonYet"));
            return;
        }
        if (before.isPresent() && before.get().index() == 0) out.note(Messages.get("shell.back.firstStep"));
        coursework.view().step(move.get().to(), false);
    }
}
