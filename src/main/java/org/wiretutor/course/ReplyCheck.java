package org.wiretutor.course;

import org.wiretutor.wire.WireEvent;

/** Passes when a whole reply with the given status code has arrived. */
public record ReplyCheck(int status) implements Check {
    @Override
    public Verdict judge(WireEvent event) {
        if (!(event instanceof WireEvent.ReplyComplete r)) return Verdict.UNRELATED;
        var statusLine = r.exchange().statusLine();
        if (statusLine.isEmpty()) return Verdict.missed(CourseText.REPLY_WITHOUT_STATUS.formatted(status));
        int got = statusLine.get().code();
        if (got != status) return Verdict.missed(CourseText.WRONG_STATUS.formatted(got, status));
        return Verdict.PASSED;
    }

    @Override
    public String expectation() {
        return CourseText.EXPECT_REPLY.formatted(status);
    }
}
