package org.wiretutor.shell.command;

import java.util.Optional;
import org.wiretutor.course.CourseSession;
import org.wiretutor.course.Observation;
import org.wiretutor.course.TypedAttempt;
import org.wiretutor.shell.screen.CourseView;

/**
 * Where the learner is in the course: the lesson and its step, and the typed exercise they may be working on instead.
 * What happens on the wire is judged by one of the two, never both, so their feedback cannot disagree.
 */
public interface Coursework {
    CourseSession course();

    /** How lessons, steps and the course's verdicts are drawn. */
    CourseView view();

    /** The typed exercise the learner is working on in this session, if any. */
    Optional<TypedAttempt> typed();

    /** Starts working on a typed exercise (or on none); an exercise left with {@link #leaveTyped} is forgotten. */
    void typed(TypedAttempt attempt);

    /** Goes back to the lessons: the typed exercise stops counting, but is kept to resume ({@link #resumable}). */
    void leaveTyped();

    /** The attempt at this exercise from earlier in the session, active or left, to carry on with. */
    Optional<TypedAttempt> resumable(String exerciseId);

    /** Lets what the learner is working on judge something that happened: the typed exercise, else the lesson. */
    default void judge(Observation observation) {
        judge(observation, false);
    }

    /** As {@link #judge(Observation)}; {@code afterReply}: a passed step waits for Enter. */
    void judge(Observation observation, boolean afterReply);

    /** Lets the typed exercise judge something that happened; reports what it says and records the score. */
    void judgeTyped(Observation observation);
}
