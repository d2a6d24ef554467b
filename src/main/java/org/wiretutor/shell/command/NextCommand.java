package org.wiretutor.shell.command;

import java.util.List;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;

public final class NextCommand implements Command {
    @Override public String name() { return "next"; }
    @Override public String usage() { return "next"; }
    @Override public String summary() { return "go on to the next step of the lesson"; }
    @Override public String help() {
        return "Moves to the next step. Steps that ask you to do something finish by themselves when you do it; "
                + "next lets you move on anyway (the step is marked as skipped in the message).";
    }

    @Override
    public void run(List<String> args, ShellContext ctx) {
        // after a reply the course has moved on already; the learner has not seen that step yet
        if (ctx.courseView.showPending()) return;
        String remaining = ctx.course.remaining();
        var move = ctx.course.next();
        if (move.isEmpty()) {
            ctx.info(ShellText.NO_LESSON_YET);
            return;
        }
        if (move.get().skipped()) ctx.note(ShellText.STEP_SKIPPED.formatted(remaining));
        if (move.get().lessonFinished()) {
            ctx.courseView.lessonDone(move.get().to().lesson(), ctx.course.course());
        } else {
            ctx.courseView.step(move.get().to(), false);
        }
    }
}
