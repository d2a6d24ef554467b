package org.wiretutor.course;

import org.wiretutor.wire.WireEvent;

/** Passes when a whole reply with the given status code has arrived. */
public record ReplyCheck(int status, java.util.List<String> headers) implements Check {
    public ReplyCheck {
        headers = java.util.List.copyOf(headers);
    }

    public ReplyCheck(int status) {
        this(status, java.util.List.of());
    }

    @Override
    public Verdict judge(Observation observation) {
        WireEvent event = observation.wire().orElse(null);
        if (!(event instanceof WireEvent.ReplyComplete r)) return Verdict.UNRELATED;
        var statusLine = r.exchange().statusLine();
        if (statusLine.isEmpty()) return Verdict.missed(CourseText.REPLY_WITHOUT_STATUS.formatted(status));
        int got = statusLine.get().code();
        if (status != 0 && got != status) return Verdict.missed(CourseText.WRONG_STATUS.formatted(got, status));
        for (String h : headers) {
            boolean present = r.exchange().annotations().stream()
                    .anyMatch(a -> a.kind() == org.wiretutor.http.Kind.HEADER && a.title().equalsIgnoreCase(h));
            if (!present) return Verdict.missed(CourseText.REPLY_HEADER_MISSING.formatted(h));
        }
        return Verdict.PASSED;
    }

    @Override
    public String expectation() {
        return status == 0 ? CourseText.EXPECT_ANY_REPLY : CourseText.EXPECT_REPLY.formatted(status);
    }
}
