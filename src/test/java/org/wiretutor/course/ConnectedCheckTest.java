package org.wiretutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.wiretutor.check.Verdict;
import org.wiretutor.wire.ClassServer;
import org.wiretutor.wire.Route;
import org.wiretutor.wire.Target;
import org.wiretutor.wire.WireEvent;

/** The lesson step "open data.pr4e.org 80" against a class server, reached either way a learner may type it. */
class ConnectedCheckTest {
    private static final ConnectedCheck LESSON_ONE = new ConnectedCheck("data.pr4e.org", 80);
    private static final ClassServer SERVER = new ClassServer("127.0.0.1", 18481);
    private static final InetSocketAddress AT = new InetSocketAddress("127.0.0.1", 18481);

    private static Verdict judge(ConnectedCheck check, Route route) {
        return check.judge(Observation.of(new WireEvent.Connected(route)));
    }

    @Test
    void dataPr4eOrgThroughTheClassServerPasses() {
        assertEquals(Verdict.PASSED, judge(LESSON_ONE, Route.classServer(new Target("data.pr4e.org", 80), AT, SERVER)));
    }

    @Test
    void theClassServersOwnAddressPasses() {
        assertEquals(Verdict.PASSED, judge(LESSON_ONE, Route.classServer(new Target("127.0.0.1", 18481), AT, SERVER)));
    }

    @Test
    void thatAddressWithoutAClassServerSetStillMisses() {
        Verdict v = judge(LESSON_ONE, Route.direct(new Target("127.0.0.1", 18481), AT));
        assertEquals(Verdict.Outcome.MISSED, v.outcome());
        assertTrue(v.message().contains("data.pr4e.org"), v.message());
    }

    @Test
    void aStepAboutAnotherHostIsNotSatisfiedByTheClassServer() {
        ConnectedCheck other = new ConnectedCheck("www.example.com", 80);
        assertEquals(Verdict.Outcome.MISSED,
                judge(other, Route.classServer(new Target("data.pr4e.org", 80), AT, SERVER)).outcome());
        ConnectedCheck https = new ConnectedCheck("data.pr4e.org", 443);
        assertEquals(Verdict.Outcome.MISSED,
                judge(https, Route.classServer(new Target("127.0.0.1", 18481), AT, SERVER)).outcome());
    }
}
