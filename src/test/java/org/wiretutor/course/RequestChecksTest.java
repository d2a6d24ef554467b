package org.wiretutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wiretutor.check.Verdict;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.http.core.RequestLine;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.wire.WireEvent;

/** The lessons' request checks judge bytes by the protocol core's diagnoses of them. */
class RequestChecksTest {
    private static final RequestLineCheck ROMEO =
            new RequestLineCheck("GET", List.of("/romeo.txt", "http://data.pr4e.org/romeo.txt"), "HTTP/1.0");

    /** A line as the wire reports it: its bytes, and the request line read without its ending. */
    private static Observation sent(String bytes) {
        String line = bytes.replaceAll("\r?\n$", "");
        return Observation.of(new WireEvent.Sent(bytes.getBytes(StandardCharsets.ISO_8859_1),
                WireEvent.SentKind.REQUEST_LINE, Optional.of(RequestLine.parse(line))));
    }

    private static Observation ended(String head) {
        byte[] bytes = head.getBytes(StandardCharsets.ISO_8859_1);
        return Observation.of(new WireEvent.RequestEnded(bytes, RequestLine.parse(head.split("\r?\n")[0]), List.of(),
                head.replace("\r\n", "").contains("\n")));
    }

    /** A request check that wants one header, whatever its value. */
    private static RequestCheck wanting(String header) {
        return new RequestCheck(new RequestMatch("", List.of(), "", List.of(header), List.of(), ""));
    }

    private static Verdict received(RequestMatch match, String head) {
        LogEntry entry = new LogEntry(Instant.EPOCH, null, "", 200, 0, List.of(), 1,
                head.getBytes(StandardCharsets.ISO_8859_1));
        return new MirrorReceivedCheck(match).judge(new Observation.MirrorReceived(entry));
    }

    private static String words(DiagnosisKind kind) {
        return Diagnosis.of(kind).words();
    }

    @Test
    void theLetterOInAVersionIsPointedAt() {
        Verdict v = ROMEO.judge(sent("GET /romeo.txt HTTP/1.O\r\n"));
        assertEquals(Verdict.Outcome.MISSED, v.outcome());
        assertTrue(v.message().contains("the letter O, where the version has the digit zero"), v.message());
        assertFalse(ROMEO.judge(sent("GET /romeo.txt HTTP/1.1\r\n")).message().contains("letter O"));
    }

    @Test
    void theWantedLineEndedByCrLfPasses() {
        assertEquals(Verdict.PASSED, ROMEO.judge(sent("GET /romeo.txt HTTP/1.0\r\n")));
        assertEquals(Verdict.PASSED, ROMEO.judge(sent("GET http://data.pr4e.org/romeo.txt HTTP/1.0\r\n")));
    }

    @Test
    void aBareLfIsNamedByTheCoresWords() {
        Verdict v = ROMEO.judge(sent("GET /romeo.txt HTTP/1.0\n"));
        assertEquals(Verdict.Outcome.MISSED, v.outcome());
        assertTrue(v.message().contains(words(DiagnosisKind.BARE_LF)), v.message());
    }

    @Test
    void twoSpacesAreNamed() {
        Verdict v = ROMEO.judge(sent("GET  /romeo.txt HTTP/1.0\r\n"));
        assertEquals(Verdict.Outcome.MISSED, v.outcome());
        assertTrue(v.message().contains("more than one space between method and target"), v.message());
    }

    @Test
    void aLowercaseMethodIsToldToUseCapitals() {
        Verdict v = ROMEO.judge(sent("get /romeo.txt HTTP/1.0\r\n"));
        assertTrue(v.message().contains("methods are case-sensitive"), v.message());
        Verdict other = ROMEO.judge(sent("head /romeo.txt HTTP/1.0\r\n"));
        assertTrue(other.message().contains("the method is head, but this step wants GET"), other.message());
    }

    /** Lesson 4 step 1 wants the no-Host 400 for GET: a lowercase get is another method, and the learner is told. */
    @Test
    void aRequestCheckWantsItsMethodInItsCase() {
        StepCheck noHost = CourseLoader.bundled().lesson(4).orElseThrow().steps().get(0).checks().get(1);
        assertEquals(Verdict.PASSED, noHost.judge(ended("GET /romeo.txt HTTP/1.1\r\n\r\n")));
        Verdict lower = noHost.judge(ended("get /romeo.txt HTTP/1.1\r\n\r\n"));
        assertEquals(Verdict.Outcome.MISSED, lower.outcome());
        assertTrue(lower.message().contains("get") && lower.message().contains("GET"), lower.message());
        assertTrue(lower.message().contains("methods are case-sensitive"), lower.message());
    }

    @Test
    void aLineWithAnotherLineSentWithItIsNotTheLine() {
        assertEquals(Verdict.Outcome.MISSED, ROMEO.judge(sent("GET /romeo.txt HTTP/1.0\r\n\r\n")).outcome());
    }

    @Test
    void aStepMayWantAVersionTheCoreFindsWrong() {
        RequestLineCheck two = new RequestLineCheck("GET", List.of("/romeo.txt"), "HTTP/2.0");
        assertEquals(Verdict.PASSED, two.judge(sent("GET /romeo.txt HTTP/2.0\r\n")));
        Verdict spaced = two.judge(sent("GET /romeo.txt  HTTP/2.0\r\n"));
        assertTrue(spaced.message().contains("more than one space between target and version"), spaced.message());
    }

    @Test
    void endingsAreJudgedLineByLine() {
        RequestCheck lf = new RequestCheck(new RequestMatch("", List.of(), "", List.of(), List.of(), "lf"));
        assertEquals(Verdict.PASSED, lf.judge(ended("GET /romeo.txt HTTP/1.0\n\n")));
        Verdict mixed = lf.judge(ended("GET /romeo.txt HTTP/1.0\r\n\n"));
        assertTrue(mixed.message().contains("some lines ended with \\r\\n"), mixed.message());
        RequestCheck crlf = new RequestCheck(new RequestMatch("", List.of(), "", List.of(), List.of(), "crlf"));
        assertEquals(Verdict.PASSED, crlf.judge(ended("GET /romeo.txt HTTP/1.0\r\nHost: x\r\n\r\n")));
        Verdict bare = crlf.judge(ended("GET /romeo.txt HTTP/1.0\r\nHost: x\n\r\n"));
        assertTrue(bare.message().contains("a line ended with a bare \\n"), bare.message());
    }

    @Test
    void headersAreTheFieldsTheCoreRead() {
        RequestMatch host = new RequestMatch("GET", List.of(), "HTTP/1.1", List.of("Host"), List.of("Connection"), "");
        String good = "GET http://data.pr4e.org/romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\r\n\r\n";
        assertEquals(Verdict.PASSED, received(host, good));
        Verdict none = received(host, "GET / HTTP/1.1\r\nUser-Agent: x\r\n\r\n");
        assertTrue(none.message().contains("had no Host header"), none.message());
        Verdict closed = received(host, "GET / HTTP/1.1\r\nHost: a\r\nconnection: close\r\n\r\n");
        assertTrue(closed.message().contains("had a Connection header"), closed.message());
        RequestMatch close = new RequestMatch("", List.of(), "", List.of("Connection:close"), List.of(), "");
        Verdict keep = received(close, "GET / HTTP/1.1\r\nHost: a\r\nConnection: keep-alive\r\n\r\n");
        assertTrue(keep.message().contains("the Connection header said \"keep-alive\"; this step wants \"close\""),
                keep.message());
    }

    @Test
    void aMissingHeaderSentUnderANameTypedNearItIsNamed() {
        RequestCheck host = new RequestCheck(new RequestMatch("GET", List.of(), "HTTP/1.1", List.of("Host"), List.of(),
                ""));
        Verdict typo = host.judge(ended("GET /romeo.txt HTTP/1.1\r\nHots: data.pr4e.org\r\n\r\n"));
        assertEquals(Verdict.Outcome.MISSED, typo.outcome());
        assertTrue(typo.message().contains("had no Host header"), typo.message());
        assertTrue(typo.message().contains("You sent \"Hots:\" — did you mean \"Host:\"?"), typo.message());
        // a near miss of another header is not this one's news
        RequestCheck both = new RequestCheck(new RequestMatch("", List.of(), "", List.of("Host", "Connection"),
                List.of(), ""));
        Verdict other = both.judge(ended("GET / HTTP/1.1\r\nHost: a\r\nConection: close\r\n\r\n"));
        assertTrue(other.message().contains("had no Connection header"), other.message());
        assertTrue(other.message().contains("\"Conection:\""), other.message());
        Verdict plain = host.judge(ended("GET / HTTP/1.1\r\nConection: close\r\n\r\n"));
        assertTrue(plain.message().contains("had no Host header"), plain.message());
        assertFalse(plain.message().contains("did you mean"), plain.message());
    }

    /** Lesson 4 names the Host to send: a slip in its value is told, and the host with its port is as good. */
    @Test
    void aHostWithAnotherNameIsToldAndTheNameWithItsPortPasses() {
        RequestCheck host = new RequestCheck(new RequestMatch("", List.of(), "HTTP/1.1",
                List.of("Host:data.pr4e.org|data.pr4e.org:80"), List.of(), ""));
        Verdict slip = host.judge(ended("GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.rog\r\n\r\n"));
        assertEquals(Verdict.Outcome.MISSED, slip.outcome());
        assertTrue(slip.message().contains("the Host header said \"data.pr4e.rog\"; this step wants \"data.pr4e.org\""),
                slip.message());
        assertEquals(Verdict.Outcome.PASSED,
                host.judge(ended("GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org:80\r\n\r\n")).outcome());
        assertEquals(Verdict.Outcome.PASSED,
                host.judge(ended("GET /romeo.txt HTTP/1.1\r\nhost: DATA.PR4E.ORG\r\n\r\n")).outcome());
    }

    /** Lesson 9: a date the server cannot read asks nothing, so a 200 after it would teach the wrong reason. */
    @Test
    void aConditionalDateTheServerCannotReadIsToldAtTheRequest() {
        RequestCheck since = wanting("If-Modified-Since");
        Verdict iso = since.judge(ended("GET /romeo.txt HTTP/1.0\r\nIf-Modified-Since: 2000-01-01\r\n\r\n"));
        assertEquals(Verdict.Outcome.MISSED, iso.outcome());
        assertTrue(iso.message().contains("said \"2000-01-01\", which is not a date in HTTP's form"), iso.message());
        assertEquals(Verdict.Outcome.PASSED, since.judge(ended(
                "GET /romeo.txt HTTP/1.0\r\nIf-Modified-Since: Sat, 01 Jan 2000 00:00:00 GMT\r\n\r\n")).outcome());
    }

    /** Lesson 9: a tag typed with curly quotes is no tag, so the 200 it gets would teach the wrong reason. */
    @Test
    void aTagInCurlyQuotesIsToldAtTheRequest() {
        RequestCheck match = wanting("If-None-Match");
        // the bytes a UTF-8 terminal sends for “ and ”, one character per byte as ended() takes them
        String curly = new String("GET /romeo.txt HTTP/1.0\r\nIf-None-Match: \u201Cnot-this-one\u201D\r\n\r\n"
                .getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        Verdict told = match.judge(ended(curly));
        assertEquals(Verdict.Outcome.MISSED, told.outcome());
        assertTrue(told.message().contains("with curly quotes"), told.message());
        assertEquals(Verdict.Outcome.PASSED, match.judge(ended(
                "GET /romeo.txt HTTP/1.0\r\nIf-None-Match: \"not-this-one\"\r\n\r\n")).outcome());
    }

    /** An early blank line ends the request before its headers: the miss says so, not just "no header". */
    @Test
    void aHeaderMissingBecauseTheBlankLineCameFirstIsToldSo() {
        RequestCheck since = wanting("If-Modified-Since");
        Verdict early = since.judge(ended("GET /romeo.txt HTTP/1.0\r\n\r\n"));
        assertTrue(early.message().contains("the blank line came right after the request line"), early.message());
        Verdict other = since.judge(ended("GET /romeo.txt HTTP/1.0\r\nUser-Agent: me\r\n\r\n"));
        assertTrue(other.message().contains("had no If-Modified-Since header; this step wants one, with the other"
                + " headers, before the blank line (yours came after User-Agent)."), other.message());
        assertFalse(other.message().contains("blank line came"), other.message());
        Verdict nothing = since.judge(ended("GET /romeo.txt HTTP/1.0\r\nIf-None-Match: x\r\n"));
        assertTrue(nothing.message().contains("had no If-Modified-Since header"), nothing.message());
    }
}
