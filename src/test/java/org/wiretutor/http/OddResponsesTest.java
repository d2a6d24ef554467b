package org.wiretutor.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wiretutor.http.Wire.assertContains;
import static org.wiretutor.http.Wire.bytes;
import static org.wiretutor.http.Wire.of;
import static org.wiretutor.http.Wire.one;
import static org.wiretutor.http.Wire.run;
import static org.wiretutor.http.Wire.titled;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test (at least) per row of odd-responses.md. */
class OddResponsesTest {

    static final String CHUNK1 = Wire.ROMEO.substring(0, 0x31);
    static final String CHUNK2 = Wire.ROMEO.substring(0x31);
    static final String CHUNKED = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n"
            + "31\r\n" + CHUNK1 + "\r\n76;ext=1\r\n" + CHUNK2 + "\r\n0\r\nX-Trailer: yes\r\n\r\n";

    @Test
    void chunkedWithExtensionAndTrailer() {
        assertEquals(0x76, CHUNK2.length());
        ResponseAnnotator a = new ResponseAnnotator("GET");
        List<Annotation> parts = new ArrayList<>(a.feed(bytes(CHUNKED)));
        assertTrue(a.isComplete());
        assertEquals(BodyFraming.Type.CHUNKED, a.framing().type());
        assertEquals(167, a.bodyBytesReceived());

        List<Kind> tail = parts.subList(parts.indexOf(titled(parts, "end of headers")) + 1, parts.size()).stream()
                .map(Annotation::kind).toList();
        assertEquals(List.of(Kind.CHUNK_SIZE, Kind.CHUNK_DATA, Kind.CHUNK_SIZE, Kind.CHUNK_DATA, Kind.LAST_CHUNK,
                Kind.TRAILER, Kind.BLANK_LINE, Kind.BODY), tail);

        List<Annotation> sizes = of(parts, Kind.CHUNK_SIZE);
        assertEquals("31\r\n", new String(sizes.get(0).raw()));
        assertContains(sizes.get(0).detail("size").orElseThrow(), "31 hex = 49 bytes");
        assertContains(sizes.get(0).title(), "31 hex = 49 bytes");
        assertEquals("76;ext=1\r\n", new String(sizes.get(1).raw()));
        assertContains(sizes.get(1).detail("size").orElseThrow(), "76 hex = 118 bytes");
        assertContains(sizes.get(1).detail("extension").orElseThrow(), ";ext=1");

        List<Annotation> data = of(parts, Kind.CHUNK_DATA);
        assertEquals(CHUNK1 + "\r\n", new String(data.get(0).raw()));
        assertEquals(CHUNK2 + "\r\n", new String(data.get(1).raw()));
        assertEquals(Display.TEXT, data.get(0).display());

        Annotation last = one(parts, Kind.LAST_CHUNK);
        assertEquals("0\r\n", new String(last.raw()));
        Annotation trailer = one(parts, Kind.TRAILER);
        assertEquals("X-Trailer", trailer.title());
        assertEquals("yes", trailer.detail("value").orElseThrow());
        assertEquals("X-Trailer", a.trailers().get(0).name());

        Annotation body = one(parts, Kind.BODY);
        assertEquals(Wire.ROMEO, new String(body.raw()));
        assertContains(body.detail("received").orElseThrow(), "167 bytes in total, decoded from 2 chunks");
        assertContains(body.detail("length").orElseThrow(), "chunked");
        assertTrue(parts.stream().allMatch(p -> p.severity() == Severity.INFO), Wire.dump(parts));

        List<Annotation> end = a.endOfStream();
        assertContains(one(end, Kind.SUMMARY).detail("parts").orElseThrow(), "2 chunks");
    }

    @Test
    void chunkedCutOffIsReported() {
        String cut = CHUNKED.substring(0, CHUNKED.indexOf("76;") + 20);
        ResponseAnnotator a = new ResponseAnnotator("GET");
        List<Annotation> parts = new ArrayList<>(a.feed(bytes(cut)));
        assertTrue(a.inProgress().isPresent());
        parts.addAll(a.endOfStream());
        assertFalse(a.isComplete());
        titled(parts, "Chunked body not finished");
        assertContains(of(parts, Kind.CHUNK_DATA).get(1).detail("size").orElseThrow(), "only 10 of them arrived");
    }

    @Test
    void badChunkSizeBecomesGarbage() {
        List<Annotation> parts = run("GET", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nstuff");
        assertEquals(Severity.ERROR, titled(parts, "Bad chunk-size line").severity());
        assertContains(titled(parts, "Unreadable bytes").detail("received").orElseThrow(), "5 more bytes");
    }

    @Test
    void chunkDataLongerThanItsSize() {
        List<Annotation> parts = run("GET", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n");
        Annotation data = one(parts, Kind.CHUNK_DATA);
        assertEquals(Severity.ERROR, data.severity());
        assertContains(data.detailText(), "instead of CR LF");
    }

    static byte[] png(int size) {
        byte[] b = new byte[size];
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        System.arraycopy(sig, 0, b, 0, sig.length);
        for (int i = sig.length; i < size; i++) {
            b[i] = (byte) (i * 31);
        }
        return b;
    }

    @Test
    void binaryPngBodyIsSniffedAndShownAsHex() {
        byte[] img = png(300);
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        reply.writeBytes(bytes("HTTP/1.1 200 OK\r\nContent-Length: 300\r\nContent-Type: image/png\r\n\r\n"));
        reply.writeBytes(img);
        List<Annotation> parts = run("GET", reply.toByteArray());
        Annotation body = one(parts, Kind.BODY);
        assertEquals(Display.HEX, body.display());
        assertContains(body.detail("content").orElseThrow(), "PNG image");
        assertEquals("300 of 300 bytes ✓", body.detail("received").orElseThrow());
        assertArrayEquals(img, body.raw());
    }

    @Test
    void pngWithoutContentTypeAndWrongTextTypeStillSniffed() {
        byte[] img = png(50);
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        reply.writeBytes(bytes("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n"));
        reply.writeBytes(img);
        Annotation body = one(run("GET", reply.toByteArray()), Kind.BODY);
        assertEquals(Display.HEX, body.display());
        assertContains(body.detail("content").orElseThrow(), "which is wrong");
    }

    @Test
    void headersThenCloseWithNoBlankLine() {
        String reply = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 167\r\n";
        ResponseAnnotator a = new ResponseAnnotator("GET");
        List<Annotation> parts = new ArrayList<>(a.feed(bytes(reply)));
        // the last header is held back until the next line shows it is not folded
        assertEquals(2, parts.size());
        parts.addAll(a.endOfStream());
        assertEquals(2, of(parts, Kind.HEADER).size());
        assertFalse(a.headersComplete());
        assertFalse(a.isComplete());
        Annotation p = titled(parts, "The blank line never came");
        assertEquals(Severity.ERROR, p.severity());
        assertContains(p.detailText(), "no body");
        assertContains(one(parts, Kind.SUMMARY).detail("ended").orElseThrow(), "before the blank line");
    }

    @Test
    void headersCutInTheMiddleOfALine() {
        List<Annotation> parts = run("GET", "HTTP/1.1 200 OK\r\nContent-Ty");
        assertEquals("Content-Ty", new String(titled(parts, "Cut-off line").raw()));
        titled(parts, "The blank line never came");
    }

    @Test
    void http09BodyOnly() {
        ResponseAnnotator a = new ResponseAnnotator("GET");
        List<Annotation> parts = new ArrayList<>(a.feed(bytes(Wire.ROMEO)));
        assertEquals(1, parts.size());
        assertEquals(Kind.PROBLEM, parts.get(0).kind());
        assertContains(parts.get(0).detailText(), "HTTP/0.9");
        assertContains(parts.get(0).detailText(), "no version");
        assertTrue(a.isHttp09());
        assertTrue(a.statusLine().isEmpty());
        assertFalse(a.isComplete());
        parts.addAll(a.endOfStream());
        assertTrue(a.isComplete());
        Annotation body = one(parts, Kind.BODY);
        assertEquals(Wire.ROMEO, new String(body.raw()));
        assertContains(body.detail("received").orElseThrow(), "167 bytes, ended when the server closed the connection");
        assertEquals(BodyFraming.Type.UNTIL_CLOSE, a.framing().type());
    }

    @Test
    void http09EvenWhenStartIsAlmostHttp() {
        ResponseAnnotator a = new ResponseAnnotator("GET");
        a.feed(bytes("HTTP"));
        assertFalse(a.isHttp09());
        a.feed(bytes(" is fun"));
        assertTrue(a.isHttp09());
        a.endOfStream();
        assertEquals(11, a.bodyBytesReceived());
    }

    @Test
    void bareLfAcceptedAndFlaggedEveryTime() {
        String reply = "HTTP/1.1 200 OK\nContent-Type: text/plain\nContent-Length: 167\n\n" + Wire.ROMEO;
        ResponseAnnotator a = new ResponseAnnotator("GET");
        List<Annotation> parts = a.feed(bytes(reply));
        assertTrue(a.isComplete());
        assertEquals(2, a.headers().size());
        List<Annotation> lined = parts.stream().filter(p -> p.detail("line ending").isPresent()).toList();
        assertEquals(4, lined.size(), Wire.dump(parts));
        assertTrue(lined.stream().allMatch(p -> p.severity() == Severity.WARNING));
        assertContains(lined.get(0).detail("line ending").orElseThrow(), "bare LF");
        assertEquals("167 of 167 bytes ✓", one(parts, Kind.BODY).detail("received").orElseThrow());
        assertEquals("Content-Type: text/plain\n", new String(titled(parts, "Content-Type").raw()));
    }

    @Test
    void obsFoldIsJoinedAndFlagged() {
        String reply = "HTTP/1.1 200 OK\r\nX-Long: first part\r\n  second part\r\n\tthird\r\nContent-Length: 2\r\n\r\nhi";
        ResponseAnnotator a = new ResponseAnnotator("GET");
        List<Annotation> parts = a.feed(bytes(reply));
        assertTrue(a.isComplete());
        assertEquals("first part second part third", a.headers().get(0).value());
        Annotation h = titled(parts, "X-Long");
        assertEquals("X-Long: first part\r\n  second part\r\n\tthird\r\n", new String(h.raw()));
        assertEquals(Severity.WARNING, h.severity());
        assertContains(h.detail("folded").orElseThrow(), "obsolete");
        assertEquals(2, of(parts, Kind.HEADER).size());
    }

    @Test
    void indentedLineWithNothingToContinue() {
        List<Annotation> parts = run("GET", "HTTP/1.1 200 OK\r\n  oops\r\nContent-Length: 0\r\n\r\n");
        assertEquals(Kind.PROBLEM, titled(parts, "Stray indented line").kind());
    }

    @Test
    void contentLength500ButOnly167ThenStallThenClose() {
        String reply = "HTTP/1.1 200 OK\r\nContent-Length: 500\r\nContent-Type: text/plain\r\n\r\n" + Wire.ROMEO;
        ResponseAnnotator a = new ResponseAnnotator("GET");
        List<Annotation> parts = new ArrayList<>(a.feed(bytes(reply)));
        assertTrue(of(parts, Kind.BODY).isEmpty());
        assertFalse(a.isComplete());
        Annotation stall = a.inProgress().orElseThrow();
        assertEquals("received 167 but Content-Length promised 500 — the server is still holding the connection"
                + " (333 bytes to come)", stall.detail("received").orElseThrow());
        parts.addAll(a.endOfStream());
        assertFalse(a.isComplete());
        Annotation body = one(parts, Kind.BODY);
        assertEquals(Severity.ERROR, body.severity());
        assertContains(body.detail("received").orElseThrow(), "received 167 but Content-Length promised 500");
        assertContains(titled(parts, "Body shorter than declared").detailText(), "333 bytes are missing");
    }

    @Test
    void bodyLongerThanDeclared() {
        String reply = "HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\n" + Wire.ROMEO;
        ResponseAnnotator a = new ResponseAnnotator("GET");
        List<Annotation> parts = new ArrayList<>(a.feed(bytes(reply)));
        assertTrue(a.isComplete());
        assertEquals(67, a.surplus().length);
        assertEquals(a.afterMessage().orElseThrow(), a.afterMessage().orElseThrow());
        parts.addAll(a.endOfStream());
        Annotation extra = titled(parts, "Not part of the reply: 67 bytes after the body");
        assertEquals(Wire.ROMEO.substring(100), new String(extra.raw()));
        assertEquals("67 bytes after the body are not part of this reply. Content-Length said 100, so a client stops"
                + " reading after 100 bytes of body and never sees them: the server sent more than it declared.",
                extra.detail("problem").orElseThrow());
        assertEquals(org.wiretutor.text.Escape.wire(bytes(Wire.ROMEO.substring(100))), extra.detail("bytes").orElseThrow());
        assertEquals(a.afterMessage().orElseThrow(), extra);
        assertTrue(parts.stream().noneMatch(p -> p.toString().contains("HTTP/0.9")), parts::toString);
    }

    @Test
    void bytesAfterAChunkedBodyOrNoBodyAreNotPartOfTheReply() {
        List<Annotation> chunked = Wire.run("GET", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "2\r\nhi\r\n0\r\n\r\njunk");
        assertContains(titled(chunked, "Not part of the reply: 4 bytes after the body").detail("problem").orElseThrow(),
                "The chunked body ended with the last chunk (size 0) and its blank line, so a client stops reading there");
        List<Annotation> head = Wire.run("HEAD", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
        Annotation extra = titled(head, "Not part of the reply: 5 bytes after the body");
        assertContains(extra.detail("problem").orElseThrow(), "This reply has no body, so a client stops reading after"
                + " its blank line");
        assertEquals("hello", extra.detail("bytes").orElseThrow());
    }

    @Test
    void manyBytesAfterTheBodyAreCountedAndTheFirstOnesQuoted() {
        String junk = "x".repeat(3000);
        List<Annotation> parts = Wire.run("GET", "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n1" + junk);
        Annotation extra = titled(parts, "Not part of the reply: 3000 bytes after the body");
        assertEquals("x".repeat(1024), extra.detail("bytes").orElseThrow());
        assertEquals("the first 1024 of the 3000 bytes", extra.detail("shown").orElseThrow());
        assertEquals(3000, extra.raw().length);
    }

    @Test
    void nothingAfterTheBodyMeansNoExtraPart() {
        ResponseAnnotator a = new ResponseAnnotator("GET");
        a.feed(bytes("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi"));
        assertTrue(a.isComplete());
        assertTrue(a.afterMessage().isEmpty());
    }

    @Test
    void http10WithoutContentLengthRunsUntilClose() {
        String reply = "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n" + Wire.ROMEO;
        ResponseAnnotator a = new ResponseAnnotator("GET");
        List<Annotation> parts = new ArrayList<>(a.feed(bytes(reply)));
        assertEquals(BodyFraming.Type.UNTIL_CLOSE, a.framing().type());
        assertContains(a.framing().reason(), "no Content-Length and no Transfer-Encoding");
        assertFalse(a.isComplete());
        assertContains(one(parts, Kind.STATUS_LINE).detail("version").orElseThrow(), "HTTP/1.0");
        assertContains(one(parts, Kind.BLANK_LINE).detail("body").orElseThrow(), "until the server closes");
        parts.addAll(a.endOfStream());
        assertTrue(a.isComplete());
        Annotation body = one(parts, Kind.BODY);
        assertContains(body.detail("length").orElseThrow(), "no Content-Length and no Transfer-Encoding, so the body ends when the server closes the connection.");
        assertContains(body.detail("received").orElseThrow(), "167 bytes, ended when the server closed");
        assertContains(one(parts, Kind.SUMMARY).detail("ended").orElseThrow(), "server closed the connection");
    }
}
