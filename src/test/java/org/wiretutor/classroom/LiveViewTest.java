package org.wiretutor.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wiretutor.http.core.RequestParser;
import org.wiretutor.mirror.ConnectionEnd;
import org.wiretutor.mirror.ConnectionEvent;
import org.wiretutor.mirror.LogEntry;

/** The exact lines the projector shows, from events made by hand (the mirror is in {@link ClassroomTest}). */
class LiveViewTest {

    final TestClock clock = new TestClock(Instant.parse("2026-11-26T10:00:00Z"));
    final Projector screen = new Projector();

    private LiveView view(LiveOptions options) {
        return new LiveView(clock, screen, options);
    }

    private static ConnectionEvent.Received received(long n, String text) {
        return new ConnectionEvent.Received(n, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static ConnectionEvent.Answered answered(long n, String head, int status) {
        return new ConnectionEvent.Answered(n, head.getBytes(StandardCharsets.ISO_8859_1), status);
    }

    /** What the mirror's request log says once the request is finished: where the tally counts from. */
    private static LogEntry logged(long n, String head, int status) {
        return new LogEntry(Instant.parse("2026-11-26T10:00:00Z"), new InetSocketAddress("10.0.0.5", 50123), "",
                status, 0, RequestParser.diagnose(head.getBytes(StandardCharsets.ISO_8859_1)), n,
                head.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void a_bare_lf_gets_a_caret_under_the_newline() {
        LiveView view = view(LiveOptions.plain());
        view.observe(new ConnectionEvent.Opened(12, new InetSocketAddress("10.0.0.5", 50123)));
        view.observe(received(12, "GET /romeo.txt HTTP/1.0\n"));
        view.observe(answered(12, "GET /romeo.txt HTTP/1.0\n", 400));
        view.observe(new ConnectionEvent.Closed(12, ConnectionEnd.SERVED));
        view.record(logged(12, "GET /romeo.txt HTTP/1.0\n", 400));
        view.tick();
        assertEquals(List.of(
                "#12 from 10.0.0.5",
                "#12  GET /romeo.txt HTTP/1.0\\n",
                "#12                         ^ bare LF: end every line with \\r\\n",
                "#12      method GET · target /romeo.txt · version HTTP/1.0",
                "#12      answered 400 Bad Request",
                "#12 closed",
                "so far: 1 request · 1 bare LF"), screen.lines());
    }

    @Test
    void a_stalled_request_is_still_waiting_once_then_times_out() {
        LiveView view = view(new LiveOptions(true, false));
        String partial = "GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\r\n";
        view.observe(new ConnectionEvent.Opened(7, new InetSocketAddress("10.0.0.5", 50123)));
        view.observe(received(7, "GET /romeo.txt HTTP/1.1\r\nHo"));
        view.observe(received(7, "st: data.pr4e.org\r\n"));
        clock.advance(Duration.ofMillis(1999));
        view.tick();
        clock.advance(Duration.ofMillis(1));
        view.tick();
        clock.advance(Duration.ofSeconds(5));
        view.tick();
        view.observe(answered(7, partial, 408));
        view.observe(new ConnectionEvent.Closed(7, ConnectionEnd.TIMED_OUT));
        view.record(logged(7, partial, 408));
        view.tick();
        assertEquals(List.of(
                "#7 connected",
                "#7  GET /romeo.txt HTTP/1.1\\r\\n",
                "#7      method GET · target /romeo.txt · version HTTP/1.1",
                "#7  Host: data.pr4e.org\\r\\n",
                "#7  ... still waiting for the blank line",
                "#7      ! the blank line never came; the server gave up",
                "#7      answered 408 Request Timeout",
                "#7 closed: timed out waiting for the blank line",
                "so far: 1 request · 1 missing blank line"), screen.lines());
    }

    @Test
    void each_mistake_on_the_request_line_is_flagged_and_counted() {
        LiveView view = view(LiveOptions.plain());
        String[][] requests = {
                {"get /romeo.txt HTTP/1.0\r\n\r\n", "501", "! lowercase method: methods are case-sensitive, write GET"},
                {"GRT /romeo.txt HTTP/1.0\r\n\r\n", "501", "! unknown method GRT"},
                {"GET /romeo.txt\r\n", "200", "! no version: an HTTP/0.9-style request line"},
                {"GET /romeo.txt HTTP/2.0\r\n\r\n", "505", "! HTTP/2 can't be typed; use HTTP/1.1 or HTTP/1.0"},
                {"GET /romoe.txt HTTP/1.0\r\n\r\n", "404", "! not found: check the spelling of the path"},
                {"GET /romeo.txt HTTP/1.1\r\n\r\n", "400", "! HTTP/1.1 needs a Host header"},
                {"GET /romeo.txt HTTP/1.0\r\nHost : x\r\n\r\n", "400", null},
                {"\r\nGET /romeo.txt HTTP/1.1\r\nhost: x\r\n\r\n", "200", null},
        };
        long n = 0;
        for (String[] r : requests) {
            n++;
            view.observe(received(n, r[0]));
            view.observe(answered(n, r[0], Integer.parseInt(r[1])));
            view.record(logged(n, r[0], Integer.parseInt(r[1])));
            if (r[2] != null) {
                String flag = "#" + n + "      " + r[2];
                assertTrue(screen.lines().contains(flag), flag + " in\n" + screen.text());
            }
        }
        view.tick();
        assertEquals("so far: 8 requests · 1 no Host · 2 bad method · 1 no version · 1 HTTP/2 · 1 not found · 1 other error",
                screen.lines().get(screen.lines().size() - 1));
        assertEquals(2, view.tally().count(MistakeKind.BAD_METHOD));
        assertTrue(screen.lines().contains("#8      empty line before the request line (skipped)"));
        assertFalse(screen.text().contains("\u001b"), "no colour unless asked");
    }

    @Test
    void a_client_leaving_mid_request_counts_as_a_missing_blank_line() {
        LiveView view = view(LiveOptions.plain());
        view.observe(received(3, "GET /romeo.txt HTTP/1.0\r\nHost: x"));
        view.observe(new ConnectionEvent.Closed(3, ConnectionEnd.CLIENT_GONE));
        view.record(logged(3, "GET /romeo.txt HTTP/1.0\r\nHost: x", 0));
        view.tick();
        assertEquals(List.of(
                "#3      method GET · target /romeo.txt · version HTTP/1.0",
                "#3  Host: x  (unfinished line)",
                "#3      ! the client left before the blank line",
                "#3 closed: the client went away",
                "so far: 1 request · 1 missing blank line").toString(), screen.lines().subList(1, 6).toString());
    }

    @Test
    void colour_marks_mistakes_and_dropped_events_are_mentioned() {
        LiveView view = view(new LiveOptions(false, true));
        view.observe(new ConnectionEvent.Dropped(4));
        view.observe(received(1, "GET / HTTP/1.0\n"));
        assertTrue(screen.text().contains("(4 events not shown: too many at once)"));
        assertTrue(screen.text().contains("\u001b[1;33m^") || screen.text().contains("^ \u001b[1;33mbare LF"),
                screen.text());
    }

    @Test
    void a_long_line_is_cut_for_the_projector_but_counted() {
        LiveView view = view(LiveOptions.plain());
        String target = "/" + "a".repeat(300);
        view.observe(received(1, "GET " + target + " HTTP/1.0\r\n"));
        String shown = screen.lines().get(0);
        assertTrue(shown.endsWith("... (194 more bytes)\\r\\n"), shown);
        assertTrue(shown.length() < 160, shown);
        assertFalse(screen.text().contains("no version"), "the version at the end of a long line still counts:\n"
                + screen.text());
        assertTrue(screen.text().contains("version HTTP/1.0"), screen.text());
        assertEquals(java.util.Set.of(), MistakeKind.of(RequestParser.diagnose(("GET " + target + " HTTP/1.0\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1)), 404).stream().filter(k -> k != MistakeKind.NOT_FOUND)
                .collect(java.util.stream.Collectors.toSet()));
    }

    /** A screen that pins, recording what it was given, as a terminal with a status area would show it. */
    static final class PinningScreen implements LiveScreen {
        final List<String> log = new java.util.ArrayList<>();
        List<String> pinned = List.of();
        List<String> closing = List.of();

        @Override
        public void log(List<String> lines) {
            log.addAll(lines);
        }

        @Override
        public boolean pins() {
            return true;
        }

        @Override
        public void pin(List<String> rows) {
            pinned = List.copyOf(rows);
        }

        @Override
        public void close(List<String> lines) {
            pinned = List.of();
            closing = List.copyOf(lines);
        }
    }

    @Test
    void control_characters_have_their_own_reason_and_foreign_bytes_stay_escaped() {
        LiveView view = view(LiveOptions.plain());
        String control = "GET /ok\u0001x HTTP/1.0\r\n\r\n";
        String latin = "GET /caf\u00e9 HTTP/1.0\r\n\r\n";
        view.observe(received(1, control));
        view.observe(answered(1, control, 400));
        view.observe(received(2, latin));
        view.observe(answered(2, latin, 414));
        view.record(logged(1, control, 400));
        view.record(logged(2, latin, 414));
        view.tick();
        assertTrue(screen.lines().contains("#1      ! control character \\x01 in the request line: retype the line without it"),
                screen.text());
        assertTrue(screen.lines().contains("#2      method GET · target /caf\\xE9 · version HTTP/1.0"), screen.text());
        assertTrue(screen.lines().contains("#2      answered 414 Request-URI Too Long"), screen.text());
        assertEquals(Map.of(MistakeKind.CONTROL_CHARACTER, 1, MistakeKind.OTHER, 1), view.tally().counts());
        assertEquals("so far: 2 requests · 1 control character · 1 other error",
                screen.lines().get(screen.lines().size() - 1));
    }

    @Test
    void a_pinning_screen_keeps_the_counts_and_each_clients_last_request_below_the_log() {
        PinningScreen pins = new PinningScreen();
        LiveView view = new LiveView(clock, pins, LiveOptions.plain(), 24);
        String bare = "GET /romeo.txt HTTP/1.0\n";
        view.observe(received(1, bare));
        view.observe(answered(1, bare, 400));
        view.record(logged(1, bare, 400));
        view.record(new LogEntry(clock.instant(), new InetSocketAddress("10.0.0.9", 40000), "", 200, 167, List.of(), 2,
                "GET /romeo.txt HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)));
        view.tick();
        assertEquals(List.of(
                "10.0.0.9        GET /romeo.txt HTTP/1.0         200 OK",
                "10.0.0.5        GET /romeo.txt HTTP/1.0         400 Bad Request · bare LF",
                "so far: 2 requests · 1 bare LF"), pins.pinned);
        assertFalse(pins.log.stream().anyMatch(l -> l.startsWith("so far")), "the counts are pinned, not logged");

        view.refused(new Refusal(3, new InetSocketAddress("10.0.0.7", 41000), "too many connections from this address"));
        view.tick();
        assertTrue(pins.log.contains("#3 refused 10.0.0.7: too many connections from this address"), pins.log.toString());
        assertEquals("so far: 2 requests · 1 bare LF · 1 refused", pins.pinned.get(pins.pinned.size() - 1));

        clock.advance(Duration.ofSeconds(75));
        Ledger.Snapshot all = view.finish();
        assertEquals(List.of(), pins.pinned);
        assertEquals(List.of("",
                "Session over after 1 min 15 s: 2 requests from 3 clients.",
                "Mistakes: 1 bare LF",
                "Refused: 1 connection",
                "Clients, most recent first:",
                "  10.0.0.9        1 request, 0 with mistakes; last GET /romeo.txt HTTP/1.0 -> 200 OK",
                "  10.0.0.5        1 request, 1 with mistakes; last GET /romeo.txt HTTP/1.0 -> 400 Bad Request"),
                pins.closing);
        assertEquals(2, all.log().size());
    }

    @Test
    void anonymous_rows_name_clients_by_order_never_by_address() {
        PinningScreen pins = new PinningScreen();
        LiveView view = new LiveView(clock, pins, new LiveOptions(true, false), 24);
        view.record(logged(1, "GET / HTTP/1.0\r\n\r\n", 200));
        view.tick();
        assertTrue(pins.pinned.get(0).startsWith("client 1 "), pins.pinned.toString());
        view.finish();
        assertFalse(String.join("\n", pins.closing).contains("10.0.0.5"), pins.closing.toString());
    }

    @Test
    void a_dropped_answer_neither_merges_two_requests_nor_calls_the_first_abandoned() {
        LiveView view = view(LiveOptions.plain());
        String first = "GET /romeo.txt HTTP/1.1\r\nHost: x\r\n\r\n";
        String second = "GET /romoe.txt HTTP/1.1\r\nHost: x\r\n\r\n";
        view.observe(received(5, first));
        // the first answer was dropped by a full queue; the next request on the same connection arrives
        view.observe(new ConnectionEvent.Dropped(1));
        view.observe(received(5, second));
        view.observe(answered(5, second, 404));
        view.observe(received(5, first));
        view.observe(new ConnectionEvent.Closed(5, ConnectionEnd.SERVED));
        assertTrue(screen.lines().contains("#5      method GET · target /romoe.txt · version HTTP/1.1"), screen.text());
        assertFalse(screen.text().contains("left before the blank line"), screen.text());
        assertFalse(screen.text().contains("Host: x\\r\\nGET"), screen.text());
    }

    @Test
    void a_line_longer_than_the_server_reads_shows_at_most_the_shown_bytes_and_says_where_it_was_cut() {
        LiveView view = view(LiveOptions.plain());
        String head = "GET /romeo.txt HTTP/1.0\r\nX-Long: " + "a".repeat(100_000) + "\r\n\r\n";
        // the mirror stops reading where the line passes Apache's limit, and answers at once
        String read = head.substring(0, "GET /romeo.txt HTTP/1.0\r\n".length() + 8192);
        view.observe(received(1, read));
        view.observe(answered(1, read, 400));
        view.record(logged(1, read, 400));
        view.tick();
        List<String> lines = screen.lines();
        assertEquals(List.of(
                "#1  GET /romeo.txt HTTP/1.0\\r\\n",
                "#1      method GET · target /romeo.txt · version HTTP/1.0",
                "#1  X-Long: " + "a".repeat(RequestWatch.SHOWN - 8) + "... (8071 more bytes)",
                "#1      header X-Long over 8190 bytes",
                "#1      answered 400 Bad Request",
                "so far: 1 request · 1 other error"), lines);
    }

    @Test
    void a_huge_line_sent_in_one_piece_never_puts_more_than_the_shown_bytes_on_screen() {
        LiveView view = view(LiveOptions.plain());
        String head = "GET /" + "b".repeat(50_000) + " HTTP/1.0\r\n\r\n";
        view.observe(received(1, head));
        view.observe(answered(1, head, 414));
        for (String line : screen.lines()) {
            assertTrue(line.length() < 2 * RequestWatch.SHOWN, line);
        }
        assertTrue(screen.lines().contains("#1      request line over 8190 bytes"), screen.text());
        assertTrue(screen.lines().contains("#1      answered 414 Request-URI Too Long"), screen.text());
    }

    @Test
    void a_control_character_is_flagged_once_per_line_at_the_first_and_a_header_line_says_so() {
        LiveView view = view(LiveOptions.plain());
        String tabbed = "GET /a\tb\u0001 HTTP/1.0\r\n";
        String header = "GET / HTTP/1.0\r\nX-A: b\u0002c\r\n\r\n";
        view.observe(received(1, tabbed));
        view.observe(answered(1, tabbed, 400));
        view.observe(received(2, header));
        view.observe(answered(2, header, 400));
        assertEquals(List.of("#1      ! control character \\t in the request line: retype the line without it",
                        "#2      ! control character \\x02 in the header line: retype the line without it"),
                screen.lines().stream().filter(l -> l.contains("control character")).toList());
    }

    /**
     * Every word on the projector is the catalogue's: in the pseudo-locale each line but the bytes that arrived is
     * bracketed, the tags stay in front where the wrapping looks for them, and the counts are the same.
     */
    @Test
    void in_the_pseudo_locale_every_word_but_the_bytes_comes_bracketed_and_the_counts_stay() {
        java.util.Locale before = java.util.Locale.getDefault(java.util.Locale.Category.DISPLAY);
        try {
            java.util.Locale.setDefault(java.util.Locale.Category.DISPLAY, org.wiretutor.text.Messages.PSEUDO);
            LiveView view = view(new LiveOptions(true, false));
            String head = "get /romeo.txt HTTP/1.1\r\nHost: x\n";
            view.observe(new ConnectionEvent.Opened(4, new InetSocketAddress("10.0.0.5", 50123)));
            view.observe(received(4, head));
            view.observe(answered(4, head, 400));
            view.record(logged(4, head, 400));
            view.refused(new Refusal(5, new InetSocketAddress("10.0.0.7", 41000), "too many"));
            view.tick();
            view.finish();
            List<String> lines = screen.lines();
            List<String> wire = List.of("#4  get /romeo.txt HTTP/1.1\\r\\n", "#4  Host: x\\n", "");
            for (String line : lines) {
                assertTrue(wire.contains(line) || line.contains("⟦"), line + " in\n" + screen.text());
                assertFalse(line.startsWith("⟦#"), "the tag stays in front: " + line);
            }
            assertTrue(lines.contains("#4 ⟦connected⟧"), screen.text());
            assertEquals(Map.of(MistakeKind.BAD_METHOD, 1, MistakeKind.BARE_LF, 1), view.tally().counts());
            assertTrue(lines.contains("#4      ! ⟦lowercase method: methods are case-sensitive, write GET⟧"),
                    screen.text());
            assertEquals(1, lines.stream().filter(l -> l.startsWith("#4  ") && l.endsWith("^ ⟦bare LF: end every "
                    + "line with \\r\\n⟧")).count(), screen.text());
        } finally {
            java.util.Locale.setDefault(java.util.Locale.Category.DISPLAY, before);
        }
    }
}
