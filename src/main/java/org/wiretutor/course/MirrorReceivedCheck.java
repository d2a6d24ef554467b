package org.wiretutor.course;

import org.wiretutor.check.HeadReading;
import org.wiretutor.check.Verdict;
import org.wiretutor.text.Messages;

/** Passes when a program the learner ran sent the mirror a request with the wanted properties. */
public record MirrorReceivedCheck(RequestMatch match) implements StepCheck {
    @Override
    public Verdict judge(Observation observation) {
        if (!(observation instanceof Observation.MirrorReceived m)) return Verdict.UNRELATED;
        return match.mismatch(HeadReading.of(m.entry().head()), Messages.get("course.who.program")).map(Verdict::missed)
                .orElse(Verdict.PASSED);
    }

    @Override
    public String expectation() {
        return Messages.get("course.expect.mirror.received", match.describe());
    }
}
