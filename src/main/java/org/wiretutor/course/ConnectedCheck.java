package org.wiretutor.course;

import org.wiretutor.wire.WireEvent;

/** Passes when a connection opens to the named host and port (the mirror standing in counts). */
public record ConnectedCheck(String host, int port) implements Check {
    @Override
    public Verdict judge(Observation observation) {
        WireEvent event = observation.wire().orElse(null);
        if (!(event instanceof WireEvent.Connected c)) return Verdict.UNRELATED;
        var target = c.route().target();
        if (target.host().equalsIgnoreCase(host) && target.port() == port) return Verdict.PASSED;
        if (!target.host().equalsIgnoreCase(host)) {
            return Verdict.missed(CourseText.WRONG_HOST.formatted(target.host(), host, port));
        }
        return Verdict.missed(CourseText.WRONG_PORT.formatted(target.port(), port));
    }

    @Override
    public String expectation() {
        return CourseText.EXPECT_CONNECTED.formatted(host, port);
    }
}
