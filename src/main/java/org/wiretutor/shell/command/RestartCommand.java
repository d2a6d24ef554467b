package org.wiretutor.shell.command;

import java.util.List;
import org.wiretutor.text.Messages;

public final class RestartCommand implements Command {
    private final Coursework coursework;
    private final Output out;

    public RestartCommand(Coursework coursework, Output out) {
        this.coursework = coursework;
        this.out = out;
    }

    @Override public String name() { return "restart"; }
    @Override public String usage() { return Messages.get("shell.restart.usage"); }
    @Override public String summary() { return Messages.get("shell.restart.summary"); }
    @Override public String help() { return Messages.get("shell.restart.help"); }

    @Override
    public void run(List<String> args) {
        var at = coursework.course().restart();
        if (at.isEmpty()) {
            out.info(Messages.get("shell.noLessonYet"));
            return;
        }
        out.note(Messages.get("shell.restart.done"));
        coursework.view().step(at.get(), true);
    }
}
