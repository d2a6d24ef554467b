package org.wiretutor.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.MirrorServer;

/**
 * The tally under a burst: hundreds of connections at once against the real mirror, counted exactly, even when the
 * projector falls so far behind that the mirror drops its events (the cause of "9 missing blank line" for
 * requests that had no such mistake: a dropped answer left a request looking abandoned).
 */
class BurstTallyTest {

    static final String GOOD = "GET /romeo.txt HTTP/1.0\r\n\r\n";
    static final String BARE_LF = "GET /romeo.txt HTTP/1.0\r\n\n";
    static final String NOT_FOUND = "GET /romoe.txt HTTP/1.0\r\n\r\n";

    final TestClock clock = new TestClock(Instant.parse("2026-12-03T10:00:00Z"));
    final Projector screen = new Projector();
    /** Holds the projector still until the burst is over, so the observer's queue overflows. */
    final CountDownLatch projectorFree = new CountDownLatch(1);
    MirrorServer server;

    @AfterEach
    void stop() {
        projectorFree.countDown();
        if (server != null) {
            server.close();
        }
    }

    private LiveView start(boolean stalledProjector) throws IOException {
        LiveView view = new LiveView(clock, line -> {
            if (stalledProjector) {
                try {
                    projectorFree.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            screen.accept(line);
        }, LiveOptions.plain());
        server = MirrorServer.start(MirrorConfig.loopback().withObserver(view).withLog(view));
        return view;
    }

    /** Opens {@code n} connections, then sends every request, then reads every reply to its end. */
    private List<String> wave(int n, IntFunction<String> request) throws IOException {
        InetSocketAddress at = server.address();
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                Socket s = new Socket(at.getAddress(), at.getPort());
                s.setSoTimeout(20_000);
                sockets.add(s);
            }
            for (int i = 0; i < n; i++) {
                sockets.get(i).getOutputStream().write(request.apply(i).getBytes(StandardCharsets.ISO_8859_1));
            }
            List<String> statusLines = new ArrayList<>();
            for (Socket s : sockets) {
                String reply = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                statusLines.add(reply.substring(0, Math.max(0, reply.indexOf("\r\n"))));
            }
            return statusLines;
        } finally {
            for (Socket s : sockets) s.close();
        }
    }

    @Test
    void four_hundred_at_once_with_a_hundred_bare_lfs_count_exactly() throws Exception {
        LiveView view = start(false);
        List<String> replies = wave(400, i -> i % 4 == 0 ? BARE_LF : GOOD);
        assertEquals(100, replies.stream().filter(r -> r.equals("HTTP/1.1 400 Bad Request")).count());
        assertEquals(300, replies.stream().filter(r -> r.equals("HTTP/1.1 200 OK")).count());

        Tally tally = view.tally();
        assertEquals(400, tally.requests());
        assertEquals(Map.of(MistakeKind.BARE_LF, 100), tally.counts());
        view.tick();
        screen.awaitCount(line -> line.equals("so far: 400 requests · 100 bare LF"), 1);
    }

    @Test
    void a_burst_of_three_thousand_is_exact_even_when_the_projector_drops_events() throws Exception {
        LiveView view = start(true);
        int waves = 6;
        int perWave = 500;
        for (int w = 0; w < waves; w++) {
            int base = w * perWave;
            wave(perWave, i -> (base + i) % 7 == 0 ? BARE_LF : (base + i) % 11 == 0 ? NOT_FOUND : GOOD);
        }
        int total = waves * perWave;
        int bareLf = 0;
        int notFound = 0;
        for (int i = 0; i < total; i++) {
            if (i % 7 == 0) bareLf++;
            else if (i % 11 == 0) notFound++;
        }
        assertTrue(server.droppedEvents() > 0, "the stalled projector should have made the mirror drop events");
        Tally tally = view.tally();
        assertEquals(total, tally.requests());
        assertEquals(Map.of(MistakeKind.BARE_LF, bareLf, MistakeKind.NOT_FOUND, notFound), tally.counts());

        projectorFree.countDown();
        screen.await(lines -> lines.stream().anyMatch(l -> l.contains("events not shown")), java.time.Duration.ofSeconds(20));
        view.tick();
        String expected = "so far: " + total + " requests · " + bareLf + " bare LF · " + notFound + " not found";
        screen.awaitCount(line -> line.equals(expected), 1);
        assertEquals(total, view.tally().requests(), "nothing counted twice once the projector caught up");
    }
}
