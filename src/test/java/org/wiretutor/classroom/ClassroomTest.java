package org.wiretutor.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.MirrorServer;

/** A room of clients typing at a real mirror on loopback, watched by the live view. */
class ClassroomTest {

    /** Long enough for every byte to be on the screen before the stalled clients get their 408. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);

    final TestClock clock = new TestClock(Instant.parse("2026-11-26T10:00:00Z"));
    final Projector screen = new Projector();
    final ExecutorService room = Executors.newFixedThreadPool(10);
    MirrorServer server;

    @AfterEach
    void stop() {
        room.shutdownNow();
        if (server != null) {
            server.close();
        }
    }

    private LiveView start(LiveOptions options) throws IOException {
        LiveView view = new LiveView(clock, screen, options);
        server = MirrorServer.start(MirrorConfig.loopback().withRequestTimeout(REQUEST_TIMEOUT).withObserver(view)
                .withLog(view));
        return view;
    }

    /** One student: connects, waits for the others, sends {@code request} and reads until the mirror closes. */
    private Future<String> student(String request, CountDownLatch ready, CountDownLatch go) {
        InetSocketAddress address = server.address();
        return room.submit(() -> {
            try (Socket s = new Socket(address.getAddress(), address.getPort())) {
                s.setSoTimeout(10_000);
                ready.countDown();
                go.await();
                s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                InputStream in = s.getInputStream();
                return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
        });
    }

    private List<Future<String>> all(List<String> requests) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(requests.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> replies = new ArrayList<>();
        for (String r : requests) {
            replies.add(student(r, ready, go));
        }
        assertTrue(ready.await(10, TimeUnit.SECONDS));
        go.countDown();
        return replies;
    }

    @Test
    void ten_students_at_once_are_each_annotated_counted_and_served() throws Exception {
        LiveView view = start(LiveOptions.plain());
        List<String> requests = List.of(
                "GET /romeo.txt?c=0 HTTP/1.0\r\n\r\n",
                "GET /romeo.txt?c=1 HTTP/1.1\r\nHost: data.pr4e.org\r\nConnection: close\r\n\r\n",
                "GET /romeo.txt?c=2 HTTP/1.0\r\nHost: data.pr4e.org\r\n\r\n",
                "GET /romoe.txt?c=3 HTTP/1.0\r\n\r\n",
                "GET /romeo.txt?c=4 HTTP/1.0\r\nHost: data.pr4e.org\r\n",
                "GET /romeo.txt?c=5 HTTP/1.0\r\n",
                "GET /romeo.txt?c=6 HTTP/1.0\n\n",
                "GET /romeo.txt?c=7 HTTP/1.0\r\nHost: data.pr4e.org\n\n",
                "GET /romeo.txt?c=8 HTTP/1.1\r\n\r\n",
                "get /romeo.txt?c=9 HTTP/1.0\r\n\r\n");
        List<String> statuses = List.of("200 OK", "200 OK", "200 OK", "404 Not Found", "408 Request Timeout",
                "408 Request Timeout", "400 Bad Request", "400 Bad Request", "400 Bad Request", "501 Not Implemented");
        List<Future<String>> replies = all(requests);

        // eight are answered at once; the two stalled ones must have their bytes on screen before the tick
        screen.awaitCount(line -> line.contains(" answered "), 8);
        screen.awaitCount(line -> line.contains("?c=4 HTTP/1.0\\r\\n") || line.contains("?c=5 HTTP/1.0\\r\\n"), 2);
        screen.await(lines -> linesOf(lines, tagOf(lines, 4)).stream().anyMatch(l -> l.contains("Host:")),
                Duration.ofSeconds(10));
        clock.advance(LiveView.PATIENCE);
        view.tick();

        for (int c = 0; c < 10; c++) {
            String reply = replies.get(c).get(20, TimeUnit.SECONDS);
            assertTrue(reply.startsWith("HTTP/1.1 " + statuses.get(c) + "\r\n"), "student " + c + " got " + reply);
        }
        screen.awaitCount(line -> line.matches("#\\d+ closed.*"), 10);

        List<String> lines = screen.lines();
        Map<Integer, List<String>> expected = Map.of(
                3, List.of("! not found: check the spelling of the path"),
                4, List.of("... still waiting for the blank line", "! the blank line never came; the server gave up",
                        "closed: timed out waiting for the blank line"),
                5, List.of("... still waiting for the blank line", "! the blank line never came; the server gave up"),
                6, List.of("^ bare LF: end every line with \\r\\n"),
                7, List.of("Host: data.pr4e.org\\n", "^ bare LF: end every line with \\r\\n"),
                8, List.of("! HTTP/1.1 needs a Host header"),
                9, List.of("method get · target /romeo.txt?c=9 · version HTTP/1.0",
                        "! lowercase method: methods are case-sensitive, write GET"));
        for (int c = 0; c < 10; c++) {
            String tag = tagOf(lines, c);
            String mine = String.join("\n", linesOf(lines, tag));
            assertTrue(mine.startsWith(tag + " from 127.0.0.1"), mine);
            assertTrue(mine.contains(tag + "      answered " + statuses.get(c)), mine);
            for (String part : expected.getOrDefault(c, List.of())) {
                assertTrue(mine.contains(part), "student " + c + " lacks " + part + ":\n" + mine);
            }
            assertEquals(c == 4 || c == 5, mine.contains("still waiting"), mine);
            assertEquals(c >= 3, mine.contains("!") || mine.contains("^ bare LF"), mine);
        }
        Tally tally = view.tally();
        assertEquals(10, tally.requests());
        assertEquals(Map.of(MistakeKind.NO_BLANK_LINE, 2, MistakeKind.BARE_LF, 2, MistakeKind.NO_HOST, 1,
                MistakeKind.BAD_METHOD, 1, MistakeKind.NOT_FOUND, 1), tally.counts());
        view.tick();
        assertEquals("so far: 10 requests · 2 missing blank line · 2 bare LF · 1 no Host · 1 bad method · 1 not found",
                screen.lines().get(screen.lines().size() - 1));
        assertEquals(0, server.droppedEvents());
    }

    @Test
    void anonymous_shows_connection_numbers_and_no_address() throws Exception {
        start(new LiveOptions(true, false));
        List<Future<String>> replies = all(List.of("GET /romeo.txt HTTP/1.0\r\n\r\n",
                "GET /romeo.txt HTTP/1.0\n\n", "HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        for (Future<String> reply : replies) {
            assertTrue(reply.get(10, TimeUnit.SECONDS).startsWith("HTTP/1.1 "));
        }
        screen.awaitCount(line -> line.matches("#\\d+ closed.*"), 3);
        List<String> lines = screen.lines();
        assertEquals(3, lines.stream().filter(l -> l.matches("#[1-3] connected")).count(), screen.text());
        // the one address left is the Host header a student typed, which names the server, not a client
        assertFalse(screen.text().replace("Host: 127.0.0.1", "").contains("127.0.0.1"), screen.text());
    }

    /** The words each mistake's flag starts with on the projector (English; only this test reads them). */
    private static final Map<MistakeKind, List<String>> FLAGS = Map.of(
            MistakeKind.BARE_LF, List.of("^ bare LF"),
            MistakeKind.NO_HOST, List.of("! HTTP/1.1 needs a Host header"),
            MistakeKind.BAD_METHOD, List.of("! lowercase method", "! unknown method"),
            MistakeKind.NO_VERSION, List.of("! no version"),
            MistakeKind.HTTP2, List.of("! HTTP/2 "),
            MistakeKind.NOT_FOUND, List.of("! not found"),
            MistakeKind.CONTROL_CHARACTER, List.of("! control character"),
            MistakeKind.NO_BLANK_LINE, List.of("! the client left", "! the blank line never came"));

    /**
     * One rule for the projector and the tally: each request's flags on screen name exactly the mistakes the ledger
     * counted for it from the mirror's log (an error none of them explains is counted as "other" and flagged by its
     * status line alone).
     */
    @Test
    void each_request_is_flagged_with_exactly_the_mistakes_the_tally_counts_for_it() throws Exception {
        LiveView view = start(LiveOptions.plain());
        List<String> heads = List.of(
                "GET /romeo.txt HTTP/1.0\r\n\r\n",
                "hello there\r\n",
                "GET /romeo.txt HTTP/2.0\r\n",
                "GET  /romeo.txt HTTP/1.0\r\n",
                "GET /romeo.txt HTTP/1.0\n\n",
                "GET /romeo.txt HTTP/1.1\r\n\r\n",
                "get /romeo.txt HTTP/1.0\r\n\r\n",
                "GRT /romeo.txt HTTP/1.0\r\nHost: x\n\r\n",
                "GET /romeo.txt\r\n",
                "GET /nothing.txt HTTP/1.0\r\n\r\n",
                "GET /romeo.txt HTTP/1.0\r\nBad Header: x\r\n\r\n",
                "GET /romeo.txt HTTP/1.0\r\nX-Long: " + "a".repeat(9000) + "\r\n\r\n",
                "GET /romeo.txt HTTP/1.0\r\nHost: data.pr4e.org\r\n",
                "GET /a\tb HTTP/1.0\r\n\r\n",
                "GET / HTTP/1.0\r\nX-A: b\u0001c\r\n\r\n",
                "\r\n\r\nGET / HTTP/1.0\r\n\r\n");
        InetSocketAddress address = server.address();
        for (String head : heads) {
            try (Socket s = new Socket(address.getAddress(), address.getPort())) {
                s.setSoTimeout(10_000);
                s.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
                s.shutdownOutput();
                s.getInputStream().readAllBytes();
            }
        }
        screen.awaitCount(line -> line.matches("#\\d+ closed.*"), heads.size());
        Ledger.Snapshot all = view.finish();
        assertEquals(heads.size(), all.log().size());
        List<String> lines = screen.lines();
        int flagged = 0;
        for (Ledger.Finished f : all.log()) {
            String tag = LiveText.tag(f.connection());
            List<String> mine = linesOf(lines, tag);
            java.util.Set<MistakeKind> shown = java.util.EnumSet.noneOf(MistakeKind.class);
            for (String line : mine) {
                String remark = line.substring(tag.length()).strip();
                if (remark.startsWith("! ") || remark.startsWith("^ ")) {
                    MistakeKind kind = FLAGS.entrySet().stream()
                            .filter(e -> e.getValue().stream().anyMatch(remark::startsWith))
                            .map(Map.Entry::getKey).findFirst()
                            .orElseThrow(() -> new AssertionError("a flag of no kind: " + line));
                    shown.add(kind);
                }
            }
            java.util.Set<MistakeKind> counted = java.util.EnumSet.noneOf(MistakeKind.class);
            counted.addAll(f.mistakes());
            counted.remove(MistakeKind.OTHER);
            assertEquals(counted, shown, String.join("\n", mine));
            flagged += shown.isEmpty() ? 0 : 1;
        }
        assertEquals(11, flagged, screen.text());
    }

    private static final Pattern TAG = Pattern.compile("^(#\\d+)  .*\\?c=(\\d) ");

    /** The tag the view gave student {@code c}, found from the target each student marks with ?c=N. */
    private static String tagOf(List<String> lines, int c) {
        for (String line : lines) {
            Matcher m = TAG.matcher(line);
            if (m.find() && Integer.parseInt(m.group(2)) == c) {
                return m.group(1);
            }
        }
        return "#none";
    }

    private static List<String> linesOf(List<String> lines, String tag) {
        return lines.stream().filter(l -> l.equals(tag) || l.startsWith(tag + " ")).toList();
    }
}
