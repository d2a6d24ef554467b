package org.wiretutor.course;

import org.wiretutor.check.Verdict;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.WireEvent;

/**
 * Passes when the server ends the connection itself (not the learner's close); with {@code silent}, only when it
 * sent nothing at all before closing (a step about a client that says nothing).
 */
public record ServerClosedCheck(boolean silent) implements StepCheck {
    public ServerClosedCheck() {
        this(false);
    }

    @Override
    public Verdict judge(Observation observation) {
        WireEvent event = observation.wire().orElse(null);
        if (event instanceof WireEvent.Closed c) {
            // the learner's own close is how a step is started again, not a mistake: the close says what happened
            if (c.reason() == WireEvent.CloseReason.LOCAL) return Verdict.UNRELATED;
            if (c.reason() != WireEvent.CloseReason.SERVER_CLOSED) {
                return Verdict.missed(Messages.get("course.closed.not.by.server"));
            }
            // a reply means something reached the server as a request: not the experiment the step asks for
            if (silent && c.received() > 0) return Verdict.missed(Messages.get("course.closed.after.reply"));
            return Verdict.PASSED;
        }
        return Verdict.UNRELATED;
    }

    @Override
    public String expectation() {
        return Messages.get("course.expect.server.close");
    }

    @Override
    public boolean onTheWire() {
        return true;
    }
}
