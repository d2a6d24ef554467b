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

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseAnnotatorTest {

    @Test
    void romeoFixtureIs167Bytes() {
        assertEquals(167, Wire.ROMEO.length());
        assertEquals(4, Wire.ROMEO.split("\n").length);
    }

    @Test
    void romeo200EveryPartAnnotated() {
        ResponseAnnotator a = new ResponseAnnotator("GET");
        byte[] reply = bytes(Wire.ROMEO_REPLY);
        List<Annotation> parts = new ArrayList<>(a.feed(reply, 0, reply.length));

        assertTrue(a.isComplete());
        assertTrue(a.headersComplete());
        assertEquals(0, a.surplus().length);
        assertEquals(167, a.bodyBytesReceived());
        assertEquals(BodyFraming.Type.CONTENT_LENGTH, a.framing().type());
        assertEquals(167, a.framing().length());
        assertEquals("HTTP/1.1", a.statusLine().orElseThrow().version());
        assertEquals(200, a.statusLine().orElseThrow().code());
        assertEquals("OK", a.statusLine().orElseThrow().reason());
        assertEquals(11, a.headers().size());

        List<Kind> kinds = parts.stream().map(Annotation::kind).toList();
        List<Kind> expected = new ArrayList<>();
        expected.add(Kind.STATUS_LINE);
        for (int i = 0; i < 11; i++) {
            expected.add(Kind.HEADER);
        }
        expected.add(Kind.BLANK_LINE);
        expected.add(Kind.BODY);
        assertEquals(expected, kinds);
        // the raw parts are exactly the bytes on the wire, in order
        assertEquals(Wire.ROMEO_REPLY, Wire.wireText(parts));
        assertTrue(parts.stream().allMatch(p -> p.severity() == Severity.INFO), Wire.dump(parts));

        Annotation status = parts.get(0);
        assertEquals("HTTP/1.1 200 OK\r\n", new String(status.raw()));
        assertContains(status.detail("version").orElseThrow(), "HTTP/1.1");
        assertContains(status.detail("code").orElseThrow(), "200 — OK");
        assertContains(status.detail("code").orElseThrow(), "2xx success");
        assertContains(status.detail("reason").orElseThrow(), "for humans");

        Annotation etag = titled(parts, "ETag");
        assertEquals("\"a7-54f6609245537\"", etag.detail("value").orElseThrow());
        assertContains(etag.detail("size").orElseThrow(), "a7 hex = 167 bytes");
        for (String name : List.of("Date", "Server", "Last-Modified", "Accept-Ranges", "Content-Length", "Cache-Control",
                "Pragma", "Expires", "Connection", "Content-Type")) {
            Annotation h = titled(parts, name);
            assertEquals(Kind.HEADER, h.kind());
            assertTrue(HeaderGlossary.isKnown(name), name);
            assertTrue(h.detail("means").isPresent());
        }

        Annotation blank = one(parts, Kind.BLANK_LINE);
        assertEquals("\r\n", new String(blank.raw()));
        assertContains(blank.detailText(), "body starts");

        Annotation body = one(parts, Kind.BODY);
        assertEquals(Wire.ROMEO, new String(body.raw()));
        assertEquals("167 of 167 bytes ✓", body.detail("received").orElseThrow());
        assertContains(body.detail("length").orElseThrow(), "Content-Length: 167");
        assertContains(body.detail("content").orElseThrow(), "text");
        assertEquals(Display.TEXT, body.display());

        List<Annotation> end = a.endOfStream();
        Annotation summary = one(end, Kind.SUMMARY);
        assertContains(summary.detail("received").orElseThrow(), reply.length + " bytes in total");
        assertContains(summary.detail("ended").orElseThrow(), "complete");
        assertContains(summary.detail("parts").orElseThrow(), "11 headers");
        assertEquals("none", summary.detail("problems").orElseThrow());
    }

    @Test
    void completeAfterExactly167BodyBytes() {
        ResponseAnnotator a = new ResponseAnnotator("GET");
        byte[] head = bytes(Wire.ROMEO_HEADERS);
        a.feed(head, 0, head.length);
        assertTrue(a.headersComplete());
        assertFalse(a.isComplete());
        byte[] body = bytes(Wire.ROMEO);
        a.feed(body, 0, 166);
        assertFalse(a.isComplete());
        assertEquals(166, a.bodyBytesReceived());
        assertContains(a.inProgress().orElseThrow().detailText(), "still holding the connection");
        List<Annotation> last = a.feed(body, 166, 1);
        assertTrue(a.isComplete());
        assertEquals(Kind.BODY, last.get(0).kind());
        assertTrue(a.inProgress().isEmpty());
    }

    @Test
    void notFound404() {
        List<Annotation> parts = run("GET", Wire.NOT_FOUND);
        Annotation status = one(parts, Kind.STATUS_LINE);
        assertContains(status.detail("code").orElseThrow(), "404 — Not Found");
        assertContains(status.detail("code").orElseThrow(), "4xx client error");
        Annotation body = one(parts, Kind.BODY);
        assertContains(body.detail("content").orElseThrow(), "charset iso-8859-1");
        assertContains(body.detail("received").orElseThrow(), "✓");
        assertTrue(titled(parts, "Content-Type").detail("value").orElseThrow().startsWith("text/html"));
    }

    @Test
    void badRequest400FromApache() {
        String html = "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>400 Bad Request</title>\n"
                + "</head><body>\n<h1>Bad Request</h1>\n<p>Your browser sent a request that this server could not understand.<br />\n"
                + "</p>\n</body></html>\n";
        String reply = "HTTP/1.1 400 Bad Request\r\nDate: Thu, 26 Nov 2026 10:00:00 GMT\r\nServer: Apache/2.4.52 (Ubuntu)\r\n"
                + "Content-Length: " + html.length() + "\r\nConnection: close\r\nContent-Type: text/html; charset=iso-8859-1\r\n\r\n"
                + html;
        ResponseAnnotator a = new ResponseAnnotator("GET");
        a.feed(bytes(reply));
        assertTrue(a.isComplete());
        List<Annotation> end = a.endOfStream();
        assertEquals(List.of(Kind.SUMMARY), end.stream().map(Annotation::kind).toList());
        List<Annotation> parts = run("GET", reply);
        assertContains(one(parts, Kind.STATUS_LINE).detail("code").orElseThrow(), "400 — Bad Request");
        assertContains(one(parts, Kind.STATUS_LINE).detail("code").orElseThrow(), "line endings");
    }

    @Test
    void headReplyHasNoBodyAndCompletesAfterHeaders() {
        ResponseAnnotator a = new ResponseAnnotator("HEAD");
        List<Annotation> parts = a.feed(bytes(Wire.ROMEO_HEADERS));
        assertTrue(a.isComplete());
        assertEquals(BodyFraming.Type.NONE, a.framing().type());
        Annotation body = one(parts, Kind.BODY);
        assertEquals(Display.NONE, body.display());
        assertContains(body.detail("length").orElseThrow(), "HEAD");
        assertEquals(0, a.bodyBytesReceived());
        assertEquals("167", a.headers().stream().filter(h -> h.is("content-length")).findFirst().orElseThrow().value());
    }

    @Test
    void aLowercaseHeadIsNotHeadSoItsReplyHasABody() {
        // methods are case-sensitive: a server answers "head" as an unknown method (Apache: 501, with a page)
        ResponseAnnotator a = new ResponseAnnotator("head");
        a.feed(bytes(Wire.ROMEO_HEADERS));
        assertFalse(a.isComplete(), "the 167 bytes of body are still to come");
    }

    @Test
    void notModified304HasNoBody() {
        String reply = "HTTP/1.1 304 Not Modified\r\nDate: Thu, 26 Nov 2026 10:00:00 GMT\r\nServer: Apache/2.4.52 (Ubuntu)\r\n"
                + "Last-Modified: Sat, 13 May 2017 11:22:22 GMT\r\nETag: \"a7-54f6609245537\"\r\nConnection: close\r\n\r\n";
        ResponseAnnotator a = new ResponseAnnotator("GET");
        List<Annotation> parts = a.feed(bytes(reply));
        assertTrue(a.isComplete());
        assertContains(one(parts, Kind.BODY).detail("length").orElseThrow(), "304");
        assertContains(one(parts, Kind.STATUS_LINE).detail("code").orElseThrow(), "cached copy");
    }

    @Test
    void noContent204IgnoresContentLength() {
        String reply = "HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n";
        ResponseAnnotator a = new ResponseAnnotator("GET");
        a.feed(bytes(reply));
        assertTrue(a.isComplete());
        assertEquals(BodyFraming.Type.NONE, a.framing().type());
        a.feed(bytes("HTTP/1.1 200 OK\r\n"));
        assertEquals("HTTP/1.1 200 OK\r\n", new String(a.surplus()));
    }

    @Test
    void partialContent206WithContentRange() {
        String part = Wire.ROMEO.substring(0, 48);
        String reply = "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 0-47/167\r\nContent-Length: 48\r\n"
                + "Content-Type: text/plain\r\n\r\n" + part;
        List<Annotation> parts = run("GET", reply);
        Annotation cr = titled(parts, "Content-Range");
        assertEquals("bytes 0-47/167", cr.detail("value").orElseThrow());
        assertContains(cr.detail("means").orElseThrow(), "full size");
        assertContains(one(parts, Kind.STATUS_LINE).detail("code").orElseThrow(), "206 — Partial Content");
        assertEquals("48 of 48 bytes ✓", one(parts, Kind.BODY).detail("received").orElseThrow());
    }

    @Test
    void interim100ThenFinalResponse() {
        String reply = "HTTP/1.1 100 Continue\r\n\r\n" + Wire.ROMEO_REPLY;
        ResponseAnnotator a = new ResponseAnnotator("POST");
        List<Annotation> parts = a.feed(bytes(reply));
        assertTrue(a.isComplete());
        assertEquals(1, a.interimResponses());
        assertEquals(200, a.statusLine().orElseThrow().code());
        assertEquals(11, a.headers().size());
        assertEquals(2, of(parts, Kind.STATUS_LINE).size());
        assertContains(parts.get(1).title(), "interim");
        assertEquals("167 of 167 bytes ✓", one(parts, Kind.BODY).detail("received").orElseThrow());
    }

    @Test
    void switchingProtocols101LeavesTheRestAsSurplus() {
        ResponseAnnotator a = new ResponseAnnotator("GET");
        a.feed(bytes("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n\u0081\u0005hello"));
        assertTrue(a.isComplete());
        assertEquals(7, a.surplus().length);
    }

    @Test
    void keepAliveTwoResponsesBackToBack() {
        String first = "HTTP/1.1 200 OK\r\nContent-Length: 167\r\nKeep-Alive: timeout=5, max=100\r\nConnection: Keep-Alive\r\n"
                + "Content-Type: text/plain\r\n\r\n" + Wire.ROMEO;
        String both = first + Wire.NOT_FOUND;
        ResponseAnnotator a = new ResponseAnnotator("GET");
        List<Annotation> parts = a.feed(bytes(both));
        assertTrue(a.isComplete());
        assertEquals(1, of(parts, Kind.STATUS_LINE).size());
        assertEquals(Wire.NOT_FOUND, new String(a.surplus(), java.nio.charset.StandardCharsets.ISO_8859_1));
        assertContains(titled(parts, "Keep-Alive").detail("means").orElseThrow(), "timeout");

        ResponseAnnotator second = new ResponseAnnotator("GET");
        second.feed(a.surplus());
        assertTrue(second.isComplete());
        assertEquals(404, second.statusLine().orElseThrow().code());

        List<Annotation> end = a.endOfStream();
        assertContains(titled(end, "Extra bytes").detailText(), "second reply");
    }

    @Test
    void invalidContentLengthIsAnErrorAndReadsUntilClose() {
        ResponseAnnotator a = new ResponseAnnotator("GET");
        List<Annotation> parts = new ArrayList<>(a.feed(bytes("HTTP/1.1 200 OK\r\nContent-Length: 12abc\r\n\r\nhello")));
        assertEquals(BodyFraming.Type.UNTIL_CLOSE, a.framing().type());
        assertEquals(Severity.ERROR, titled(parts, "Content-Length").severity());
        assertEquals(Severity.ERROR, titled(parts, "Invalid Content-Length").severity());
        parts.addAll(a.endOfStream());
        assertEquals(5, a.bodyBytesReceived());
        assertEquals(Severity.ERROR, one(parts, Kind.SUMMARY).severity());
    }

    @Test
    void conflictingContentLengthsAreFlagged() {
        List<Annotation> parts = run("GET", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!");
        List<Annotation> cls = parts.stream().filter(p -> p.title().equals("Content-Length")).toList();
        assertEquals(2, cls.size());
        assertEquals(Severity.INFO, cls.get(0).severity());
        assertEquals(Severity.ERROR, cls.get(1).severity());
        assertContains(cls.get(1).detailText(), "disagrees");
        titled(parts, "Invalid Content-Length");
    }

    @Test
    void repeatedEqualContentLengthIsAccepted() {
        ResponseAnnotator a = new ResponseAnnotator("GET");
        a.feed(bytes("HTTP/1.1 200 OK\r\nContent-Length: 5\r\ncontent-length: 5\r\n\r\nhello"));
        assertTrue(a.isComplete());
        assertEquals(5, a.framing().length());
    }

    @Test
    void transferEncodingWinsOverContentLength() {
        ResponseAnnotator a = new ResponseAnnotator("GET");
        List<Annotation> parts = a.feed(bytes("HTTP/1.1 200 OK\r\nContent-Length: 100\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nhello\r\n0\r\n\r\n"));
        assertTrue(a.isComplete());
        assertEquals(5, a.bodyBytesReceived());
        assertEquals(Severity.WARNING, titled(parts, "Both Transfer-Encoding and Content-Length").severity());
    }

    @Test
    void contentLengthZeroCompletesAtBlankLine() {
        ResponseAnnotator a = new ResponseAnnotator("GET");
        List<Annotation> parts = a.feed(bytes("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"));
        assertTrue(a.isComplete());
        assertEquals("Empty body", one(parts, Kind.BODY).title());
    }

    @Test
    void emptyReplyIsExplained() {
        ResponseAnnotator a = new ResponseAnnotator("GET");
        List<Annotation> parts = a.endOfStream();
        assertContains(titled(parts, "No reply").detailText(), "without sending a single byte");
        assertFalse(a.isComplete());
        assertTrue(a.endOfStream().isEmpty());
        assertTrue(a.feed(bytes("late")).isEmpty());
    }

    @Test
    void unknownStatusCodeStillGetsItsClass() {
        List<Annotation> parts = run("GET", "HTTP/1.1 299 Whatever\r\nContent-Length: 0\r\n\r\n");
        Annotation s = one(parts, Kind.STATUS_LINE);
        assertContains(s.detail("code").orElseThrow(), "2xx success");
        assertContains(s.detail("code").orElseThrow(), "not a code we know");
    }

    @Test
    void headerNamesAreCaseInsensitiveAndProblemsFlagged() {
        List<Annotation> parts = run("GET", "HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\nHost : x\r\nNoColonHere\r\n"
                + "X-Thing: 1\r\nContent-Length: 2\r\n\r\nhi");
        assertContains(titled(parts, "content-type").detail("means").orElseThrow(), "media type");
        Annotation host = titled(parts, "Host");
        assertEquals(Severity.ERROR, host.severity());
        assertContains(host.detailText(), "whitespace between the field name and the colon");
        Annotation noColon = titled(parts, "without a colon");
        assertEquals(Kind.PROBLEM, noColon.kind());
        assertEquals("NoColonHere\r\n", new String(noColon.raw()));
        assertContains(titled(parts, "X-Thing").detail("means").orElseThrow(), "non-standard");
    }

    @Test
    void statusLineSplitAcrossFeedsIsEmittedOnce() {
        ResponseAnnotator a = new ResponseAnnotator("GET");
        assertTrue(a.feed(bytes("HTTP/1.")).isEmpty());
        assertTrue(a.feed(bytes("1 200 O")).isEmpty());
        List<Annotation> p = a.feed(bytes("K\r\nDate: x"));
        assertEquals(1, p.size());
        assertEquals(Kind.STATUS_LINE, p.get(0).kind());
        assertArrayEquals(bytes("HTTP/1.1 200 OK\r\n"), p.get(0).raw());
    }

    @Test
    void statusLineParse() {
        StatusLine s = StatusLine.parse("HTTP/1.1 404 Not Found\r\n").orElseThrow();
        assertEquals("HTTP/1.1", s.version());
        assertEquals(404, s.code());
        assertEquals("Not Found", s.reason());
        assertEquals(200, StatusLine.parse("HTTP/1.0 200").orElseThrow().code());
        assertTrue(StatusLine.parse("HTTP/1.1 20 OK").isEmpty());
        assertTrue(StatusLine.parse("HTTP/1.1 2000 OK").isEmpty());
        assertTrue(StatusLine.parse("hello").isEmpty());
        assertTrue(StatusLine.parse((byte[]) null).isEmpty());
    }

    @Test
    void malformedStatusLineIsAProblemButHeadersStillRead() {
        ResponseAnnotator a = new ResponseAnnotator("GET");
        List<Annotation> parts = new ArrayList<>(a.feed(bytes("HTTP/1.1 OK\r\nContent-Length: 2\r\n\r\nhi")));
        assertEquals("Unreadable status line", parts.get(0).title());
        assertTrue(a.statusLine().isEmpty());
        assertTrue(a.isComplete());
    }

    @Test
    void notImplemented501WithAllow() {
        List<Annotation> parts = run("FOO", "HTTP/1.1 501 Not Implemented\r\nAllow: GET,POST,OPTIONS,HEAD\r\n"
                + "Content-Length: 0\r\nConnection: close\r\n\r\n");
        assertContains(one(parts, Kind.STATUS_LINE).detail("code").orElseThrow(), "case-sensitive");
        assertContains(titled(parts, "Allow").detail("means").orElseThrow(), "methods");
    }

    @Test
    void headerIsEmittedWhenTheNextLineShowsItIsNotFolded() {
        ResponseAnnotator a = new ResponseAnnotator("GET");
        a.feed(bytes("HTTP/1.1 200 OK\r\n"));
        assertTrue(a.feed(bytes("Server: Apache\r\n")).isEmpty());
        List<Annotation> p = a.feed(bytes("D"));
        assertEquals(1, p.size());
        assertEquals("Server", p.get(0).title());
        assertEquals("Apache", a.headers().get(0).value());
    }

    @Test
    void summaryCanBeAskedForWithoutClosing() {
        ResponseAnnotator a = new ResponseAnnotator("GET");
        a.feed(bytes(Wire.ROMEO_REPLY));
        Annotation s = a.summary();
        assertEquals(Kind.SUMMARY, s.kind());
        assertContains(s.detail("ended").orElseThrow(), "complete: all 167 bytes");
    }
}
