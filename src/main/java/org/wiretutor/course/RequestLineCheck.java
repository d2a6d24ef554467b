package org.wiretutor.course;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.wiretutor.http.core.RequestLine;
import org.wiretutor.text.Escape;
import org.wiretutor.wire.WireEvent;

/**
 * Passes when a request line crosses the wire byte for byte as {@code METHOD SP TARGET SP VERSION CR LF}
 * for one of the accepted targets. Two spaces, a lowercase method or a missing version are
 * different requests, and the verdict says which difference it saw.
 */
public record RequestLineCheck(String method, List<String> targets, String version) implements Check {
    public RequestLineCheck {
        targets = List.copyOf(targets);
    }

    @Override
    public Verdict judge(Observation observation) {
        WireEvent event = observation.wire().orElse(null);
        if (!(event instanceof WireEvent.Sent s) || s.requestLine().isEmpty()) return Verdict.UNRELATED;
        for (String target : targets) {
            byte[] expected = (method + " " + target + " " + version + "\r\n").getBytes(StandardCharsets.US_ASCII);
            if (java.util.Arrays.equals(expected, s.bytes())) return Verdict.PASSED;
        }
        return Verdict.missed(explainMiss(s.requestLine().get(), s.bytes()));
    }

    private String explainMiss(RequestLine got, byte[] raw) {
        String sent = Escape.wire(raw);
        if (got.method() != null && !got.method().equals(method)) {
            return got.method().equalsIgnoreCase(method)
                    ? CourseText.METHOD_CASE.formatted(sent, Escape.latin1(got.method()), method)
                    : CourseText.WRONG_METHOD.formatted(sent, Escape.latin1(got.method()), method);
        }
        if (!got.hasVersion()) return CourseText.NO_VERSION.formatted(sent, version);
        if (got.target() != null && !targets.contains(got.target())) {
            return CourseText.WRONG_TARGET.formatted(sent, Escape.latin1(got.target()), targets.get(0));
        }
        if (got.version() != null && !got.version().equals(version)) {
            return CourseText.WRONG_VERSION.formatted(sent, Escape.latin1(got.version()), version);
        }
        String problem = got.problems().isEmpty() ? CourseText.SPACING : got.problems().get(0);
        return CourseText.NOT_EXACT.formatted(sent, problem);
    }

    @Override
    public String expectation() {
        return CourseText.EXPECT_REQUEST_LINE.formatted(method, targets.get(0), version);
    }
}
