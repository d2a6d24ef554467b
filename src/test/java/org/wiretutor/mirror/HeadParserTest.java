package org.wiretutor.mirror;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.wiretutor.http.core.DiagnosisKind;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The event loop feeds a head in whatever pieces the network delivers; the verdict, the byte it is reached at and
 * the bytes kept must not depend on how the head was cut.
 */
class HeadParserTest {

    private static final List<String> HEADS = List.of(
            "GET /romeo.txt HTTP/1.0\r\n\r\n",
            "GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\r\nConnection: close\r\n\r\n",
            "\r\n\r\nGET / HTTP/1.0\r\n\r\n",
            "GET /romeo.txt HTTP/1.0\n\n",
            "GET /romeo.txt HTTP/2.0\r\nHost: x\r\n\r\n",
            "GET /romeo.txt\r\n",
            "get /romeo.txt http/1.0\r\n\r\n",
            "GET /romeo.txt HTTP/1.1\r\nHost : x\r\n\r\n",
            "GET /romeo.txt HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n",
            "GET /romeo.txt HTTP/1.1\r\n\r\n",
            "GET /" + "a".repeat(9000) + " HTTP/1.0\r\n\r\n",
            "GET / HTTP/1.0\r\nX-Big: " + "b".repeat(9000) + "\r\n\r\n");

    private record Verdict(HeadResult result, int consumed, byte[] received) {
    }

    private static Verdict whole(byte[] bytes) {
        HeadParser parser = new HeadParser();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        HeadResult result = parser.feed(in);
        return new Verdict(result, in.position(), parser.received());
    }

    private static Verdict byteByByte(byte[] bytes) {
        HeadParser parser = new HeadParser();
        for (int i = 0; i < bytes.length; i++) {
            HeadResult result = parser.feed(ByteBuffer.wrap(bytes, i, 1));
            if (result != null) {
                return new Verdict(result, i + 1, parser.received());
            }
        }
        return new Verdict(null, bytes.length, parser.received());
    }

    @Test
    void aHeadCutIntoSingleBytesGetsTheSameVerdictAtTheSameByte() {
        for (String head : HEADS) {
            byte[] bytes = (head + "GET /next HTTP/1.0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
            Verdict one = whole(bytes);
            Verdict many = byteByByte(bytes);
            assertEquals(one.result(), many.result(), head);
            assertEquals(one.consumed(), many.consumed(), head);
            assertArrayEquals(one.received(), many.received(), head);
        }
    }

    @Test
    void bytesAfterTheHeadStayForTheNextRequest() {
        byte[] two = "GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        HeadParser parser = new HeadParser();
        ByteBuffer in = ByteBuffer.wrap(two);
        HeadResult first = parser.feed(in);
        assertEquals("/a", assertInstanceOf(HeadResult.Accepted.class, first).head().target());
        assertEquals(two.length / 2, in.position());
        parser.reset();
        HeadResult second = parser.feed(in);
        assertEquals("/b", assertInstanceOf(HeadResult.Accepted.class, second).head().target());
        assertEquals(two.length / 2, parser.received().length);
    }

    @Test
    void anUnfinishedHeadWaitsThenEndsAsTheClientOrTheClockDecides() {
        HeadParser parser = new HeadParser();
        assertNull(parser.feed(ByteBuffer.wrap("GET / HTTP/1.0\r\nHost".getBytes(StandardCharsets.US_ASCII))));
        HeadResult.Rejected late = assertInstanceOf(HeadResult.Rejected.class, parser.timedOut());
        assertEquals(408, late.status());
        assertEquals("GET / HTTP/1.0", late.requestLine());

        parser.reset();
        assertEquals(DiagnosisKind.NOTHING_RECEIVED,
                assertInstanceOf(HeadResult.Silent.class, parser.timedOut()).diagnosis().kind());
        parser.reset();
        assertNull(parser.feed(ByteBuffer.wrap("GET / HTTP/1.0\r\n".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(DiagnosisKind.NO_BLANK_LINE,
                assertInstanceOf(HeadResult.Silent.class, parser.closed()).diagnosis().kind());
    }
}
