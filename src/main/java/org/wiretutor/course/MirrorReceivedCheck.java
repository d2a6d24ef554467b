package org.wiretutor.course;

import org.wiretutor.check.HeadReading;
import org.wiretutor.check.Verdict;

/** Passes when a program the learner ran sent the mirror a request with the wanted properties. */
public record MirrorReceivedCheck(RequestMatch match) implements StepCheck {
    @Override
    public Verdict judge(Observation observation) {
        if (!(observation instanceof Observation.MirrorReceived m)) return Verdict.UNRELATED;
        return match.mismatch(HeadReading.of(m.entry().head()), CourseText.WHO_PROGRAM).map(Verdict::missed)
                .orElse(Verdict.PASSED);
    }

    @Override
    public String expectation() {
        return CourseText.EXPECT_MIRROR_RECEIVED.formatted(match.describe());
    }
}
