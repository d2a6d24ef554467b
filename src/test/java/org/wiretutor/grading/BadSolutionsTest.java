package org.wiretutor.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.wiretutor.check.Caret;

/** Each known-bad solution fails with its own diagnosis, and the caret points at the byte in question. */
class BadSolutionsTest {

    @Test
    void lfLineEndingsArePointedAt() throws Exception {
        Grade g = Solutions.grade(1, "bad_lf.py");
        CheckResult r = Solutions.check(g, "request");
        assertFalse(r.passed(), Solutions.describe(g));
        assertTrue(r.message().startsWith("your request line ends with LF, not CR LF"), r.message());
        Caret caret = r.caret().orElseThrow();
        assertEquals("GET /romeo-full.txt HTTP/1.0\\n", caret.line());
        assertEquals(28, caret.column());
        assertEquals("                            ^", caret.render().get(1));
    }

    @Test
    void missingBlankLineIsNamed() throws Exception {
        Grade g = Solutions.grade(1, "bad_no_blank.py");
        CheckResult r = Solutions.check(g, "request");
        assertFalse(r.passed(), Solutions.describe(g));
        assertTrue(r.message().startsWith("no blank line was sent: the server is still waiting for the end of your "
                + "request"), r.message());
        Caret caret = r.caret().orElseThrow();
        assertEquals("GET /romeo-full.txt HTTP/1.0\\r\\n", caret.line());
        assertEquals(caret.line().length(), caret.column());
        assertEquals(GradingText.notChecked(), Solutions.check(g, "reply-shown").message());
    }

    @Test
    void http11WithoutHostIsNamed() throws Exception {
        Grade g = Solutions.grade(1, "bad_no_host.py");
        CheckResult r = Solutions.check(g, "request");
        assertFalse(r.passed(), Solutions.describe(g));
        assertTrue(r.message().startsWith("HTTP/1.1 without a Host header: the server answered 400"), r.message());
        assertEquals("GET /romeo-full.txt HTTP/1.1".indexOf("HTTP/1.1"), r.caret().orElseThrow().column());
    }

    @Test
    void aMisspelledHostIsNamedWithTheCaretWhereTheNameGoesWrong() throws Exception {
        Grade g = Solutions.grade(1, "bad_host_typo.py");
        CheckResult r = Solutions.check(g, "request");
        assertFalse(r.passed(), Solutions.describe(g));
        assertTrue(r.message().startsWith("HTTP/1.1 without a Host header: the server answered 400. You sent "
                + "\"Hots:\" — did you mean \"Host:\"?"), r.message());
        Caret caret = r.caret().orElseThrow();
        // the header line as sent; the grader's URL names the mirror by its address
        assertTrue(caret.line().matches("Hots: [0-9.]+"), caret.line());
        // H o t s: the caret is under the t, where the name leaves Host
        assertEquals(2, caret.column());
        assertEquals("  ^", caret.render().get(1));
    }

    @Test
    void keepAliveHangIsExplained() throws Exception {
        Grade g = Solutions.grade(1, "bad_keepalive.py", Duration.ofMillis(1500), Solutions.LEARNER);
        CheckResult r = Solutions.check(g, "finished");
        assertFalse(r.passed(), Solutions.describe(g));
        assertTrue(r.message().startsWith("the program did not finish within 1.5 s; it and any programs it started "
                + "were stopped"), r.message());
        assertTrue(r.message().contains("without \"Connection: close\""), r.message());
        assertTrue(Solutions.check(g, "request").passed(), Solutions.describe(g));
    }

    @Test
    void strInsteadOfBytesIsExplained() throws Exception {
        Grade g = Solutions.grade(1, "bad_str.py");
        CheckResult r = Solutions.check(g, "request");
        assertFalse(r.passed(), Solutions.describe(g));
        assertTrue(r.message().contains("encode the request first"), r.message());
        assertEquals(GradingText.notRun(), Solutions.check(g, "clean-exit").message(), "no request, no credit");
    }

    @Test
    void newlinesAtReadBoundariesAreCounted() throws Exception {
        Grade g = Solutions.grade(1, "bad_lines.py");
        CheckResult r = Solutions.check(g, "reply-shown");
        assertFalse(r.passed(), Solutions.describe(g));
        assertTrue(r.message().matches("the program printed \\d+ extra newlines at the 512-byte boundaries: .*"),
                r.message());
        Caret caret = r.caret().orElseThrow();
        assertEquals("\\n", caret.line().substring(caret.column(), caret.column() + 2), caret.line());
        assertTrue(Solutions.check(g, "request").passed());
    }

    @Test
    void ignoringThePortMeansNoRequest() throws Exception {
        Grade g = Solutions.grade(1, "bad_port80.py");
        CheckResult r = Solutions.check(g, "request");
        assertFalse(r.passed(), Solutions.describe(g));
        assertTrue(r.message().startsWith("the server received no request: the program never connected. Did it "
                + "take the host and the port from the URL"), r.message());
        assertEquals(0, g.passed(), Solutions.describe(g));
    }

    @Test
    void tracebackOnABadUrlIsReported() throws Exception {
        Grade g = Solutions.grade(1, "bad_traceback.py");
        CheckResult r = Solutions.check(g, "bad-url");
        assertFalse(r.passed(), Solutions.describe(g));
        assertTrue(r.message().startsWith("given \"not a url\", the program stopped with a Python traceback "
                + "(IndexError: list index out of range)"), r.message());
        assertTrue(Solutions.check(g, "request").passed(), Solutions.describe(g));
    }

    @Test
    void javaStackTraceOnABadUrlIsReported() throws Exception {
        Grade g = Solutions.grade(1, "BadNoCatch.java");
        CheckResult r = Solutions.check(g, "bad-url");
        assertFalse(r.passed(), Solutions.describe(g));
        assertTrue(r.message().startsWith("given \"not a url\", the program stopped with a Java exception "
                + "(Exception in thread \"main\" java.net.URISyntaxException"), r.message());
        assertFalse(Solutions.check(g, "missing-host").passed());
    }

    @Test
    void wrongTotalIsNamed() throws Exception {
        Grade g = Solutions.grade(2, "bad_count.py");
        CheckResult r = Solutions.check(g, "count-received");
        assertFalse(r.passed(), Solutions.describe(g));
        assertTrue(r.message().matches("wrong count of characters received .*: the program printed \\d+ last, "
                + "which is too few\\. .*"), r.message());
        assertTrue(Solutions.check(g, "shown-limit").passed(), Solutions.describe(g));
    }

    @Test
    void showingMoreThan3000IsNamed() throws Exception {
        Grade g = Solutions.grade(2, "bad_shows_all.py");
        CheckResult r = Solutions.check(g, "shown-limit");
        assertFalse(r.passed(), Solutions.describe(g));
        assertTrue(r.message().matches("the program showed \\d+ characters of the document: show at most the first "
                + "3000 .*"), r.message());
        assertTrue(r.caret().isPresent());
        assertTrue(Solutions.check(g, "count-received").passed(), Solutions.describe(g));
    }

    @Test
    void handWrittenRequestIsNotALibrary() throws Exception {
        Grade g = Solutions.grade(3, "bad_socket.py");
        CheckResult r = Solutions.check(g, "library-request");
        assertFalse(r.passed(), Solutions.describe(g));
        assertTrue(r.message().startsWith("the program opens a socket and writes the request itself"), r.message());
        assertFalse(Solutions.check(g, "count-document").passed());
    }

    @Test
    void countingEveryAngleBracketPIsWrong() throws Exception {
        Grade g = Solutions.grade(4, "bad_count.py");
        CheckResult r = Solutions.check(g, "count-paragraphs");
        assertFalse(r.passed(), Solutions.describe(g));
        int expected = org.wiretutor.mirror.pages.MirrorFiles.forLearner(Solutions.LEARNER).expectedAnswers()
                .paragraphCount();
        assertTrue(r.message().startsWith("wrong count of <p> tags: the program printed "), r.message());
        assertFalse(r.message().contains(" " + expected + " "), r.message());
    }

    @Test
    void printingHeadersIsPointedAt() throws Exception {
        Grade g = Solutions.grade(5, "bad_headers.py");
        CheckResult r = Solutions.check(g, "body-only");
        assertFalse(r.passed(), Solutions.describe(g));
        assertEquals("the output shows the header line \"HTTP/1.1 200 OK\": print only what comes after the blank "
                + "line that ends the headers", r.message());
        assertEquals("Enter URL: ".length(), r.caret().orElseThrow().column());
    }

    @Test
    void printingHeadersInJavaIsPointedAt() throws Exception {
        Grade g = Solutions.grade(5, "BadHeaders.java");
        CheckResult r = Solutions.check(g, "body-only");
        assertFalse(r.passed(), Solutions.describe(g));
        assertTrue(r.message().startsWith("the output shows the header line \"HTTP/1.1 200 OK\""), r.message());
    }
}
