package org.wiretutor.mirror;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A trickling mirror sends each reply in small writes with pauses: a client on loopback then needs many reads,
 * as over a slow network, and gets exactly the bytes an untrickled mirror sends.
 */
class TrickleTest {

    private static final Clock PINNED = Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);

    /** The reply's bytes and the size of each read that brought them. */
    private record Read(byte[] bytes, List<Integer> reads) {
    }

    private static Read fetch(MirrorConfig config, String request) throws Exception {
        try (MirrorServer server = MirrorServer.start(config); Socket s = new Socket()) {
            s.connect(server.address(), 2000);
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            byte[] buffer = new byte[8192];
            List<Integer> reads = new java.util.ArrayList<>();
            for (int n; (n = in.read(buffer)) > 0; ) {
                all.write(buffer, 0, n);
                reads.add(n);
            }
            return new Read(all.toByteArray(), reads);
        }
    }

    @Test
    void a_trickled_reply_arrives_in_many_small_reads_with_the_same_bytes() throws Exception {
        MirrorConfig base = MirrorConfig.loopback().withClock(PINNED);
        String request = "GET /romeo.txt HTTP/1.0\r\n\r\n";
        Read fast = fetch(base, request);
        Read slow = fetch(base.withTrickle(Trickle.parse("16:5")), request);
        assertArrayEquals(fast.bytes(), slow.bytes(), "the same bytes, only cut differently");
        // 28 writes 5 ms apart; a busy machine may join a few in one read, but never most of them
        assertTrue(slow.reads().size() >= 5, "reads: " + slow.reads());
        assertTrue(slow.reads().size() > fast.reads().size(), "more reads than " + fast.reads());
        assertTrue(slow.reads().stream().allMatch(n -> n < fast.bytes().length / 2), "reads: " + slow.reads());
    }

    @Test
    void every_kind_of_reply_trickles_intact() throws Exception {
        MirrorConfig base = MirrorConfig.loopback().withClock(PINNED);
        MirrorConfig trickled = base.withTrickle(new Trickle(100, Duration.ZERO));
        for (String request : List.of("GET /romeo-chunked.txt HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
                "HEAD /romeo.txt HTTP/1.0\r\n\r\n", "GET /romeo.txt\r\n", "GET /nosuch HTTP/1.0\r\n\r\n",
                "GET /cover3.jpg HTTP/1.0\r\n\r\n")) {
            assertArrayEquals(fetch(base, request).bytes(), fetch(trickled, request).bytes(), request);
        }
    }

    @Test
    void pieces_join_to_the_whole_reply_and_only_later_pieces_wait() {
        Response r = new Response(200, List.of(new Field("Content-Length", "5")), "hello".getBytes(
                StandardCharsets.ISO_8859_1), true, true, false);
        byte[] whole = ResponseWriter.bytes(r);
        Trickle t = Trickle.parse("7:30");
        List<ResponseWriter.Piece> pieces = ResponseWriter.pieces(r, t);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (int i = 0; i < pieces.size(); i++) {
            ResponseWriter.Piece p = pieces.get(i);
            joined.writeBytes(p.bytes());
            assertEquals(i == 0 ? Duration.ZERO : Duration.ofMillis(30), p.pauseBefore());
            assertTrue(p.bytes().length == 7 || i == pieces.size() - 1);
        }
        assertArrayEquals(whole, joined.toByteArray());
        assertEquals(1, ResponseWriter.pieces(r, ReplyPacing.AT_ONCE).size());
        assertArrayEquals(whole, ResponseWriter.pieces(r, ReplyPacing.AT_ONCE).get(0).bytes());
    }

    @Test
    void bytes_millis_is_parsed_within_bounds_and_a_bad_value_says_the_form() {
        assertEquals(new Trickle(16, Duration.ofMillis(5)), Trickle.parse("16:5"));
        assertEquals(new Trickle(65_536, Duration.ofMillis(5_000)), Trickle.parse(" 65536:5000 "));
        assertEquals(new Trickle(1, Duration.ZERO), Trickle.parse("1:0"));
        assertEquals("16:5", Trickle.parse("16:5").toString());
        for (String bad : List.of("", "16", "16:", ":5", "0:5", "65537:5", "16:5001", "-1:5", "16:-5", "a:b", "16:5:1",
                "16 : 5", "99999999999:1")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Trickle.parse(bad), bad);
            assertTrue(e.getMessage().contains("BYTES:MILLIS, such as 16:5"), e.getMessage());
            assertTrue(e.getMessage().contains("from 1 to 65536") && e.getMessage().contains("from 0 to 5000"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("Exception"));
        }
        assertThrows(IllegalArgumentException.class, () -> new Trickle(0, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new Trickle(1, Duration.ofMillis(-1)));
    }

    @Test
    void the_default_mirror_sends_at_once_and_a_head_pause_is_not_a_trickle() {
        assertEquals(ReplyPacing.AT_ONCE, MirrorConfig.loopback().pacing());
        MirrorConfig paused = MirrorConfig.loopback().withHeadPause(Duration.ofMillis(10));
        assertEquals(Duration.ofMillis(10), paused.headPause());
        assertEquals(Duration.ZERO, paused.withTrickle(Trickle.parse("16:5")).headPause());
        assertEquals(ReplyPacing.AT_ONCE, paused.withHeadPause(Duration.ZERO).pacing());
    }
}
