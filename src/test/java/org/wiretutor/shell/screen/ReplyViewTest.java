package org.wiretutor.shell.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.wiretutor.http.Annotation;
import org.wiretutor.http.ResponseAnnotator;

/** The first view of a reply: a row per part, the body folded to what a 24-row screen has left. */
class ReplyViewTest {
    private static final String HEAD = "HTTP/1.1 200 OK\r\nDate: Thu, 03 Dec 2026 13:38:55 GMT\r\n"
            + "Server: Apache/2.4.18 (Ubuntu)\r\nLast-Modified: Sat, 13 May 2017 11:22:22 GMT\r\n"
            + "ETag: \"a7-54f6609245537\"\r\nAccept-Ranges: bytes\r\n"
            + "Cache-Control: max-age=0, no-cache, no-store, must-revalidate\r\nPragma: no-cache\r\n"
            + "Expires: Wed, 11 Jan 1984 05:00:00 GMT\r\nConnection: close\r\nContent-Type: text/plain\r\n";

    private static List<Annotation> annotate(String reply) {
        ResponseAnnotator a = new ResponseAnnotator("GET");
        List<Annotation> out = new ArrayList<>(a.feed(reply.getBytes(StandardCharsets.ISO_8859_1)));
        out.addAll(a.endOfStream());
        return out;
    }

    private static List<String> compact(List<Annotation> parts, int width, int height) {
        WireRenderer r = new WireRenderer(width);
        WireRenderer.Fold fold = new WireRenderer.Fold(height, width);
        List<AttributedString> out = r.compact(parts, fold);
        out.addAll(r.compactFooter(fold));
        return out.stream().map(AttributedString::toString).collect(Collectors.toList());
    }

    private static String body(int lines) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= lines; i++) b.append("line number ").append(i).append(" of the body\n");
        return b.toString();
    }

    @Test
    void statusLineAndEveryHeaderFitAboveALongBody() {
        String body = body(200);
        List<String> rows = compact(annotate(HEAD + "Content-Length: " + body.length() + "\r\n\r\n" + body), 80, 24);
        assertTrue(rows.size() <= 24 - 5, "leaves the rows the close, the verdict and the prompt need:\n" + rows);
        assertTrue(rows.get(0).startsWith("← HTTP/1.1 200 OK\\r\\n"), rows.get(0));
        for (String name : List.of("Date:", "Server:", "Last-Modified:", "ETag:", "Accept-Ranges:", "Cache-Control:",
                "Pragma:", "Expires:", "Connection:", "Content-Type:", "Content-Length:")) {
            assertEquals(1, rows.stream().filter(r -> r.startsWith("← " + name)).count(), name + " in\n" + rows);
        }
        assertTrue(rows.stream().anyMatch(r -> r.contains("│ line number 1 of the body\\n")), rows.toString());
        String last = rows.get(rows.size() - 1);
        assertTrue(last.contains("┆ … more: ~show body"), last);
        rows.forEach(r -> assertTrue(r.length() <= 80, "wider than the screen: " + r));
    }

    @Test
    void aShortBodyIsShownWholeWithWhereTheExplanationsAre() {
        String body = body(4);
        List<String> rows = compact(annotate(HEAD + "Content-Length: " + body.length() + "\r\n\r\n" + body), 80, 24);
        assertEquals(4, rows.stream().filter(r -> r.contains("│ line number")).count(), rows.toString());
        assertTrue(rows.get(rows.size() - 1).contains("~show explains each part"), rows.toString());
        assertFalse(rows.stream().anyMatch(r -> r.contains("means")), "explanations wait for ~show:\n" + rows);
    }

    @Test
    void atSixtyColumnsLongHeadersContinueUnderTheArrowAndNothingIsLost() {
        String body = body(2);
        List<String> rows = compact(annotate(HEAD + "Content-Length: " + body.length() + "\r\n\r\n" + body), 60, 24);
        rows.forEach(r -> assertTrue(r.length() <= 60, "wider than 60: " + r));
        int at = rows.indexOf(rows.stream().filter(r -> r.startsWith("← Cache-Control:")).findFirst().orElseThrow());
        assertEquals("← Cache-Control: max-age=0, no-cache, no-store, must-revalidate\\r\\n".length(),
                rows.get(at).length() + rows.get(at + 1).length() - 2, "continued exactly:\n" + rows);
        assertTrue(rows.get(at + 1).startsWith("  "), rows.get(at + 1));
    }

    @Test
    void theFullViewStillExplainsEachPart() {
        WireRenderer r = new WireRenderer(80);
        String text = annotate(HEAD + "Content-Length: 3\r\n\r\nhi\n").stream().flatMap(a -> r.annotation(a).stream())
                .map(AttributedString::toString).collect(Collectors.joining("\n"));
        assertTrue(text.contains("means"), text);
        assertTrue(text.contains("│ hi\\n"), text);
    }

    @Test
    void hexRowsAreSizedToTheWidth() {
        assertEquals(16, WireRenderer.bytesPerRow(80));
        assertEquals(8, WireRenderer.bytesPerRow(74));
        assertEquals(78, WireRenderer.hexRowWidth(16));
        StringBuilder png = new StringBuilder("\u0089PNG\r\n\u001a\n");
        for (int i = 0; i < 300; i++) png.append((char) (i & 0xFF));
        List<Annotation> parts = annotate("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: "
                + png.length() + "\r\n\r\n" + png);
        for (int width : new int[] {60, 80, 100}) {
            WireRenderer r = new WireRenderer(width);
            for (Annotation a : parts) {
                for (AttributedString row : r.annotation(a)) {
                    assertTrue(row.columnLength() <= width, width + " columns: " + row);
                }
            }
        }
    }
}
