package org.wiretutor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wiretutor.http.Wire.bytes;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RobustnessTest {

    static List<byte[]> samples() {
        List<byte[]> s = new ArrayList<>();
        s.add(bytes(Wire.ROMEO_REPLY));
        s.add(bytes(Wire.NOT_FOUND));
        s.add(bytes(OddResponsesTest.CHUNKED));
        s.add(bytes(Wire.ROMEO));
        s.add(bytes("HTTP/1.1 200 OK\nContent-Type: text/plain\nContent-Length: 167\n\n" + Wire.ROMEO));
        s.add(bytes("HTTP/1.1 200 OK\r\nX-Long: first part\r\n  second part\r\nContent-Length: 2\r\n\r\nhi"));
        s.add(bytes("HTTP/1.1 100 Continue\r\n\r\n" + Wire.ROMEO_REPLY + Wire.NOT_FOUND));
        s.add(bytes("HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n" + Wire.ROMEO));
        s.add(bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n"));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(bytes("HTTP/1.1 200 OK\r\nContent-Length: 300\r\n\r\n"));
        png.writeBytes(OddResponsesTest.png(300));
        s.add(png.toByteArray());
        return s;
    }

    /** Feeds in the given piece sizes (cycled), then closes. */
    static List<Annotation> runSplit(String method, byte[] reply, Random rnd, int maxPiece) {
        ResponseAnnotator a = new ResponseAnnotator(method);
        List<Annotation> out = new ArrayList<>();
        int i = 0;
        while (i < reply.length) {
            int n = Math.min(reply.length - i, rnd.nextInt(maxPiece + 1));
            out.addAll(a.feed(reply, i, n)); // n may be 0: an empty feed must be harmless
            i += n;
        }
        out.addAll(a.endOfStream());
        return out;
    }

    @Test
    void randomSplitsGiveTheSameAnnotations() {
        Random rnd = new Random(42);
        for (byte[] reply : samples()) {
            List<Annotation> whole = Wire.run("GET", reply);
            assertEquals(whole, Wire.runByteByByte("GET", reply));
            for (int round = 0; round < 30; round++) {
                assertEquals(whole, runSplit("GET", reply, rnd, 1 + rnd.nextInt(40)), () -> Wire.dump(whole));
            }
        }
    }

    @Test
    void splitsGiveTheSameStateToo() {
        byte[] reply = bytes(Wire.ROMEO_REPLY + Wire.NOT_FOUND);
        ResponseAnnotator whole = new ResponseAnnotator("GET");
        whole.feed(reply);
        ResponseAnnotator pieces = new ResponseAnnotator("GET");
        for (int i = 0; i < reply.length; i += 7) {
            pieces.feed(reply, i, 7);
        }
        assertTrue(pieces.isComplete());
        assertEquals(whole.headers().toString(), pieces.headers().toString());
        assertEquals(new String(whole.surplus()), new String(pieces.surplus()));
    }

    private static void assertSane(List<Annotation> out) {
        assertFalse(out.isEmpty());
        assertEquals(Kind.SUMMARY, out.get(out.size() - 1).kind());
        for (Annotation a : out) {
            assertFalse(a.title().contains("Internal error"), () -> Wire.dump(out));
            assertTrue(a.raw().length <= ResponseAnnotator.MAX_LINE + ResponseAnnotator.PREVIEW);
        }
    }

    @Test
    void randomBytesNeverThrow() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Random rnd = new Random(1234);
            for (int round = 0; round < 3000; round++) {
                byte[] junk = new byte[rnd.nextInt(600)];
                rnd.nextBytes(junk);
                if (round % 3 == 0 && junk.length > 10) {
                    System.arraycopy(bytes("HTTP/1.1 "), 0, junk, 0, 9); // get past the status-line check
                }
                String method = round % 5 == 0 ? "HEAD" : round % 7 == 0 ? null : "GET";
                assertSane(runSplit(method, junk, rnd, 1 + rnd.nextInt(64)));
            }
        });
    }

    @Test
    void mutatedRepliesNeverThrow() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Random rnd = new Random(99);
            byte[] alphabet = bytes("\r\n :;0123456789abcdefHTTP/\t\u0000\u00ff-,");
            List<byte[]> samples = samples();
            for (int round = 0; round < 3000; round++) {
                byte[] m = samples.get(rnd.nextInt(samples.size())).clone();
                int edits = 1 + rnd.nextInt(6);
                for (int e = 0; e < edits; e++) {
                    int at = rnd.nextInt(m.length);
                    switch (rnd.nextInt(3)) {
                        case 0 -> m[at] = alphabet[rnd.nextInt(alphabet.length)];
                        case 1 -> m = Arrays.copyOf(m, at); // truncate
                        default -> m[at] = (byte) rnd.nextInt(256);
                    }
                    if (m.length == 0) {
                        break;
                    }
                }
                assertSane(runSplit("GET", m, rnd, 1 + rnd.nextInt(32)));
                List<Annotation> whole = Wire.run("GET", m);
                assertSane(whole);
            }
        });
    }

    @Test
    void twentyMegabyteBodyKeepsThePreviewBounded() {
        int size = 20 * 1024 * 1024;
        ResponseAnnotator a = new ResponseAnnotator("GET");
        a.feed(bytes("HTTP/1.1 200 OK\r\nContent-Length: " + size + "\r\nContent-Type: application/octet-stream\r\n\r\n"));
        byte[] piece = new byte[64 * 1024];
        Arrays.fill(piece, (byte) 'x');
        List<Annotation> out = new ArrayList<>();
        for (int sent = 0; sent < size; sent += piece.length) {
            out.addAll(a.feed(piece, 0, piece.length));
        }
        assertTrue(a.isComplete());
        assertEquals(size, a.bodyBytesReceived());
        Annotation body = Wire.one(out, Kind.BODY);
        assertEquals(ResponseAnnotator.PREVIEW, body.raw().length);
        assertEquals(size + " of " + size + " bytes ✓", body.detail("received").orElseThrow());
        Wire.assertContains(body.detail("preview").orElseThrow(), (size - ResponseAnnotator.PREVIEW) + " more");
    }

    @Test
    void twentyMegabyteChunkedAndUntilCloseBodiesStayBounded() {
        int size = 20 * 1024 * 1024;
        ResponseAnnotator chunked = new ResponseAnnotator("GET");
        chunked.feed(bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(size) + "\r\n"));
        ResponseAnnotator close = new ResponseAnnotator("GET");
        close.feed(bytes("HTTP/1.0 200 OK\r\n\r\n"));
        byte[] piece = new byte[64 * 1024];
        for (int sent = 0; sent < size; sent += piece.length) {
            chunked.feed(piece, 0, piece.length);
            close.feed(piece, 0, piece.length);
        }
        List<Annotation> out = chunked.feed(bytes("\r\n0\r\n\r\n"));
        assertTrue(chunked.isComplete());
        assertEquals(ResponseAnnotator.PREVIEW + 2, Wire.one(out, Kind.CHUNK_DATA).raw().length);
        assertEquals(ResponseAnnotator.PREVIEW, Wire.one(out, Kind.BODY).raw().length);
        assertEquals(Display.HEX, Wire.one(out, Kind.BODY).display());
        List<Annotation> end = close.endOfStream();
        assertEquals(size, close.bodyBytesReceived());
        assertEquals(ResponseAnnotator.PREVIEW, Wire.one(end, Kind.BODY).raw().length);
    }

    @Test
    void overlongHeaderLineIsAProblemNotAMemoryHog() {
        ResponseAnnotator a = new ResponseAnnotator("GET");
        List<Annotation> out = new ArrayList<>(a.feed(bytes("HTTP/1.1 200 OK\r\nX-Big: ")));
        byte[] piece = new byte[64 * 1024];
        Arrays.fill(piece, (byte) 'a');
        for (int i = 0; i < 40; i++) {
            out.addAll(a.feed(piece, 0, piece.length));
        }
        out.addAll(a.endOfStream());
        Annotation p = Wire.titled(out, "Line too long");
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(ResponseAnnotator.PREVIEW, p.raw().length);
        assertEquals("The header X-Big had 2,621,447 bytes and no line ending when the connection closed. Clients"
                + " refuse a line this long (Python's http.client stops at 65,536 bytes), so here HTTP parsing stops"
                + " and the reply ends here.", p.detail("problem").orElseThrow());
        assertEquals("the first 4096 of its 2,621,447 bytes are kept", p.detail("preview").orElseThrow());
    }

    @Test
    void anOverlongHeaderLineIsNamedAndMeasuredToItsEnd() {
        byte[] huge = new byte[200_000];
        Arrays.fill(huge, (byte) 'a');
        java.io.ByteArrayOutputStream reply = new java.io.ByteArrayOutputStream();
        reply.writeBytes(Wire.bytes("HTTP/1.1 200 OK\r\nX-Huge: "));
        reply.writeBytes(huge);
        reply.writeBytes(Wire.bytes("\r\nContent-Length: 2\r\n\r\nok"));
        byte[] all = reply.toByteArray();
        for (List<Annotation> out : List.of(Wire.run("GET", all), Wire.runByteByByte("GET", all))) {
            Annotation p = Wire.titled(out, "Line too long");
            assertEquals("The header X-Huge is 200,008 bytes long, not counting its line ending. Clients refuse a line"
                    + " this long (Python's http.client stops at 65,536 bytes), so here HTTP parsing stops and the"
                    + " rest is shown as raw bytes.", p.detail("problem").orElseThrow());
            Wire.assertContains(Wire.titled(out, "Unreadable bytes").detail("received").orElseThrow(),
                    "23 more bytes");
            assertEquals(1, Wire.of(out, Kind.STATUS_LINE).size());
        }
    }

    @Test
    void anOverlongLineNamesWhatItIsAndEscapesTheName() {
        String big = "b".repeat(70_000);
        Annotation status = Wire.titled(Wire.run("GET", "HTTP/1.1 200 " + big + "\n"), "Line too long");
        Wire.assertContains(status.detail("problem").orElseThrow(), "The status line is 70,013 bytes long");
        Annotation hostile = Wire.titled(Wire.run("GET", "HTTP/1.1 200 OK\r\nX-\u001b[2J\u009b: " + big + "\r\n"),
                "Line too long");
        Wire.assertContains(hostile.detail("problem").orElseThrow(), "The header X-\\x1B[2J\\x9B is 70,009 bytes long");
        Annotation noColon = Wire.titled(Wire.run("GET", "HTTP/1.1 200 OK\r\n" + big + "\r\n"), "Line too long");
        Wire.assertContains(noColon.detail("problem").orElseThrow(), "A header line with no colon in its first 65,536"
                + " bytes is 70,000 bytes long");
        Annotation chunk = Wire.titled(Wire.run("GET", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "1" + big + "\r\n"), "Line too long");
        Wire.assertContains(chunk.detail("problem").orElseThrow(), "The chunk-size line is 70,001 bytes long");
    }

    @Test
    void tooManyHeaderLines() {
        StringBuilder sb = new StringBuilder("HTTP/1.1 200 OK\r\n");
        for (int i = 0; i < 250; i++) {
            sb.append("X-H").append(i).append(": v\r\n");
        }
        sb.append("\r\n");
        List<Annotation> out = Wire.run("GET", sb.toString());
        assertEquals(ResponseAnnotator.MAX_HEADER_LINES, Wire.of(out, Kind.HEADER).size());
        Wire.titled(out, "Too many header lines");
        assertSane(out);
    }

    @Test
    void endlessNonHttpStreamIsCountedNotStored() {
        ResponseAnnotator a = new ResponseAnnotator("GET");
        byte[] piece = new byte[64 * 1024];
        new Random(5).nextBytes(piece);
        piece[0] = 0;
        for (int i = 0; i < 80; i++) {
            a.feed(piece, 0, piece.length);
        }
        List<Annotation> end = a.endOfStream();
        Annotation body = Wire.one(end, Kind.BODY);
        assertEquals(ResponseAnnotator.PREVIEW, body.raw().length);
        assertEquals(Display.HEX, body.display());
        assertEquals(80L * piece.length, a.bodyBytesReceived());
    }

    @Test
    void badArgumentsAreHarmless() {
        ResponseAnnotator a = new ResponseAnnotator(null);
        assertTrue(a.feed(null, 0, 10).isEmpty());
        byte[] b = bytes("HTTP/1.1 200 OK\r\n");
        assertTrue(a.feed(b, -5, 3).isEmpty()); // offset clamped to 0: "HTT" fed
        assertTrue(a.feed(b, 100, 3).isEmpty());
        assertTrue(a.feed(b, 3, -1).isEmpty());
        assertEquals(1, a.feed(b, 3, 1000).size()); // length clamped: the rest of the line
        assertTrue(a.statusLine().isPresent());
    }
}
