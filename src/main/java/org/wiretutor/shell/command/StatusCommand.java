package org.wiretutor.shell.command;

import java.util.List;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;

public final class StatusCommand implements Command {
    @Override public String name() { return "status"; }
    @Override public String usage() { return "status"; }
    @Override public String summary() { return "where you are: connection, lesson, and where your files live"; }
    @Override public String help() {
        return "Says whether you are connected and to what (the real server or the built-in mirror), which "
                + "lesson step (or exercise) you are on and what it waits for, and the folder that keeps your history and progress.";
    }

    @Override
    public void run(List<String> args, ShellContext ctx) {
        var wire = ctx.wire();
        if (wire.isPresent()) {
            var route = wire.get().route();
            String how = route.classServer().isPresent()
                    ? ShellText.STATUS_CLASS_SERVER.formatted(route.classServer().get())
                    : route.viaMirror() ? "built-in mirror at " + route.reached().getAddress().getHostAddress() + ":"
                    + route.reached().getPort() : route.reached().getAddress().getHostAddress();
            ctx.info(ShellText.STATUS_CONNECTED.formatted(route.target(), how));
        } else {
            ctx.info(ShellText.STATUS_NOT_CONNECTED);
        }
        var working = ExerciseCommand.working(ctx);
        if (working.isPresent()) {
            var attempt = working.get().attempt();
            var e = working.get().exercise();
            List<String> left = attempt.left();
            ctx.info(ShellText.STATUS_EXERCISE.formatted(e.number(), e.title(), attempt.passed(), attempt.total(),
                    left.isEmpty() ? "" : ShellText.STATUS_EXERCISE_LEFT.formatted(String.join(", ", left))));
            ctx.note(ExerciseCommand.backToLesson(ctx, e));
            ctx.note(ShellText.STATUS_HOME.formatted(ctx.home));
            return;
        }
        ctx.course.position().ifPresent(at -> {
            String remaining = ctx.course.remaining();
            ctx.info(ShellText.STATUS_LESSON.formatted(at.lesson().number(), at.lesson().title(), at.stepNumber(),
                    at.lesson().steps().size(), remaining.isEmpty() ? "reading" : "waiting for you to " + remaining));
        });
        ctx.note(ShellText.STATUS_HOME.formatted(ctx.home));
    }
}
