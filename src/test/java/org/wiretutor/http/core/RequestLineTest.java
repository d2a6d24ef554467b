package org.wiretutor.http.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLineTest {

    /** The line's diagnoses are exactly these kinds, in this order: what every reader of the core decides from. */
    private static void assertKinds(String line, DiagnosisKind... kinds) {
        assertEquals(List.of(kinds), RequestLine.parse(line).diagnoses().stream().map(Diagnosis::kind).toList(),
                () -> "for " + line);
    }

    @Test
    void theBooksLine() {
        RequestLine r = RequestLine.parse("GET http://data.pr4e.org/romeo.txt HTTP/1.0");
        assertEquals("GET", r.method());
        assertEquals("http://data.pr4e.org/romeo.txt", r.target());
        assertEquals("HTTP/1.0", r.version());
        assertTrue(r.hasVersion());
        assertEquals(List.of(), r.problems());
        assertTrue(RequestLine.parse("GET /romeo.txt HTTP/1.1\r\n").isClean());
    }

    @Test
    void twoSpacesPointAtTheSecondSpace() {
        RequestLine r = RequestLine.parse("GET  /romeo.txt HTTP/1.0");
        assertEquals("/romeo.txt", r.target());
        Diagnosis d = r.diagnoses().get(0);
        assertEquals(DiagnosisKind.EXTRA_SPACE, d.kind());
        assertEquals(4, d.offset());
        assertEquals("more than one space between method and target; use exactly one", d.words());
        assertEquals("more than one space between target and version; use exactly one",
                RequestLine.parse("GET /romeo.txt  HTTP/1.0").diagnoses().get(0).words());
    }

    @Test
    void lowercaseAndUnknownMethods() {
        RequestLine r = RequestLine.parse("get /romeo.txt HTTP/1.0");
        assertEquals("get", r.method());
        assertKinds("get /romeo.txt HTTP/1.0", DiagnosisKind.LOWERCASE_METHOD);
        assertKinds("FOO /romeo.txt HTTP/1.0", DiagnosisKind.UNKNOWN_METHOD);
        assertKinds("G@T /romeo.txt HTTP/1.0", DiagnosisKind.MALFORMED_METHOD);
        assertTrue(r.problems().get(0).contains("\"get\""), r.problems().toString());
    }

    @Test
    void noVersionIsSaidAsAFactNotAForecast() {
        RequestLine r = RequestLine.parse("GET /romeo.txt");
        assertFalse(r.hasVersion());
        assertEquals("/romeo.txt", r.target());
        assertKinds("GET /romeo.txt", DiagnosisKind.NO_VERSION);
        assertKinds("hello there", DiagnosisKind.UNKNOWN_METHOD, DiagnosisKind.BAD_TARGET, DiagnosisKind.NO_VERSION);
        for (String words : RequestLine.parse("hello there").problems()) {
            assertFalse(words.contains("will") || words.contains("probably") || words.contains("answer"), words);
        }
    }

    @Test
    void versions() {
        assertTrue(RequestLine.parse("GET /romeo.txt HTTP/2.0").hasVersion());
        assertKinds("GET /romeo.txt HTTP/2.0", DiagnosisKind.UNSUPPORTED_VERSION);
        assertKinds("GET /romeo.txt HTTP/2", DiagnosisKind.UNSUPPORTED_VERSION);
        assertKinds("GET /romeo.txt HTTP/1.2", DiagnosisKind.UNKNOWN_MINOR_VERSION);
        assertKinds("GET /romeo.txt http/1.1", DiagnosisKind.LOWERCASE_VERSION);
        assertKinds("GET /romeo.txt HTTP/x", DiagnosisKind.MALFORMED_VERSION);
        assertKinds("GET /romeo.txt HTTP/0.9", DiagnosisKind.MALFORMED_VERSION);
        assertTrue(RequestLine.parse("GET /romeo.txt HTTP/2.0").problems().get(0).contains("binary"));
    }

    @Test
    void empty() {
        RequestLine r = RequestLine.parse("");
        assertEquals("", r.method());
        assertFalse(r.hasVersion());
        assertKinds("", DiagnosisKind.EMPTY_REQUEST_LINE);
        assertKinds(null, DiagnosisKind.EMPTY_REQUEST_LINE);
        assertKinds("\r\n", DiagnosisKind.EMPTY_REQUEST_LINE);
    }

    @Test
    void otherMistakes() {
        assertKinds("GET romeo.txt HTTP/1.0", DiagnosisKind.BAD_TARGET);
        assertKinds("GET /romeo.txt HTTP/1.0\n", DiagnosisKind.BARE_LF);
        assertKinds(" GET /romeo.txt HTTP/1.0", DiagnosisKind.LEADING_SPACE);
        assertKinds("GET /romeo.txt HTTP/1.0 ", DiagnosisKind.TRAILING_SPACE);
        assertKinds("GET\t/romeo.txt HTTP/1.0", DiagnosisKind.TAB);
        assertEquals(4, RequestLine.parse("GET\t/romeo.txt HTTP/1.0").diagnoses().get(0).column());
        RequestLine spaced = RequestLine.parse("GET /my file.txt HTTP/1.0");
        assertEquals("/my file.txt", spaced.target());
        assertKinds("GET /my file.txt HTTP/1.0", DiagnosisKind.SPACE_IN_TARGET);
        assertKinds("GET / HTTP/1.0 extra", DiagnosisKind.EXTRA_WORDS);
        assertKinds("GET", DiagnosisKind.NO_TARGET, DiagnosisKind.NO_VERSION);
        assertKinds("GET /caf\u00e9 HTTP/1.0", DiagnosisKind.NON_ASCII);
        assertTrue(RequestLine.parse("OPTIONS * HTTP/1.1").isClean());
    }

    /** Apache's verdict comes from the same diagnoses: the first one it refuses, with its status. */
    @Test
    void apacheRefusesAtTheFirstDiagnosisItCannotRead() {
        assertEquals(400, refusal("hello there"));
        assertEquals(505, refusal("GET /romeo.txt HTTP/2.0"));
        assertEquals(400, refusal("GET /romeo.txt HTTP/2"));
        assertEquals(400, refusal("GET  /romeo.txt HTTP/2.0"));
        assertEquals(400, refusal("GET /romeo.txt HTTP/1.0 "));
        assertEquals(0, refusal("GET /romeo.txt"));
        assertEquals(0, refusal("get /romeo.txt HTTP/1.0"));
        assertEquals(400, refusal("get /romeo.txt"));
    }

    private static int refusal(String line) {
        RequestLine r = RequestLine.parse(line);
        return ApacheRules.firstRejection(r.diagnoses(), r).map(ApacheRules.Rejection::status).orElse(0);
    }

    @Test
    void neverThrowsOnOddInput() {
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < 2000; i++) {
            char[] c = new char[rnd.nextInt(40)];
            for (int j = 0; j < c.length; j++) {
                c[j] = "GET /HTTP1.0 \t\r\n\u0000\u00e9x".charAt(rnd.nextInt(18));
            }
            RequestLine.parse(new String(c));
        }
    }
}
