package org.wiretutor.shell.command;

import java.util.List;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;

public final class RestartCommand implements Command {
    @Override public String name() { return "restart"; }
    @Override public String usage() { return "restart"; }
    @Override public String summary() { return "start the current lesson again from its first step"; }
    @Override public String help() {
        return "Goes back to the first step of the lesson you are in. Other lessons keep their progress.";
    }

    @Override
    public void run(List<String> args, ShellContext ctx) {
        var at = ctx.course.restart();
        if (at.isEmpty()) {
            ctx.info(ShellText.NO_LESSON_YET);
            return;
        }
        ctx.note(ShellText.RESTARTED);
        ctx.courseView.step(at.get(), true);
    }
}
