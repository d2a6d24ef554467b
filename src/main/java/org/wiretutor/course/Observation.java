package org.wiretutor.course;

import java.util.Optional;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.wire.WireEvent;

/** Something that really happened, for steps to judge: on the learner's socket, in a program, at the mirror. */
public sealed interface Observation {
    /** An event on the learner's own connection. */
    record Wire(WireEvent event) implements Observation {}

    /** A course program the learner ran with {@code run} has ended. */
    record ProgramFinished(String name, int exit, String output, boolean timedOut) implements Observation {}

    /** The mirror answered a request from a program the learner ran. */
    record MirrorReceived(LogEntry entry) implements Observation {}

    /** The learner typed {@code answer TEXT}. */
    record Answered(String text) implements Observation {}

    /** The wire event, if this is one. */
    default Optional<WireEvent> wire() {
        return this instanceof Wire w ? Optional.of(w.event()) : Optional.empty();
    }

    static Observation of(WireEvent e) {
        return new Wire(e);
    }
}
