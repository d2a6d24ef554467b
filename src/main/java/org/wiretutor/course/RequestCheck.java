package org.wiretutor.course;

import org.wiretutor.check.HeadReading;
import org.wiretutor.check.Verdict;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.WireEvent;

/** Passes when the learner finishes sending a whole request head with the wanted properties. */
public record RequestCheck(RequestMatch match) implements StepCheck {
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
    public boolean onTheWire() {
        return true;
    }
}
