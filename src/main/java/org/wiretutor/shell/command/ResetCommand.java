package org.wiretutor.shell.command;

import java.io.IOException;
import java.util.List;
import org.wiretutor.grading.Exercise;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;

public final class ResetCommand implements Command {
    @Override public String name() { return "reset"; }
    @Override public String usage() { return "reset N"; }
    @Override public String summary() { return "forget your results for exercise N"; }
    @Override public String help() {
        return "Forgets the scores and tries recorded for exercise N, so it shows as not tried. Lessons and other "
                + "exercises are left alone.";
    }

    @Override
    public List<String> candidates(int index, ShellContext ctx) {
        return index == 0 ? ctx.exercises().all().stream().map(e -> Integer.toString(e.number())).toList() : List.of();
    }

    @Override
    public void run(List<String> args, ShellContext ctx) throws UsageException {
        if (args.size() != 1) throw new UsageException("reset takes one exercise number.");
        Exercise e = ExerciseCommand.find(ctx, args.get(0));
        try {
            ctx.info((ctx.grades().reset(e.id(), ctx.clock().instant()) ? ShellText.RESET_DONE : ShellText.RESET_NOTHING).formatted(e.number()));
        } catch (IOException ex) {
            ctx.error(ShellText.GRADE_NOT_SAVED.formatted(ex.getMessage()));
        }
    }
}
