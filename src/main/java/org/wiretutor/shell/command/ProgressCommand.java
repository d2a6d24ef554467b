package org.wiretutor.shell.command;

import java.util.List;
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
        lessons.run(List.of());
        exercises.run(List.of());
        learner.grades().learner().ifPresent(id -> out.note(Messages.get("shell.learner.is", id)));
        out.note(Messages.get("shell.status.home", learner.home().toString()));
    }
}
