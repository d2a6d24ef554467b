package org.wiretutor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLineTest {

    private static void assertProblem(RequestLine r, String part) {
        assertTrue(r.problems().stream().anyMatch(p -> p.contains(part)), () -> "no problem with \"" + part + "\" in "
                + r.problems());
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
    void twoSpaces() {
        RequestLine r = RequestLine.parse("GET  /romeo.txt HTTP/1.0");
        assertEquals("/romeo.txt", r.target());
        assertProblem(r, "two spaces between method and target");
        assertProblem(RequestLine.parse("GET /romeo.txt  HTTP/1.0"), "two spaces between target and version");
    }

    @Test
    void lowercaseMethod() {
        RequestLine r = RequestLine.parse("get /romeo.txt HTTP/1.0");
        assertEquals("get", r.method());
        assertProblem(r, "lowercase method");
        assertProblem(r, "write GET");
        assertProblem(RequestLine.parse("FOO /romeo.txt HTTP/1.0"), "unknown method");
    }

    @Test
    void missingVersion() {
        RequestLine r = RequestLine.parse("GET /romeo.txt");
        assertFalse(r.hasVersion());
        assertEquals("/romeo.txt", r.target());
        assertProblem(r, "no HTTP version (the server will answer HTTP/0.9 style");
    }

    @Test
    void http2IsNotTypeable() {
        RequestLine r = RequestLine.parse("GET /romeo.txt HTTP/2.0");
        assertTrue(r.hasVersion());
        assertProblem(r, "binary");
        assertProblem(RequestLine.parse("GET /romeo.txt HTTP/1.2"), "unknown version HTTP/1.2");
        assertProblem(RequestLine.parse("GET /romeo.txt http/1.1"), "case-sensitive");
        assertProblem(RequestLine.parse("GET /romeo.txt HTTP/x"), "unknown version");
    }

    @Test
    void empty() {
        RequestLine r = RequestLine.parse("");
        assertEquals("", r.method());
        assertFalse(r.hasVersion());
        assertProblem(r, "empty request line");
        assertProblem(RequestLine.parse(null), "empty request line");
        assertProblem(RequestLine.parse("\r\n"), "empty request line");
    }

    @Test
    void otherMistakes() {
        assertProblem(RequestLine.parse("GET romeo.txt HTTP/1.0"), "should start with /");
        assertProblem(RequestLine.parse("GET /romeo.txt HTTP/1.0\n"), "bare LF");
        assertProblem(RequestLine.parse(" GET /romeo.txt HTTP/1.0"), "starts with a space");
        assertProblem(RequestLine.parse("GET /romeo.txt HTTP/1.0 "), "a space at the end");
        assertProblem(RequestLine.parse("GET\t/romeo.txt HTTP/1.0"), "a tab");
        RequestLine spaced = RequestLine.parse("GET /my file.txt HTTP/1.0");
        assertEquals("/my file.txt", spaced.target());
        assertProblem(spaced, "%20");
        assertProblem(RequestLine.parse("GET / HTTP/1.0 extra"), "extra text after the version");
        assertProblem(RequestLine.parse("GET"), "no request target");
        assertProblem(RequestLine.parse("GET /caf\u00e9 HTTP/1.0"), "non-ASCII");
        assertTrue(RequestLine.parse("OPTIONS * HTTP/1.1").isClean());
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
