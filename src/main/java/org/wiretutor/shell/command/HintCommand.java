package org.wiretutor.shell.command;

import java.util.List;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.text.Messages;

public final class HintCommand implements Command {
    private final Coursework coursework;
    private final LearnerHome learner;
    private final Connection connection;
    private final Output out;

    public HintCommand(Coursework coursework, LearnerHome learner, Connection connection, Output out) {
        this.coursework = coursework;
        this.learner = learner;
        this.connection = connection;
        this.out = out;
    }

    @Override public String name() { return "hint"; }
    @Override public String usage() { return Messages.get("shell.hint.usage"); }
    @Override public String summary() { return Messages.get("shell.hint.summary"); }
    @Override public String help() { return Messages.get("shell.hint.help"); }

    @Override
    public void run(List<String> args) {
        var working = ExerciseCommand.working(coursework, learner.exercises());
        if (working.isPresent()) {
            var hint = working.get().attempt().hint();
            if (hint.isPresent()) {
                out.styled(Messages.get("shell.hint.exercise", hint.get().part(), hint.get().text()), Styles.CODE);
            } else {
                out.info(Messages.get("shell.hint.exerciseDone"));
            }
            out.note(ExerciseCommand.backToLesson(coursework.course(), working.get().exercise()));
            return;
        }
        // the course has moved on, but the learner has not seen that step: its hint would answer an unseen question
        if (coursework.view().pending()) {
            out.info(Messages.get("shell.hint.stepWaiting"));
            return;
        }
        var hint = coursework.course().hint();
        if (hint.isEmpty()) {
            out.info(Messages.get("shell.noLessonYet"));
            return;
        }
        out.styled(Messages.get("shell.hint.step", hint.get()), Styles.CODE);
        // a hint says what to type on the connection; with none open, the first move is to open one
        // (a hint that says how to open already says it)
        // (a hint that says how to open already says it; a question still to answer comes first)
        if (connection.wire().isEmpty() && coursework.course().wantsAConnection() && !coursework.course().asking()
                && !hint.get().contains("open ")) {
            out.note(Messages.get("shell.hint.reconnect", coursework.course().openLine()));
        }
    }
}
