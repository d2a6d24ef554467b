package org.wiretutor.course;

import org.wiretutor.check.Verdict;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.WireEvent;

/** Passes when the learner ends a request head with the empty line (CR LF on its own). */
public record BlankLineCheck() implements StepCheck {
    @Override
    public Verdict judge(Observation observation) {
        WireEvent event = observation.wire().orElse(null);
        if (event instanceof WireEvent.Sent s) {
            return switch (s.kind()) {
                case BLANK_LINE -> Verdict.PASSED;
                case STRAY_BLANK_LINE -> Verdict.missed(Messages.get("course.stray.blank.line"));
                default -> Verdict.UNRELATED;
            };
        }
        return Verdict.UNRELATED;
    }

    @Override
    public String expectation() {
        return Messages.get("course.expect.blank.line");
    }

    @Override
    public boolean onTheWire() {
        return true;
    }
}
