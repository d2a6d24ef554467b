package org.wiretutor.course;

import org.wiretutor.check.Verdict;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.WireEvent;

/** Passes when the learner has seen the silence of a request with no blank line explained. */
public record WaitedCheck() implements StepCheck {
    @Override
    public Verdict judge(Observation observation) {
        if (observation.wire().orElse(null) instanceof WireEvent.Waiting w
                && w.kind() == WireEvent.WaitKind.BLANK_LINE_MISSING) {
            return Verdict.PASSED;
        }
        // the blank line ended the request before any silence could be seen: say how to start again
        if (observation.wire().orElse(null) instanceof WireEvent.Sent s && s.kind() == WireEvent.SentKind.BLANK_LINE) {
            return Verdict.missed(Messages.get("course.waited.ended"));
        }
        return Verdict.UNRELATED;
    }

    @Override
    public String expectation() {
        return Messages.get("course.expect.waited");
    }

    /** Before the guess "will the server answer?", waiting is the answer: the learner is told to watch instead. */
    @Override
    public String expectationBeforeGuess() {
        return Messages.get("course.expect.waited.discreet");
    }

    @Override
    public boolean onTheWire() {
        return true;
    }
}
