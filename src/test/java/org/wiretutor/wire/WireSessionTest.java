package org.wiretutor.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wiretutor.http.Annotation;
import org.wiretutor.http.Kind;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.http.core.WellKnownHeader;
import org.wiretutor.mirror.MirrorConfig;

/** A real socket to the real mirror on loopback; the network is never touched. */
class WireSessionTest {
    private static final Dialer NO_NETWORK = (host, port, timeout) -> {
        if (host.equals("127.0.0.1")) return Dialer.SYSTEM.dial(host, port, timeout);
        throw new UnknownHostException(host);
    };
    private static final WaitPolicy QUICK = new WaitPolicy(Duration.ofMillis(300), Duration.ofMillis(300),
            Duration.ofMillis(200));

    private final MirrorHost mirror = new MirrorHost(MirrorConfig.loopback()
            .withRequestTimeout(Duration.ofSeconds(2)).withKeepAliveTimeout(Duration.ofMillis(700)));
    private final BlockingQueue<WireEvent> events = new LinkedBlockingQueue<>();
    private WireSession session;

    @AfterEach
    void tearDown() {
        if (session != null) session.close();
        mirror.close();
    }

    private WireSession open(String host, boolean offline) throws ConnectFailure {
        Connector connector = new Connector(NO_NETWORK, mirror, Duration.ofSeconds(2), offline);
        session = WireSession.start(connector.open(new Target(host, 80)), QUICK, events::add);
        return session;
    }

    private <T extends WireEvent> T next(Class<T> type) throws InterruptedException {
        while (true) {
            WireEvent e = events.poll(5, TimeUnit.SECONDS);
            if (e == null) throw new AssertionError("no " + type.getSimpleName() + " within 5 s");
            if (type.isInstance(e)) return type.cast(e);
        }
    }

    @Test
    void theChaptersRequestGetsRomeoAndTheServerCloses() throws Exception {
        open("data.pr4e.org", false);
        Route route = next(WireEvent.Connected.class).route();
        assertTrue(route.viaMirror());
        assertTrue(route.fallbackReason().orElseThrow().contains("data.pr4e.org could not be looked up"));

        WireEvent.Sent line = session.send("GET http://data.pr4e.org/romeo.txt HTTP/1.0");
        assertEquals(WireEvent.SentKind.REQUEST_LINE, line.kind());
        assertEquals("GET http://data.pr4e.org/romeo.txt HTTP/1.0\r\n", new String(line.bytes(), StandardCharsets.US_ASCII));
        assertEquals(45, line.bytes().length);
        WireEvent.Sent blank = session.send("");
        assertEquals(WireEvent.SentKind.BLANK_LINE, blank.kind());
        assertEquals(2, blank.bytes().length);

        Exchange done = next(WireEvent.ReplyComplete.class).exchange();
        assertEquals(200, done.statusLine().orElseThrow().code());
        assertTrue(done.replyComplete());
        assertEquals(47, done.sent().length);
        List<Kind> kinds = done.annotations().stream().map(Annotation::kind).toList();
        assertEquals(Kind.STATUS_LINE, kinds.get(0));
        assertTrue(kinds.contains(Kind.BLANK_LINE));
        assertTrue(kinds.contains(Kind.BODY));
        String received = new String(done.received(), StandardCharsets.ISO_8859_1);
        assertTrue(received.endsWith("Who is already sick and pale with grief\n"), received);

        WireEvent.Closed closed = next(WireEvent.Closed.class);
        assertEquals(WireEvent.CloseReason.SERVER_CLOSED, closed.reason());
        assertTrue(closed.explanation().contains("one request per connection"), closed.explanation());
        assertFalse(session.isOpen());
    }

    @Test
    void offlineGoesStraightToTheMirrorAndSaysWhy() throws Exception {
        open("data.pr4e.org", true);
        Route route = next(WireEvent.Connected.class).route();
        assertTrue(route.viaMirror());
        assertTrue(route.fallbackReason().orElseThrow().contains("--offline"));
        assertEquals(new Target("data.pr4e.org", 80), route.target());
    }

    @Test
    void aMissingBlankLineIsExplainedAndTheConnectionStaysOpen() throws Exception {
        open("data.pr4e.org", true);
        session.send("GET /romeo.txt HTTP/1.0");
        WireEvent.Waiting wait = next(WireEvent.Waiting.class);
        assertEquals(WireEvent.WaitKind.BLANK_LINE_MISSING, wait.kind());
        assertTrue(wait.explanation().contains("blank line"), wait.explanation());
        assertTrue(session.isOpen());
        assertTrue(session.requestHeadOpen());
        session.send("");
        assertEquals(200, next(WireEvent.ReplyComplete.class).exchange().statusLine().orElseThrow().code());
    }

    @Test
    void theServersTimeoutFor408IsExplained() throws Exception {
        open("data.pr4e.org", true);
        session.send("GET /romeo.txt HTTP/1.0");
        Exchange reply = next(WireEvent.ReplyComplete.class).exchange();
        assertEquals(408, reply.statusLine().orElseThrow().code());
        WireEvent.Closed closed = next(WireEvent.Closed.class);
        assertTrue(closed.explanation().contains("gave up waiting for the blank line"), closed.explanation());
    }

    @Test
    void aMisspelledHostIsNotedOnTheLineSentAndInTheCloseAfterThe400() throws Exception {
        open("data.pr4e.org", true);
        session.send("GET /romeo.txt HTTP/1.1");
        WireEvent.Sent header = session.send("Hots: data.pr4e.org");
        assertEquals(WireEvent.SentKind.HEADER, header.kind());
        assertEquals(1, header.notes().size(), header.notes().toString());
        Diagnosis note = header.notes().get(0);
        assertEquals(DiagnosisKind.HEADER_NAME_NEAR_MISS, note.kind());
        assertEquals("Hots:", note.subject());
        assertEquals(WellKnownHeader.HOST, note.meantHeader().orElseThrow());
        session.send("");
        assertEquals(400, next(WireEvent.ReplyComplete.class).exchange().statusLine().orElseThrow().code());
        WireEvent.Closed closed = next(WireEvent.Closed.class);
        assertTrue(closed.explanation().contains("You sent \"Hots:\" — did you mean \"Host:\"?"),
                closed.explanation());
    }

    @Test
    void aHostWithoutItsColonIsNamedInTheCloseAfterTheEarly400() throws Exception {
        open("data.pr4e.org", true);
        session.send("GET /romeo.txt HTTP/1.1");
        assertEquals(1, session.send("Host data.pr4e.org").notes().size());
        assertEquals(400, next(WireEvent.ReplyComplete.class).exchange().statusLine().orElseThrow().code());
        WireEvent.Closed closed = next(WireEvent.Closed.class);
        assertTrue(closed.explanation().contains("right after your line Host data.pr4e.org\\r\\n"),
                closed.explanation());
        assertTrue(closed.explanation().contains("You sent \"Host\" — did you mean \"Host:\"?"),
                closed.explanation());
    }

    @Test
    void aWellSpelledHeaderHasNoNote() throws Exception {
        open("data.pr4e.org", true);
        session.send("GET /romeo.txt HTTP/1.1");
        assertEquals(List.of(), session.send("host: data.pr4e.org").notes());
        assertEquals(List.of(), session.send("Connection: close").notes());
        session.send("");
        assertEquals(200, next(WireEvent.ReplyComplete.class).exchange().statusLine().orElseThrow().code());
        WireEvent.Closed closed = next(WireEvent.Closed.class);
        assertFalse(closed.explanation().contains("did you mean"), closed.explanation());
    }

    @Test
    void keepAliveRepliesAreNotedAndTwoRequestsShareOneConnection() throws Exception {
        open("data.pr4e.org", true);
        for (String file : List.of("/romeo.txt", "/clown.txt")) {
            session.send("GET " + file + " HTTP/1.1");
            session.send("Host: data.pr4e.org");
            session.send("");
            Exchange e = next(WireEvent.ReplyComplete.class).exchange();
            assertEquals(200, e.statusLine().orElseThrow().code());
            WireEvent.Waiting note = next(WireEvent.Waiting.class);
            assertEquals(WireEvent.WaitKind.KEEP_ALIVE_OPEN, note.kind());
        }
        WireEvent.Closed idle = next(WireEvent.Closed.class);
        assertTrue(idle.explanation().contains("idle"), idle.explanation());
    }

    @Test
    void anHttp09RequestNeedsNoBlankLine() throws Exception {
        open("data.pr4e.org", true);
        WireEvent.Sent sent = session.send("GET /romeo.txt");
        assertEquals(WireEvent.SentKind.REQUEST_LINE_HTTP09, sent.kind());
        Exchange e = next(WireEvent.ReplyComplete.class).exchange();
        assertTrue(e.statusLine().isEmpty());
        assertEquals(167, e.receivedTotal());
    }

    @Test
    void whenDataPr4eOrgAnswersTheRealServerIsUsed() throws Exception {
        try (ServerSocket real = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // a network where data.pr4e.org resolves: here, to a listener standing in for the real host
            Dialer network = (host, port, timeout) -> Dialer.SYSTEM.dial("127.0.0.1", real.getLocalPort(), timeout);
            Connector connector = new Connector(network, mirror, Duration.ofSeconds(1), false);
            Connector.Opened opened = connector.open(new Target("data.pr4e.org", 80));
            try (Socket s = opened.socket(); Socket peer = real.accept()) {
                assertFalse(opened.route().viaMirror());
                assertEquals(real.getLocalPort(), opened.route().reached().getPort());
                assertFalse(mirror.isRunning(), "the mirror was not needed");
            }
        }
    }

    @Test
    void otherHostsDoNotFallBackToTheMirror() {
        Connector connector = new Connector(NO_NETWORK, mirror, Duration.ofSeconds(1), false);
        ConnectFailure f = org.junit.jupiter.api.Assertions.assertThrows(ConnectFailure.class,
                () -> connector.open(new Target("www.example.invalid", 80)));
        assertEquals(ConnectFailure.Kind.UNKNOWN_HOST, f.kind());
        assertFalse(mirror.isRunning(), "the mirror starts only when needed");
    }

    @Test
    void aRefusedPortIsExplained() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Connector connector = new Connector(Dialer.SYSTEM, mirror, Duration.ofSeconds(1), false);
        ConnectFailure f = org.junit.jupiter.api.Assertions.assertThrows(ConnectFailure.class,
                () -> connector.open(new Target("127.0.0.1", port)));
        assertEquals(ConnectFailure.Kind.REFUSED, f.kind());
        assertTrue(f.getMessage().contains("no program is listening"), f.getMessage());
    }

    @Test
    void aResetIsExplained() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Connector connector = new Connector(Dialer.SYSTEM, mirror, Duration.ofSeconds(1), false);
            session = WireSession.start(connector.open(new Target("127.0.0.1", server.getLocalPort())), QUICK,
                    events::add);
            try (Socket peer = server.accept()) {
                peer.setSoLinger(true, 0);
            }
            WireEvent.Closed closed = next(WireEvent.Closed.class);
            assertTrue(closed.reason() == WireEvent.CloseReason.RESET
                    || closed.reason() == WireEvent.CloseReason.SERVER_CLOSED, closed.toString());
        }
    }

    @Test
    void sendingAfterTheCloseFailsPolitely() throws Exception {
        open("data.pr4e.org", true);
        session.close();
        assertEquals(WireEvent.CloseReason.LOCAL, next(WireEvent.Closed.class).reason());
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> session.send("GET / HTTP/1.0"));
    }
}
