package org.wiretutor.shell.command;

import org.wiretutor.course.Observation;
import org.wiretutor.text.Messages;

public final class AnswerCommand implements TextCommand {
    private final Coursework coursework;
    private final Output out;

    public AnswerCommand(Coursework coursework, Output out) {
        this.coursework = coursework;
        this.out = out;
    }

    @Override public String name() { return "answer"; }
    @Override public String usage() { return Messages.get("shell.answer.usage"); }
    @Override public String summary() { return Messages.get("shell.answer.summary"); }
    @Override public String help() { return Messages.get("shell.answer.help"); }

    @Override
    public void runText(String text) throws UsageException {
        if (text.isBlank()) throw new UsageException(Messages.get("shell.answer.needsText"));
        Observation answer = new Observation.Answered(text);
        if (coursework.typed().isPresent()) {
            coursework.judgeTyped(answer);
            return;
        }
        var course = coursework.course();
        if (course.position().isEmpty()) {
            out.info(Messages.get("shell.noLessonYet"));
            return;
        }
        // the next step waits for Enter: its question is not the learner's yet, and the last one is answered
        if (coursework.view().pending()) {
            out.info(Messages.get("shell.answer.stepWaiting"));
            return;
        }
        var events = course.observe(answer);
        if (events.isEmpty()) out.info(Messages.get("shell.answer.notAsking"));
        coursework.view().events(events, course, true);
    }
}
