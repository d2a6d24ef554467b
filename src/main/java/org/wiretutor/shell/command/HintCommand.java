package org.wiretutor.shell.command;

import java.util.List;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;
import org.wiretutor.shell.screen.Styles;

public final class HintCommand implements Command {
    @Override public String name() { return "hint"; }
    @Override public String usage() { return "hint"; }
    @Override public String summary() { return "a hint for the current step (ask again for a more specific one)"; }
    @Override public String help() {
        return "Gives a hint for the step you are on. Each time you ask, the hint gets more specific.";
    }

    @Override
    public void run(List<String> args, ShellContext ctx) {
        var hint = ctx.course.hint();
        if (hint.isEmpty()) {
            ctx.info(ShellText.NO_LESSON_YET);
            return;
        }
        ctx.styled(ShellText.HINT.formatted(hint.get()), Styles.CODE);
    }
}
