package org.wiretutor.shell.command;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.shell.screen.Wrap;
import org.wiretutor.text.Messages;

public final class ProgressCommand implements Command {
    private final LessonsCommand lessons;
    private final ExercisesCommand exercises;
    private final LearnerHome learner;
    private final Output out;

    public ProgressCommand(Coursework coursework, LearnerHome learner, Output out) {
        this.lessons = new LessonsCommand(coursework, out);
        this.exercises = new ExercisesCommand(learner, out);
        this.learner = learner;
        this.out = out;
    }

    @Override public String name() { return "progress"; }
    @Override public String usage() { return Messages.get("shell.progress.usage"); }
    @Override public String summary() { return Messages.get("shell.progress.summary"); }
    @Override public String help() { return Messages.get("shell.progress.help"); }

    @Override
    public void run(List<String> args) {
        // one list, paged: lessons, exercises and the learner's id are longer than a small terminal
        List<AttributedString> lines = new ArrayList<>(lessons.lines());
        lines.addAll(exercises.lines());
        int width = out.screen().width();
        learner.grades().learner().ifPresent(id -> lines.addAll(
                Wrap.wrap(new AttributedString(Messages.get("shell.learner.is", id), Styles.DIM), width, "")));
        lines.addAll(Wrap.wrap(new AttributedString(Messages.get("shell.status.home", learner.home().toString()),
                Styles.DIM), width, ""));
        out.page(lines);
    }
}
