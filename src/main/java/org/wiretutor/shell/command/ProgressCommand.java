package org.wiretutor.shell.command;

import java.util.List;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;

public final class ProgressCommand implements Command {
    @Override public String name() { return "progress"; }
    @Override public String usage() { return "progress"; }
    @Override public String summary() { return "your lessons and exercises at a glance, and where they are kept"; }
    @Override public String help() {
        return "Shows how far you are in each lesson and your result in each exercise. Both are saved in your "
                + "wiretutor folder as you go (status names it).";
    }

    @Override
    public void run(List<String> args, ShellContext ctx) {
        new LessonsCommand().run(List.of(), ctx);
        new ExercisesCommand().run(List.of(), ctx);
        ctx.grades().learner().ifPresent(id -> ctx.note(ShellText.LEARNER_IS.formatted(id)));
        ctx.note(ShellText.STATUS_HOME.formatted(ctx.home));
    }
}
