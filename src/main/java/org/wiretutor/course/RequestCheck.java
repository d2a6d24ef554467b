package org.wiretutor.course;

import org.wiretutor.http.RequestHead;
import org.wiretutor.wire.WireEvent;

/** Passes when the learner finishes sending a whole request head with the wanted properties. */
public record RequestCheck(RequestMatch match) implements Check {
    @Override
    public Verdict judge(Observation observation) {
        if (!(observation.wire().orElse(null) instanceof WireEvent.RequestEnded r)) return Verdict.UNRELATED;
        RequestHead head = new RequestHead(r.requestLine(), r.headers(), r.bareLf());
        return match.mismatch(head, r.allBareLf(), CourseText.WHO_YOU).map(Verdict::missed).orElse(Verdict.PASSED);
    }

    @Override
    public String expectation() {
        return CourseText.EXPECT_REQUEST.formatted(match.describe());
    }
}
