package org.wiretutor.shell.screen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.wiretutor.hostile.Hostile;
import org.wiretutor.http.Annotation;
import org.wiretutor.http.Kind;
import org.wiretutor.http.ResponseAnnotator;

/** The body preview decodes declared UTF-8, escapes what is risky in it, and keeps exact bytes otherwise. */
class Utf8PreviewTest {
    private static String shown(String contentType, byte[] body) {
        ByteArrayOutputStream r = new ByteArrayOutputStream();
        r.writeBytes(("HTTP/1.1 200 OK\r\n" + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        r.writeBytes(body);
        ResponseAnnotator a = new ResponseAnnotator("GET");
        List<Annotation> parts = a.feed(r.toByteArray());
        Annotation b = parts.stream().filter(p -> p.kind() == Kind.BODY).findFirst().orElseThrow();
        // rows continued under the gutter (┆) are joined back, so a test reads each body line whole
        return new WireRenderer(120).annotation(b).stream().map(AttributedString::toString)
                .collect(Collectors.joining("\n")).replace("\n      ┆ ", "");
    }

    private static void assertShows(String out, String expected) {
        assertTrue(out.contains(expected), () -> "expected \"" + expected + "\" in:\n" + out);
    }

    @Test
    void aDeclaredUtf8BodyIsPreviewedDecoded() {
        String out = shown("text/plain; charset=utf-8", "h\u00e9llo\n".getBytes(StandardCharsets.UTF_8));
        assertShows(out, "│ h\u00e9llo\\n");
        assertShows(out, "7 bytes, 6 characters: \u00e9 is 2 bytes in UTF-8");
    }

    @Test
    void withoutACharsetTheBytesStayExact() {
        String out = shown("text/plain", "h\u00e9llo\n".getBytes(StandardCharsets.UTF_8));
        assertShows(out, "│ h\\xC3\\xA9llo\\n");
    }

    @Test
    void controlsBidiAndBadBytesInAUtf8BodyStayEscaped() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Hostile.PAYLOADS.forEach((name, bytes) -> {
            if (!name.equals("NUL")) body.writeBytes(bytes);   // a NUL would make it binary, shown as hex
            body.write(' ');
        });
        String out = shown("text/plain; charset=utf-8", body.toByteArray());
        Hostile.assertClean("utf-8 preview", out, false, false);
        assertShows(out, Hostile.TITLE_SHOWN);
        assertShows(out, "\\u202E\\u2066");
        assertShows(out, "\\xFF\\xFE\\xC0\\xAF");
    }
}
