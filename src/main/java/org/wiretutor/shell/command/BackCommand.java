package org.wiretutor.shell.command;

import java.util.List;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;

public final class BackCommand implements Command {
    @Override public String name() { return "back"; }
    @Override public String usage() { return "back"; }
    @Override public String summary() { return "go back one step"; }
    @Override public String help() {
        return "Shows the previous step of the lesson again, so you can redo it.";
    }

    @Override
    public void run(List<String> args, ShellContext ctx) {
        var before = ctx.course.position();
        var move = ctx.course.back();
        if (move.isEmpty()) {
            ctx.info(ShellText.NO_LESSON_YET);
            return;
        }
        if (before.isPresent() && before.get().index() == 0) ctx.note(ShellText.FIRST_STEP);
        ctx.courseView.step(move.get().to(), false);
    }
}
