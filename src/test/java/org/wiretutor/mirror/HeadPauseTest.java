package org.wiretutor.mirror;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;

/** A grader's mirror may send a reply's head in pieces; the bytes stay the same, and only the grader asks for it. */
class HeadPauseTest {

    private static final Clock PINNED = Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);

    /** The reply's bytes, and how many reads it took to get them. */
    private record Read(byte[] bytes, int reads) {
    }

    private static Read fetch(MirrorConfig config) throws Exception {
        try (MirrorServer server = MirrorServer.start(config); Socket s = new Socket()) {
            s.connect(server.address(), 2000);
            s.setSoTimeout(5000);
            s.getOutputStream().write("GET /romeo.txt HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            byte[] buffer = new byte[8192];
            int reads = 0;
            for (int n; (n = in.read(buffer)) > 0; reads++) {
                all.write(buffer, 0, n);
            }
            return new Read(all.toByteArray(), reads);
        }
    }

    @Test
    void aPausedHeadArrivesInPiecesWithTheSameBytes() throws Exception {
        MirrorConfig base = MirrorConfig.loopback().withClock(PINNED);
        Read fast = fetch(base);
        Read paused = fetch(base.withHeadPause(Duration.ofMillis(10)));
        assertArrayEquals(fast.bytes(), paused.bytes());
        String head = new String(paused.bytes(), StandardCharsets.ISO_8859_1).split("\r\n\r\n")[0];
        int lines = head.split("\r\n").length;
        assertTrue(paused.reads() > lines / 2, "reads " + paused.reads() + " for " + lines + " head lines");
    }

    @Test
    void theDefaultMirrorDoesNotPause() {
        assertEquals(Duration.ZERO, MirrorConfig.loopback().headPause());
        assertThrows(IllegalArgumentException.class, () -> MirrorConfig.loopback().withHeadPause(Duration.ofSeconds(1)));
    }
}
