package org.wiretutor.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A classroom server holds up: thousands of slow connections (slowloris) cost the other clients nothing, one
 * address cannot take more than its share, and every connection turned away is logged and reported with why.
 * Slow clients come from other loopback addresses (127.0.0.2 and up), as students come from other machines.
 */
class SlowClientsTest {

    private static final String SLOW_START = "GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\r\nX-Slow: ";

    private final List<LogEntry> log = new CopyOnWriteArrayList<>();
    private final BlockingQueue<ConnectionEvent.Refused> refusals = new LinkedBlockingQueue<>();
    private final List<Socket> held = new ArrayList<>();
    private MirrorServer server;

    private MirrorServer start(Duration requestTimeout, ServerLimits limits) throws IOException {
        server = MirrorServer.start(MirrorConfig.loopback().withRequestTimeout(requestTimeout).withLog(log::add)
                .withObserver(e -> {
                    if (e instanceof ConnectionEvent.Refused r) {
                        refusals.add(r);
                    }
                }), limits);
        return server;
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket s : held) {
            s.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** A connection from {@code 127.0.0.host} that has sent part of a head and stops. */
    private Socket slow(int host) throws IOException {
        Socket s = new Socket();
        held.add(s);
        s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0." + host), 0));
        s.connect(server.address(), 5000);
        s.setSoTimeout(5000);
        s.getOutputStream().write(SLOW_START.getBytes(StandardCharsets.US_ASCII));
        return s;
    }

    private static String status(Socket s) throws IOException {
        byte[] reply = s.getInputStream().readAllBytes();
        String text = new String(reply, StandardCharsets.ISO_8859_1);
        return text.isEmpty() ? "(closed without reply)" : text.substring(0, text.indexOf("\r\n"));
    }

    @Test
    void threeThousandSlowConnectionsLeaveNormalRequestsFastAndAnAddressOverItsShareIsTurnedAway() throws Exception {
        start(Duration.ofSeconds(20), ServerLimits.DEFAULT);
        int addresses = 47;
        int perAddress = ServerLimits.DEFAULT.perClient();
        for (int host = 2; host < 2 + addresses; host++) {
            for (int i = 0; i < perAddress; i++) {
                slow(host);
            }
        }
        Socket oneTooMany = slow(2);
        assertEquals("HTTP/1.1 503 Service Unavailable", status(oneTooMany));

        long slowest = 0;
        for (int i = 0; i < 100; i++) {
            long start = System.nanoTime();
            try (Wire w = new Wire(server)) {
                Wire.Reply r = Wire.Reply.parse(w.send("GET /romeo.txt HTTP/1.0\r\n\r\n").readToClose());
                assertEquals(200, r.status(), "request " + i);
            }
            slowest = Math.max(slowest, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
        assertTrue(slowest < 1000, "slowest normal request took " + slowest + " ms");
        assertTrue(server.openConnections() >= addresses * perAddress,
                "slow connections still held: " + server.openConnections());

        List<LogEntry> turnedAway = log.stream().filter(e -> e.status() == 503).toList();
        assertEquals(1, turnedAway.size(), turnedAway.toString());
        LogEntry refusal = turnedAway.get(0);
        assertEquals("127.0.0.2", refusal.client().getAddress().getHostAddress());
        assertEquals("refused: this address already has 64 connections open (--per-client)", refusal.note());
        assertEquals("127.0.0.2 \"(turned away)\" 503 " + refusal.bodyBytes() + " (" + refusal.note() + ")",
                refusal.toLogLine());
        ConnectionEvent.Refused told = refusals.poll(5, TimeUnit.SECONDS);
        assertNotNull(told, "the observer was not told of the refusal");
        assertEquals(RefusalReason.PER_CLIENT, told.reason());
        assertEquals(refusal.connection(), told.connection());
        assertEquals(refusal.note(), told.note());
        assertEquals(100, log.stream().filter(e -> e.status() == 200).count());
    }

    @Test
    void aFullServerTurnsTheNextConnectionAwayWithItsReason() throws Exception {
        start(Duration.ofSeconds(20), ServerLimits.DEFAULT.withMaxConnections(5));
        for (int i = 0; i < 5; i++) {
            slow(2 + i);
        }
        assertEquals("HTTP/1.1 503 Service Unavailable", status(slow(9)));
        ConnectionEvent.Refused told = refusals.poll(5, TimeUnit.SECONDS);
        assertNotNull(told);
        assertEquals(RefusalReason.SERVER_FULL, told.reason());
        assertEquals("refused: 5 connections open, the most this server holds", told.note());
        assertEquals(told.note(), log.get(0).note());
        assertEquals(503, log.get(0).status());
    }

    @Test
    void aHeadArrivingSteadilyEarnsMoreTimeAndATrickleIsCutOffWith408() throws Exception {
        // 500 ms request timeout; at least 500 bytes/s earn up to 500 ms more (mod_reqtimeout header=T-2T,MinRate)
        start(Duration.ofMillis(500), ServerLimits.DEFAULT);
        String filler = "X-Filler: " + "f".repeat(88) + "\r\n";   // 100 bytes a line
        try (Wire steady = new Wire(server)) {
            steady.send("GET /romeo.txt HTTP/1.0\r\n");
            for (int i = 0; i < 7; i++) {   // 700+ ms in all, 1000 bytes a second
                assertTrue(steady.staysOpenFor(100), "closed after " + i + " lines");
                steady.send(filler);
            }
            Wire.Reply r = Wire.Reply.parse(steady.send("\r\n").readToClose());
            assertEquals(200, r.status());
        }
        try (Socket trickle = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            long start = System.nanoTime();
            trickle.getOutputStream().write("GET /romeo.txt HTTP/1.0\r\n".getBytes(StandardCharsets.US_ASCII));
            trickle.setSoTimeout(100);
            java.io.ByteArrayOutputStream reply = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (true) {
                int n;
                try {
                    n = trickle.getInputStream().read(buffer);
                } catch (java.net.SocketTimeoutException stillWaiting) {
                    trickle.getOutputStream().write("X: y\r\n".getBytes(StandardCharsets.US_ASCII));
                    continue;
                }
                if (n < 0) {
                    break;
                }
                reply.write(buffer, 0, n);
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            String text = reply.toString(StandardCharsets.ISO_8859_1);
            assertTrue(text.startsWith("HTTP/1.1 408 Request Timeout\r\n"), text);
            assertTrue(millis >= 500 && millis < 1500, "408 after " + millis + " ms");
        }
        ConnectionEvent.Refused told = refusals.poll(5, TimeUnit.SECONDS);
        assertNotNull(told);
        assertEquals(RefusalReason.SLOW_HEAD, told.reason());
        LogEntry last = log.get(log.size() - 1);
        assertEquals(408, last.status());
        assertEquals("no blank line before timeout", last.note());
    }
}
