package org.wiretutor.course;

import org.wiretutor.check.Verdict;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.WireEvent;

/** Passes when the server ends the connection itself (not the learner's close). */
public record ServerClosedCheck() implements StepCheck {
    @Override
    public Verdict judge(Observation observation) {
        WireEvent event = observation.wire().orElse(null);
        if (event instanceof WireEvent.Closed c) {
            return c.reason() == WireEvent.CloseReason.SERVER_CLOSED
                    ? Verdict.PASSED
                    : Verdict.missed(Messages.get("course.closed.not.by.server"));
        }
        return Verdict.UNRELATED;
    }

    @Override
    public String expectation() {
        return Messages.get("course.expect.server.close");
    }
}
