package org.wiretutor.course;

import java.util.Optional;

/** What the course has to say after something happened on the wire or at the prompt. */
public sealed interface CourseEvent {
    /** A step's checks all passed; {@code next} is where the learner is now, if anywhere. */
    record StepPassed(Position passed, Optional<Position> next) implements CourseEvent {}

    /**
     * One check of a step passed, and the step goes on (e.g. an answer given before the request is sent).
     * {@code message} is what to tell the learner ("467 is right (1 of 2) — now the Content-Type."), or empty
     * when the pass needs no words.
     */
    record CheckPassed(Position at, StepCheck check, String message) implements CourseEvent {}

    /** The learner did something the current step looks at, but not what it wants. */
    record Missed(Position at, String feedback) implements CourseEvent {}

    /** Neither right nor wrong, just so: an answer already given, said again. */
    record Said(Position at, String message) implements CourseEvent {}
}
