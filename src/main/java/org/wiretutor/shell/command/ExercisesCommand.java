package org.wiretutor.shell.command;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.wiretutor.course.GradeBook;
import org.wiretutor.grading.Exercise;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.text.Messages;

public final class ExercisesCommand implements Command {
    private final LearnerHome learner;
    private final Output out;

    public ExercisesCommand(LearnerHome learner, Output out) {
        this.learner = learner;
        this.out = out;
    }

    @Override public String name() { return "exercises"; }
    @Override public String usage() { return Messages.get("shell.exercises.usage"); }
    @Override public String summary() { return Messages.get("shell.exercises.summary"); }
    @Override public String help() { return Messages.get("shell.exercises.help"); }

    @Override
    public void run(List<String> args) {
        out.page(lines());
    }

    /** The list of exercises and the learner's results, as {@code progress} shows it too. */
    List<AttributedString> lines() {
        List<Exercise> all = learner.exercises().all();
        List<AttributedString> lines = new ArrayList<>();
        if (all.isEmpty()) {
            lines.add(new AttributedString(Messages.get("shell.exercises.none")));
            return lines;
        }
        lines.add(new AttributedString(Messages.get("shell.exercises.header"), Styles.STRONG));
        for (Exercise e : all) {
            String state = learner.grades().entry(e.id()).map(ExercisesCommand::state)
                    .orElse(Messages.get("shell.exercises.notTried"));
            lines.add(new AttributedString(Row.of(e.number(), 36, e.title(), state)));
        }
        lines.add(new AttributedString(Messages.get("shell.exercises.foot"), Styles.DIM));
        return lines;
    }

    static String state(GradeBook.Entry g) {
        return Messages.get("shell.exercises.score", g.best(), g.total(), g.last(), g.tries());
    }
}
