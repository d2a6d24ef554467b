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
        return "Gives a hint for the step you are on, or for the exercise you are working on. Each time you ask, "
                + "the hint gets more specific.";
    }

    @Override
    public void run(List<String> args, ShellContext ctx) {
        var working = ExerciseCommand.working(ctx);
        if (working.isPresent()) {
            var hint = working.get().attempt().hint();
            if (hint.isPresent()) {
                ctx.styled(ShellText.EXERCISE_HINT.formatted(hint.get().part(), hint.get().text()), Styles.CODE);
            } else {
                ctx.info(ShellText.EXERCISE_NO_HINT);
            }
            ctx.note(ExerciseCommand.backToLesson(ctx, working.get().exercise()));
            return;
        }
        var hint = ctx.course.hint();
        if (hint.isEmpty()) {
            ctx.info(ShellText.NO_LESSON_YET);
            return;
        }
        ctx.styled(ShellText.HINT.formatted(hint.get()), Styles.CODE);
    }
}
