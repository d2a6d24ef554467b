package org.wiretutor.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wiretutor.http.Annotation;
import org.wiretutor.http.Kind;
import org.wiretutor.mirror.MirrorConfig;

/**
 * Every way a connection can end, on real sockets: the built-in mirror for what it really does, and a scripted server
 * for the rest. Each test asserts the explanation the learner reads, chosen from what happened.
 */
class CloseExplanationsTest {
    private static final Dialer NO_NETWORK = (host, port, timeout) -> {
        if (host.equals("127.0.0.1")) return Dialer.SYSTEM.dial(host, port, timeout);
        throw new UnknownHostException(host);
    };
    /** Hints late enough never to fire in these tests: the close is what is under test. */
    private static final WaitPolicy QUIET = new WaitPolicy(Duration.ofSeconds(30), Duration.ofSeconds(30),
            Duration.ofSeconds(30));

    private final MirrorHost mirror = new MirrorHost(MirrorConfig.loopback()
            .withRequestTimeout(Duration.ofMillis(1200)).withKeepAliveTimeout(Duration.ofMillis(700)));
    private final BlockingQueue<WireEvent> events = new LinkedBlockingQueue<>();
    private final List<WireEvent> seen = new ArrayList<>();
    private WireSession session;
    private ScriptedServer server;

    @AfterEach
    void tearDown() throws IOException {
        if (session != null) session.close();
        if (server != null) server.close();
        mirror.close();
    }

    private void openMirror(WaitPolicy waits) throws ConnectFailure {
        Connector connector = new Connector(NO_NETWORK, mirror, Duration.ofSeconds(2), true);
        session = WireSession.start(connector.open(new Target("data.pr4e.org", 80)), waits, this::record);
    }

    private void openMirror() throws ConnectFailure {
        openMirror(QUIET);
    }

    private void openScripted(ScriptedServer.Script script) throws Exception {
        openScripted(script, QUIET);
    }

    private void openScripted(ScriptedServer.Script script, WaitPolicy waits) throws Exception {
        server = new ScriptedServer(script);
        Connector connector = new Connector(Dialer.SYSTEM, mirror, Duration.ofSeconds(2), false);
        session = WireSession.start(connector.open(new Target("127.0.0.1", server.port())), waits, this::record);
    }

    private void record(WireEvent e) {
        events.add(e);
    }

    private <T extends WireEvent> T next(Class<T> type) throws InterruptedException {
        while (true) {
            WireEvent e = events.poll(10, TimeUnit.SECONDS);
            if (e == null) {
                throw new AssertionError("no " + type.getSimpleName() + " within 10 s; server script: "
                        + (server == null ? "none" : server.failure()) + "; events: " + seen);
            }
            seen.add(e);
            if (type.isInstance(e)) return type.cast(e);
        }
    }

    /** The close explanation, after checking who closed. */
    private String closed(WireEvent.CloseReason reason) throws InterruptedException {
        WireEvent.Closed c = next(WireEvent.Closed.class);
        assertEquals(reason, c.reason(), c.explanation());
        return c.explanation();
    }

    private static void assertSays(String text, String... parts) {
        for (String p : parts) assertTrue(text.contains(p), () -> "expected \"" + p + "\" in:\n" + text);
    }

    private static void assertNotSays(String text, String... parts) {
        for (String p : parts) assertFalse(text.contains(p), () -> "did not expect \"" + p + "\" in:\n" + text);
    }

    // ---------------------------------------------------------------- the server closed: the mirror

    @Test
    void aRequestLineWithTwoSpacesIsRejectedNotTimedOut() throws Exception {
        openMirror();
        session.send("GET  /romeo.txt HTTP/1.0");
        assertEquals(400, next(WireEvent.ReplyComplete.class).exchange().statusLine().orElseThrow().code());
        String why = closed(WireEvent.CloseReason.SERVER_CLOSED);
        assertSays(why, "The server answered 400 Bad Request right after your line GET\u00A0\u00A0/romeo.txt HTTP/1.0\\r\\n",
                "without waiting for the blank line", "closed the connection", "the reply's page says what was wrong.");
        // no order to correct it: a lesson may have asked for exactly this 400, and its verdict comes next
        assertNotSays(why, "gave up waiting", "send a corrected request");
    }

    @Test
    void aHeaderLineWithoutAColonIsRejectedRightAfterThatLine() throws Exception {
        openMirror();
        session.send("GET /romeo.txt HTTP/1.0");
        session.send("User-Agent x");
        assertEquals(400, next(WireEvent.ReplyComplete.class).exchange().statusLine().orElseThrow().code());
        String why = closed(WireEvent.CloseReason.SERVER_CLOSED);
        assertSays(why, "400 Bad Request right after your line User-Agent x\\r\\n", "closed the connection");
        assertNotSays(why, "gave up waiting");
    }

    @Test
    void a408SaysTheServerGaveUpWaitingForTheBlankLine() throws Exception {
        openMirror();
        session.send("GET /romeo.txt HTTP/1.0");
        session.send("Host: data.pr4e.org");
        assertEquals(408, next(WireEvent.ReplyComplete.class).exchange().statusLine().orElseThrow().code());
        String why = closed(WireEvent.CloseReason.SERVER_CLOSED);
        assertSays(why, "The server answered 408 Request Timeout and closed the connection: it gave up waiting for"
                + " the blank line", "you had sent the request line and 1 header line, but not the blank line");
    }

    @Test
    void aCompleteRequestThatIsRefusedSaysSo() throws Exception {
        openMirror();
        session.send("GET /romeo.txt HTTP/1.1");
        session.send("");
        assertEquals(400, next(WireEvent.ReplyComplete.class).exchange().statusLine().orElseThrow().code());
        String why = closed(WireEvent.CloseReason.SERVER_CLOSED);
        assertSays(why, "The server answered 400 Bad Request and closed the connection: it rejected your request");
        assertNotSays(why, "blank line", "one request per connection");
    }

    @Test
    void anHttp10RequestEndsWithOneRequestPerConnection() throws Exception {
        openMirror();
        session.send("GET /romeo.txt HTTP/1.0");
        session.send("");
        assertEquals(200, next(WireEvent.ReplyComplete.class).exchange().statusLine().orElseThrow().code());
        assertSays(closed(WireEvent.CloseReason.SERVER_CLOSED), "you asked with HTTP/1.0",
                "one request per connection");
    }

    @Test
    void connectionCloseIsNamedAsTheReasonForAnHttp11Request() throws Exception {
        openMirror();
        session.send("GET /romeo.txt HTTP/1.1");
        session.send("Host: data.pr4e.org");
        session.send("Connection: close");
        session.send("");
        next(WireEvent.ReplyComplete.class);
        assertSays(closed(WireEvent.CloseReason.SERVER_CLOSED), "as its Connection: close header said it would");
    }

    /** A HEAD the server rejects gets a reply with no body: there is no page above to say why, and that is said. */
    @Test
    void aRejectedHeadIsNotSentToAPageThatDoesNotCome() throws Exception {
        openMirror();
        session.send("HEAD /romeo.txt HTTP/1.1");
        session.send("");
        next(WireEvent.ReplyComplete.class);
        String said = closed(WireEvent.CloseReason.SERVER_CLOSED);
        assertSays(said, "400 Bad Request", "A reply to HEAD has no body", "the same request with GET brings it");
        assertNotSays(said, "the reply's page says");
    }

    @Test
    void anHttp09ReplyIsEndedByTheClose() throws Exception {
        openMirror();
        session.send("GET /romeo.txt");
        assertTrue(next(WireEvent.ReplyComplete.class).exchange().statusLine().isEmpty());
        assertSays(closed(WireEvent.CloseReason.SERVER_CLOSED), "You asked without a version (HTTP/0.9 style)",
                "the server's close is what ended it");
    }

    @Test
    void aKeepAliveConnectionClosedWhenIdleSaysHowLongItWasQuiet() throws Exception {
        openMirror(new WaitPolicy(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofMillis(100)));
        session.send("GET /romeo.txt HTTP/1.1");
        session.send("Host: data.pr4e.org");
        session.send("");
        next(WireEvent.ReplyComplete.class);
        assertEquals(WireEvent.WaitKind.KEEP_ALIVE_OPEN, next(WireEvent.Waiting.class).kind());
        assertSays(closed(WireEvent.CloseReason.SERVER_CLOSED), "of quiet following its reply: its idle (keep-alive)"
                + " timeout ran out.");
    }

    @Test
    void silenceFromTheStartIsTimedAndExplained() throws Exception {
        openMirror();
        String why = closed(WireEvent.CloseReason.SERVER_CLOSED);
        assertSays(why, "The server closed the connection 1 s after it opened, before you had sent anything.",
                "Servers close a connection that stays silent for too long");
    }

    @Test
    void onlyEmptyLinesGetA408ForTheMissingRequestLine() throws Exception {
        openMirror();
        session.send("");
        next(WireEvent.ReplyComplete.class);
        assertSays(closed(WireEvent.CloseReason.SERVER_CLOSED), "The server answered 408 Request Timeout and closed"
                + " the connection: it gave up waiting for a request line (you had sent only empty lines)");
    }

    @Test
    void partOfALineGetsA408ForTheMissingRequestLine() throws Exception {
        openMirror();
        session.sendRaw("GET /rom".getBytes(StandardCharsets.US_ASCII));
        next(WireEvent.ReplyComplete.class);
        assertSays(closed(WireEvent.CloseReason.SERVER_CLOSED), "gave up waiting for a request line (what you sent"
                + " had no line ending yet)");
    }

    // ---------------------------------------------------------------- the server closed: scripted servers

    @Test
    void aServerThatClosesAtOnceDidNotWait() throws Exception {
        openScripted(ScriptedServer.Peer::close);
        assertSays(closed(WireEvent.CloseReason.SERVER_CLOSED), "less than a second after it opened, before you had"
                + " sent anything", "It did not wait for a request at all");
    }

    @Test
    void closedAfterOnlyEmptyLinesWithoutAReply() throws Exception {
        openScripted(peer -> {
            peer.readLine();
            peer.close();
        });
        session.send("");
        assertSays(closed(WireEvent.CloseReason.SERVER_CLOSED), "after your last line, without a reply. You had sent"
                + " only empty lines");
    }

    @Test
    void closedAfterPartOfALineWithoutAReply() throws Exception {
        openScripted(peer -> {
            peer.read(3);
            peer.close();
        });
        session.sendRaw("GET".getBytes(StandardCharsets.US_ASCII));
        assertSays(closed(WireEvent.CloseReason.SERVER_CLOSED), "after your last bytes, without a reply. They did not"
                + " end with a line ending (\\n)");
    }

    @Test
    void closedMidRequestWithoutAReplySaysWhatWasSent() throws Exception {
        openScripted(peer -> {
            peer.readLine();
            peer.readLine();
            peer.close();
        });
        session.send("GET /romeo.txt HTTP/1.0");
        session.send("Host: data.pr4e.org");
        String why = closed(WireEvent.CloseReason.SERVER_CLOSED);
        assertSays(why, "after your last line, without a reply. Your request was not complete: you had sent the"
                + " request line and 1 header line but not the blank line");
        assertNotSays(why, "408", "rejected");
    }

    @Test
    void aServerThatAnswersBeforeTheBlankLineIsNotCalledATimeout() throws Exception {
        openScripted(peer -> {
            peer.readLine();
            peer.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi");
            peer.close();
        });
        session.send("GET /romeo.txt HTTP/1.1");
        next(WireEvent.ReplyComplete.class);
        String why = closed(WireEvent.CloseReason.SERVER_CLOSED);
        assertSays(why, "The server answered before your request was complete (you had not sent the blank line yet)");
        assertNotSays(why, "gave up", "rejected");
    }

    @Test
    void aServerThatSpeaksFirst() throws Exception {
        openScripted(peer -> {
            peer.write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n");
            peer.close();
        });
        next(WireEvent.ReplyComplete.class);
        assertSays(closed(WireEvent.CloseReason.SERVER_CLOSED), "after sending what is shown above, although you had"
                + " not sent a request");
    }

    @Test
    void aCompleteRequestWithNoReplyAtAll() throws Exception {
        openScripted(peer -> {
            peer.readHead();
            peer.close();
        });
        session.send("GET /romeo.txt HTTP/1.0");
        session.send("");
        assertSays(closed(WireEvent.CloseReason.SERVER_CLOSED), "Your request was complete, but the server closed the"
                + " connection less than a second later without sending a reply");
    }

    @Test
    void aReplyCutShortSaysHowMuchArrived() throws Exception {
        openScripted(peer -> {
            peer.readHead();
            peer.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly ten..");
            peer.close();
        });
        session.send("GET /romeo.txt HTTP/1.0");
        session.send("");
        assertSays(closed(WireEvent.CloseReason.SERVER_CLOSED), "The server closed the connection before its reply was"
                + " complete (50 bytes arrived)");
    }

    @Test
    void aBodyWithoutALengthIsEndedByTheClose() throws Exception {
        openScripted(peer -> {
            peer.readHead();
            peer.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nhello");
            peer.close();
        });
        session.send("GET /romeo.txt HTTP/1.1");
        session.send("Host: data.pr4e.org");
        session.send("");
        assertSays(closed(WireEvent.CloseReason.SERVER_CLOSED), "that close is what ended the body");
    }

    @Test
    void anHttp10ReplyClosesAfterItself() throws Exception {
        openScripted(peer -> {
            peer.readHead();
            peer.write("HTTP/1.0 200 OK\r\nContent-Length: 5\r\n\r\nhello");
            peer.close();
        });
        session.send("GET /romeo.txt HTTP/1.1");
        session.send("Host: data.pr4e.org");
        session.send("");
        next(WireEvent.ReplyComplete.class);
        assertSays(closed(WireEvent.CloseReason.SERVER_CLOSED), "it answered with HTTP/1.0, which closes after each"
                + " reply");
    }

    @Test
    void aCloseTheReplyDidNotAnnounce() throws Exception {
        openScripted(peer -> {
            peer.readHead();
            peer.write("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
            peer.close();
        });
        session.send("GET /romeo.txt HTTP/1.1");
        session.send("Host: data.pr4e.org");
        session.send("");
        next(WireEvent.ReplyComplete.class);
        assertSays(closed(WireEvent.CloseReason.SERVER_CLOSED), "right after its reply, although the reply did not say"
                + " it would (no Connection: close)");
    }

    // ---------------------------------------------------------------- resets

    @Test
    void aResetBeforeAnything() throws Exception {
        // the reset waits until the client has its connection: one that comes during the connect is a
        // connect failure, another story
        CountDownLatch connected = new CountDownLatch(1);
        openScripted(peer -> {
            connected.await(10, TimeUnit.SECONDS);
            peer.reset();
        });
        connected.countDown();
        WireEvent.Closed c = next(WireEvent.Closed.class);
        // a reset that comes before the client reads anything may surface as a plain end of stream
        if (c.reason() == WireEvent.CloseReason.RESET) {
            assertSays(c.explanation(), "The connection was reset", "before you had sent anything");
        } else {
            assertSays(c.explanation(), "before you had sent anything");
        }
    }

    @Test
    void aResetInTheMiddleOfTheReply() throws Exception {
        CountDownLatch partSeen = new CountDownLatch(1);
        openScripted(peer -> {
            peer.readHead();
            peer.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n");
            ScriptedServer.Peer.await(partSeen);
            peer.reset();
        });
        session.send("GET /romeo.txt HTTP/1.0");
        session.send("");
        next(WireEvent.Annotated.class);
        partSeen.countDown();
        assertSays(closed(WireEvent.CloseReason.RESET), "The connection was reset: the server aborted it instead of"
                + " closing it politely, in the middle of its reply (40 bytes arrived)");
    }

    @Test
    void aResetAfterACompleteReply() throws Exception {
        CountDownLatch replySeen = new CountDownLatch(1);
        openScripted(peer -> {
            peer.readHead();
            peer.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
            ScriptedServer.Peer.await(replySeen);
            peer.reset();
        });
        session.send("GET /nosuch.txt HTTP/1.1");
        session.send("");
        next(WireEvent.ReplyComplete.class);
        replySeen.countDown();
        assertSays(closed(WireEvent.CloseReason.RESET), "after its reply (404 Not Found) was complete");
    }

    // ---------------------------------------------------------------- the learner closed

    @Test
    void closingBeforeSendingAnything() throws Exception {
        openMirror();
        session.close();
        assertEquals("You closed the connection before you had sent anything.", closed(WireEvent.CloseReason.LOCAL));
    }

    @Test
    void closingMidRequest() throws Exception {
        openMirror();
        session.send("GET /romeo.txt HTTP/1.0");
        session.close();
        assertEquals("You closed the connection before your request was complete (no blank line yet).",
                closed(WireEvent.CloseReason.LOCAL));
    }

    @Test
    void closingWhileWaitingForAReply() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        openScripted(peer -> {
            peer.readHead();
            done.countDown();
            peer.holdUntilClientCloses();
        });
        session.send("GET /romeo.txt HTTP/1.0");
        session.send("");
        ScriptedServer.Peer.await(done);
        session.close();
        assertEquals("You closed the connection less than a second after your request was complete, before any"
                + " reply came.", closed(WireEvent.CloseReason.LOCAL));
    }

    @Test
    void closingWhileTheReplyArrives() throws Exception {
        openScripted(peer -> {
            peer.readHead();
            peer.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n");
            peer.holdUntilClientCloses();
        });
        session.send("GET /romeo.txt HTTP/1.0");
        session.send("");
        next(WireEvent.Annotated.class);
        session.close();
        assertEquals("You closed the connection while the reply was still arriving (40 bytes so far), so the rest of"
                + " it was never read.", closed(WireEvent.CloseReason.LOCAL));
    }

    @Test
    void closingAfterTheReply() throws Exception {
        openMirror();
        session.send("GET /romeo.txt HTTP/1.1");
        session.send("Host: data.pr4e.org");
        session.send("");
        next(WireEvent.ReplyComplete.class);
        session.close();
        assertEquals("You closed the connection after the reply (200 OK) had arrived.",
                closed(WireEvent.CloseReason.LOCAL));
    }

    // ---------------------------------------------------------------- bytes after the body

    @Test
    void bytesAfterTheDeclaredBodyAreNotASecondReply() throws Exception {
        openScripted(peer -> {
            peer.readHead();
            peer.write("HTTP/1.1 200 OK\r\nContent-Length: 10\r\nConnection: close\r\n\r\n0123456789EXTRA!\u001b[2J\n");
            peer.close();
        });
        session.send("GET /romeo.txt HTTP/1.1");
        session.send("Host: data.pr4e.org");
        session.send("");
        assertExtraExplained(0);
    }

    @Test
    void bytesAfterTheBodyInALaterReadAreStillNotASecondReply() throws Exception {
        CountDownLatch replySeen = new CountDownLatch(1);
        openScripted(peer -> {
            peer.readHead();
            peer.write("HTTP/1.1 200 OK\r\nContent-Length: 10\r\nConnection: close\r\n\r\n0123456789");
            ScriptedServer.Peer.await(replySeen);
            peer.write("EXTRA!\u001b[2J\n");
            peer.close();
        });
        session.send("GET /romeo.txt HTTP/1.1");
        session.send("Host: data.pr4e.org");
        session.send("");
        next(WireEvent.ReplyComplete.class);
        replySeen.countDown();
        assertExtraExplained(1);
    }

    @Test
    void bytesAfterTheBodyOnAConnectionLeftOpenAreExplainedBeforeTheKeepAliveNote() throws Exception {
        openScripted(peer -> {
            peer.readHead();
            peer.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi!!");
            peer.holdUntilClientCloses();
        }, new WaitPolicy(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofMillis(100)));
        session.send("GET /romeo.txt HTTP/1.1");
        session.send("Host: data.pr4e.org");
        session.send("");
        next(WireEvent.ReplyComplete.class);
        WireEvent.Annotated extra = next(WireEvent.Annotated.class);
        assertEquals("Not part of the reply: 2 bytes after the body", extra.parts().get(0).title());
        assertEquals("!!", extra.parts().get(0).detail("bytes").orElseThrow());
        assertEquals(WireEvent.WaitKind.KEEP_ALIVE_OPEN, next(WireEvent.Waiting.class).kind());
    }

    private void assertExtraExplained(int repliesSeen) throws InterruptedException {
        List<Annotation> parts = new ArrayList<>();
        int replies = repliesSeen;
        while (true) {
            WireEvent e = next(WireEvent.class);
            if (e instanceof WireEvent.Annotated a) parts.addAll(a.parts());
            if (e instanceof WireEvent.ReplyComplete) replies++;
            if (e instanceof WireEvent.Closed c) {
                assertSays(c.explanation(), "as its Connection: close header said it would");
                break;
            }
        }
        assertEquals(1, replies, "one reply, not two");
        for (Annotation a : parts) assertNotSays(a.toString(), "HTTP/0.9", "No status line");
        Annotation extra = parts.stream().filter(a -> a.title().contains("after the body")).findFirst()
                .orElseThrow(() -> new AssertionError(parts.toString()));
        assertEquals(Kind.PROBLEM, extra.kind());
        assertEquals("Not part of the reply: 11 bytes after the body", extra.title());
        assertEquals("11 bytes after the body are not part of this reply. Content-Length said 10, so a client stops"
                + " reading after 10 bytes of body and never sees them: the server sent more than it declared.",
                extra.detail("problem").orElseThrow());
        assertEquals("EXTRA!\\x1B[2J\\n", extra.detail("bytes").orElseThrow());
        Exchange e = session.lastExchange().orElseThrow();
        assertTrue(new String(e.received(), StandardCharsets.ISO_8859_1).endsWith("0123456789EXTRA!\u001b[2J\n"),
                "show raw still has every byte that arrived");
        assertTrue(e.annotations().contains(extra));
    }
}
