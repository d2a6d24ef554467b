package org.wiretutor.shell.command;

import java.io.IOException;
import java.util.List;
import org.wiretutor.grading.Exercise;
import org.wiretutor.text.Messages;

public final class ResetCommand implements Command {
    private final LearnerHome learner;
    private final Output out;

    public ResetCommand(LearnerHome learner, Output out) {
        this.learner = learner;
        this.out = out;
    }

    @Override public String name() { return "reset"; }
    @Override public String usage() { return Messages.get("shell.reset.usage"); }
    @Override public String summary() { return Messages.get("shell.reset.summary"); }
    @Override public String help() { return Messages.get("shell.reset.help"); }

    @Override
    public List<String> candidates(int index) {
        return index == 0 ? ExerciseCommand.numbers(learner.exercises()) : List.of();
    }

    @Override
    public void run(List<String> args) throws UsageException {
        if (args.size() != 1) throw new UsageException(Messages.get("shell.reset.oneNumber"));
        Exercise e = ExerciseCommand.find(learner.exercises(), args.get(0));
        try {
            boolean forgot = learner.grades().reset(e.id(), learner.clock().instant());
            out.info(forgot ? Messages.get("shell.reset.done", e.number()) : Messages.get("shell.reset.nothing", e.number()));
        } catch (IOException ex) {
            out.error(Messages.get("shell.grade.notSaved", ex.getMessage()));
        }
    }
}
