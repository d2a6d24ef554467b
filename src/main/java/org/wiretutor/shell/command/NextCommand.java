package org.wiretutor.shell.command;

import java.util.List;
import org.wiretutor.text.Messages;

public final class NextCommand implements Command {
    private final Coursework coursework;
    private final Output out;

    public NextCommand(Coursework coursework, Output out) {
        this.coursework = coursework;
        this.out = out;
    }

    @Override public String name() { return "next"; }
    @Override public String usage() { return Messages.get("shell.next.usage"); }
    @Override public String summary() { return Messages.get("shell.next.summary"); }
    @Override public String help() { return Messages.get("shell.next.help"); }

    @Override
    public void run(List<String> args) {
        // after a reply the course has moved on already; the learner has not seen that step yet
        if (coursework.view().showPending()) return;
        var course = coursework.course();
        String remaining = course.remaining();
        var move = course.next();
        if (move.isEmpty()) {
            out.info(Messages.get("shell.noLessonYet"));
            return;
        }
        if (move.get().skipped()) out.note(Messages.get("shell.next.skipped", remaining));
        if (move.get().lessonFinished()) {
            coursework.view().lessonDone(move.get().to().lesson(), course.course());
        } else {
            coursework.view().step(move.get().to(), false);
        }
    }
}
