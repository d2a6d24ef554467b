package org.wiretutor.course;

import org.wiretutor.http.RequestHead;

/** Passes when a program the learner ran sent the mirror a request with the wanted properties. */
public record MirrorReceivedCheck(RequestMatch match) implements Check {
    @Override
    public Verdict judge(Observation observation) {
        if (!(observation instanceof Observation.MirrorReceived m)) return Verdict.UNRELATED;
        RequestHead head = RequestHead.parse(m.entry().head());
        boolean allBareLf = head.bareLf() && !new String(m.entry().head(), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("\r\n");
        return match.mismatch(head, allBareLf, CourseText.WHO_PROGRAM).map(Verdict::missed).orElse(Verdict.PASSED);
    }

    @Override
    public String expectation() {
        return CourseText.EXPECT_MIRROR_RECEIVED.formatted(match.describe());
    }
}
