package org.wiretutor.shell.command;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.wiretutor.course.GradeBook;
import org.wiretutor.grading.Exercise;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;
import org.wiretutor.shell.screen.Styles;

public final class ExercisesCommand implements Command {
    @Override public String name() { return "exercises"; }
    @Override public String usage() { return "exercises"; }
    @Override public String summary() { return "list the graded exercises and your results"; }
    @Override public String help() {
        return "Lists every graded exercise with your best and latest result. Read one with exercise N; grade "
                + "your program with check N -- COMMAND.";
    }

    @Override
    public void run(List<String> args, ShellContext ctx) {
        List<Exercise> all = ctx.exercises().all();
        if (all.isEmpty()) {
            ctx.info(ShellText.NO_EXERCISES);
            return;
        }
        List<AttributedString> out = new ArrayList<>();
        out.add(new AttributedString(ShellText.EXERCISE_HEADER, Styles.STRONG));
        for (Exercise e : all) {
            String state = ctx.grades().entry(e.id()).map(ExercisesCommand::state).orElse(ShellText.EX_NOT_TRIED);
            out.add(new AttributedString(ShellText.EXERCISE_ROW.formatted(e.number(), e.title(), state)));
        }
        out.add(new AttributedString(ShellText.EXERCISE_FOOT, Styles.DIM));
        ctx.screen.show(out);
    }

    static String state(GradeBook.Entry g) {
        return ShellText.EX_SCORE.formatted(g.best(), g.total(), g.last(), g.total(), g.tries(),
                g.tries() == 1 ? "try" : "tries");
    }
}
