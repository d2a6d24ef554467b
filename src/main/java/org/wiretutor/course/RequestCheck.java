package org.wiretutor.course;

import org.wiretutor.check.HeadReading;
import org.wiretutor.check.Verdict;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.WireEvent;

/**
 * Passes when the learner finishes sending a whole request head with the wanted properties.
 *
 * @param sameConnection the request must travel on the connection that carried the step's checks before it: a
 *                       step about one connection carrying two requests is not passed by two connections
 */
public record RequestCheck(RequestMatch match, boolean sameConnection) implements StepCheck {
    public RequestCheck(RequestMatch match) {
        this(match, false);
    }

    @Override
    public Verdict judge(Observation observation) {
        if (!(observation.wire().orElse(null) instanceof WireEvent.RequestEnded r)) return Verdict.UNRELATED;
        return match.mismatch(HeadReading.of(r.head()), Messages.get("course.who.you")).map(Verdict::missed)
                .orElse(Verdict.PASSED);
    }

    @Override
    public String expectation() {
        return Messages.get("course.expect.request", match.describe());
    }

    @Override
    public boolean needsSameConnection() {
        return sameConnection;
    }

    @Override
    public boolean onTheWire() {
        return true;
    }
}
