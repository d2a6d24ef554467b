package org.wiretutor.course;

import org.wiretutor.check.Verdict;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.Target;
import org.wiretutor.wire.WireEvent;

/**
 * Passes when a connection opens to the named host and port (the mirror standing in counts). A step that wants
 * data.pr4e.org port 80 also passes on a connection that reached the class server ({@code --server}), typed as
 * data.pr4e.org or as the class server's own address: in that room, the class server is data.pr4e.org.
 */
public record ConnectedCheck(String host, int port) implements StepCheck {
    @Override
    public Verdict judge(Observation observation) {
        WireEvent event = observation.wire().orElse(null);
        if (!(event instanceof WireEvent.Connected c)) return Verdict.UNRELATED;
        var target = c.route().target();
        if (target.host().equalsIgnoreCase(host) && target.port() == port) return Verdict.PASSED;
        if (c.route().classServer().isPresent() && wantsClassServer()) return Verdict.PASSED;
        if (!target.host().equalsIgnoreCase(host)) {
            return Verdict.missed(Messages.get("course.wrong.host", target.host(), host, port));
        }
        return Verdict.missed(Messages.get("course.wrong.port", target.port(), port));
    }

    /** True when this step names the server a class server stands in for: data.pr4e.org port 80. */
    private boolean wantsClassServer() {
        return port == Target.HTTP_PORT && new Target(host, port).isMirrored() && !host.equalsIgnoreCase("mirror");
    }

    @Override
    public String expectation() {
        return Messages.get("course.expect.connected", host, port);
    }

    @Override
    public boolean onTheWire() {
        return true;
    }
}
