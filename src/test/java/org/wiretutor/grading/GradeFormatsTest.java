package org.wiretutor.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.wiretutor.check.Caret;

class GradeFormatsTest {

    private static final Grade GRADE = new Grade("01-url-prompt", "sample", List.of(
            CheckResult.pass("finished", "the program finished in 0.1 s"),
            CheckResult.fail("request", "your request line ends with LF, not CR LF <&\">",
                    new Caret("GET /romeo.txt HTTP/1.0\\n", 23))),
            Instant.parse("2024-01-02T03:04:05Z"), "Enter URL: \u0007\u001b[0m HTTP/1.1 400 Bad Request\r\n");

    @Test
    void junitXmlIsWellFormedAndCarriesEveryCheck() throws Exception {
        String xml = GradeFormats.junitXml(List.of(GRADE, GRADE));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("4", root.getAttribute("tests"));
        assertEquals("2", root.getAttribute("failures"));
        assertEquals(4, doc.getElementsByTagName("testcase").getLength());
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertEquals("your request line ends with LF, not CR LF <&\">", failure.getAttribute("message"));
        assertTrue(failure.getTextContent().endsWith("GET /romeo.txt HTTP/1.0\\n\n" + " ".repeat(23) + "^"),
                failure.getTextContent());
        assertTrue(doc.getElementsByTagName("system-out").item(0).getTextContent().contains("HTTP/1.1 400"));
        // the JUnit XSD's timestamp: no fraction, no zone
        assertEquals("2024-01-02T03:04:05", ((Element) doc.getElementsByTagName("testsuite").item(0))
                .getAttribute("timestamp"));
        Grade fraction = new Grade("x", "sample", List.of(), Instant.parse("2024-01-02T03:04:05.123456Z"), "");
        assertTrue(GradeFormats.junitXml(List.of(fraction)).contains("timestamp=\"2024-01-02T03:04:05\""));
    }

    @Test
    void jsonCarriesChecksAndCarets() {
        String json = GradeFormats.json(List.of(GRADE));
        assertTrue(json.startsWith("{\"grades\":[{\"exercise\":\"01-url-prompt\",\"learner\":\"sample\""), json);
        assertTrue(json.contains("{\"name\":\"finished\",\"passed\":true,\"message\":\"the program finished in 0.1 s\","
                + "\"caret\":null}"), json);
        assertTrue(json.contains("\"caret\":{\"line\":\"GET /romeo.txt HTTP/1.0\\\\n\",\"column\":23}"), json);
        // the program's control bytes reach JSON already escaped by the one escaping function, never as \u001b
        assertTrue(json.contains("\\\\x07\\\\x1B[0m"), json);
        assertFalse(json.contains("\\u001b") || json.contains("\\u0007"), json);
        assertTrue(json.contains("\"passed\":1,\"total\":2"), json);
    }

    @Test
    void caretRendersTwoLines() {
        assertEquals(List.of("GET / HTTP/1.0\\n", "              ^"), new Caret("GET / HTTP/1.0\\n", 14).render());
        assertTrue(GRADE.checks().get(0).caret().isEmpty());
        assertEquals(Optional.empty(), CheckResult.pass("x", "y").caret());
    }
}
