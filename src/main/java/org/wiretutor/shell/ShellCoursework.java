package org.wiretutor.shell;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wiretutor.course.CourseSession;
import org.wiretutor.course.GradeBook;
import org.wiretutor.course.Observation;
import org.wiretutor.course.TypedAttempt;
import org.wiretutor.shell.command.Coursework;
import org.wiretutor.shell.command.LearnerHome;
import org.wiretutor.shell.command.Output;
import org.wiretutor.shell.screen.CourseView;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.text.Messages;

/**
 * The learner's place in the course for one shell: the lesson session and the typed exercise, if any. Wire events
 * are judged on the wire's reader thread while commands run on the shell's, so the attempts are volatile.
 */
final class ShellCoursework implements Coursework {
    private final CourseSession course;
    private final CourseView view;
    private final LearnerHome learner;
    private final Output out;
    private volatile TypedAttempt typed;
    private volatile TypedAttempt paused;

    ShellCoursework(CourseSession course, CourseView view, LearnerHome learner, Output out) {
        this.course = course;
        this.view = view;
        this.learner = learner;
        this.out = out;
    }

    @Override
    public CourseSession course() {
        return course;
    }

    @Override
    public CourseView view() {
        return view;
    }

    @Override
    public Optional<TypedAttempt> typed() {
        return Optional.ofNullable(typed);
    }

    @Override
    public void typed(TypedAttempt attempt) {
        typed = attempt;
        paused = null;
    }

    @Override
    public void leaveTyped() {
        var t = typed;
        if (t == null) return;
        paused = t;
        typed = null;
    }

    @Override
    public Optional<TypedAttempt> resumable(String exerciseId) {
        var t = typed != null ? typed : paused;
        return Optional.ofNullable(t).filter(a -> a.exerciseId().equals(exerciseId));
    }

    @Override
    public void judge(Observation observation, boolean afterReply) {
        if (typed != null) judgeTyped(observation);
        else view.events(course.observe(observation), course, afterReply);
    }

    @Override
    public void judgeTyped(Observation observation) {
        var attempt = typed;
        if (attempt == null) return;
        var outcome = attempt.observe(observation);
        for (var line : outcome.lines()) {
            switch (line.tone()) {
                case RIGHT -> out.styled(Messages.get("shell.course.right", line.text()), Styles.OK);
                case MISSED -> out.styled(Messages.get("shell.course.missed", line.text()), Styles.WARNING);
                case NOTE -> out.info(line.text());
            }
        }
        if (outcome.completed().isEmpty()) return;
        GradeBook grades = learner.grades();
        var id = grades.learner();
        if (id.isEmpty()) {
            out.error(Messages.get("shell.grade.notSaved", Messages.get("shell.learner.noneYet")));
        } else {
            var parts = attempt.exercise().parts();
            List<GradeBook.Mark> marks = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) marks.add(new GradeBook.Mark(parts.get(i).title(), attempt.done(i)));
            try {
                grades.record(new GradeBook.Try(id.get(), attempt.exerciseId(), learner.clock().instant(),
                        attempt.passed(), attempt.total(), marks, "", List.of(), learner.version()));
            } catch (IOException e) {
                out.error(Messages.get("shell.grade.notSaved", e.getMessage()));
            }
        }
        if (attempt.passed() == attempt.total()) out.styled(Messages.get("shell.course.typedDone"), Styles.OK);
    }
}
