package org.wiretutor.shell.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** Lesson and exercise text at a terminal's width: tables in columns, --plain prose wrapped as prose. */
class ProseLayoutTest {
    private static final String TABLE = """
            What each code means:

            | code | what it means |
            |---|---|
            | 404 | there is no such file |
            | 206 | here is the part of the file you asked for (a range) |
            """;

    @Test
    void aTableKeepsOneRowPerLineInColumns() {
        List<String> rows = new MarkdownRenderer(80).render(TABLE).stream().map(AttributedString::toString)
                .collect(Collectors.toList());
        assertTrue(rows.contains("  code   what it means"), rows.toString());
        assertTrue(rows.contains("  404    there is no such file"), rows.toString());
        assertTrue(rows.contains("  206    here is the part of the file you asked for (a range)"), rows.toString());
        assertFalse(rows.stream().anyMatch(r -> r.contains("| 404")), "no run-on pipes:\n" + rows);
    }

    @Test
    void aTableTooWideForTheScreenBecomesOneParagraphPerRow() {
        List<String> rows = new MarkdownRenderer(40).render(TABLE).stream().map(AttributedString::toString)
                .collect(Collectors.toList());
        rows.forEach(r -> assertTrue(r.length() <= 40, r));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("  code: 206 · what it means: here is")), rows.toString());
    }

    /** Lesson 10 step 1 opens with its two commands; typing them run together gives "open needs a host". */
    @Test
    void aStepOpeningWithCommandsShowsEachCommandOnItsOwnLine() throws Exception {
        for (String commands : List.of(
                "    open data.pr4e.org 80\n    GET http://data.pr4e.org/page1.htm HTTP/1.0\n",
                "```\nopen data.pr4e.org 80\nGET http://data.pr4e.org/page1.htm HTTP/1.0\n```\n")) {
            String lesson = "---\nformat_version: 1\ntitle: T\n---\n\n## Step: Fetch\n\n" + commands
                    + "\nand the blank line.\n\n@check blank-line\n@hint h\n";
            String body = org.wiretutor.course.LessonParser.parse("10-a.md", lesson).steps().get(0).body();
            List<String> rows = new MarkdownRenderer(80).render(body).stream().map(AttributedString::toString)
                    .collect(Collectors.toList());
            assertEquals(List.of("    open data.pr4e.org 80", "    GET http://data.pr4e.org/page1.htm HTTP/1.0", "",
                    "and the blank line."), rows, commands);
        }
    }

    /** A screen 60 columns wide that keeps what it is shown. */
    private static Screen sixtyColumns(List<AttributedString> shown) {
        return new Screen() {
            @Override public void show(List<AttributedString> lines) { shown.addAll(lines); }
            @Override public int width() { return 60; }
        };
    }

    @Test
    void plainOutputReflowsWrappedProseInsteadOfLeavingFragments() {
        List<AttributedString> shown = new ArrayList<>();
        Screen sink = sixtyColumns(shown);
        // rows the renderer wrapped at 60; spelling out "→" and "✓" makes them longer than 60
        List<AttributedString> wrapped = Wrap.wrap(new AttributedString("✓ Step 3 done — the request line went out as "
                + "→ GET, a space, the target, a space and the version, then CR LF, exactly as HTTP wants it."), 60, "");
        new AccessibleScreen(sink).show(wrapped);
        List<String> rows = shown.stream().map(AttributedString::toString).collect(Collectors.toList());
        rows.forEach(r -> assertTrue(r.length() <= 60, r));
        for (int i = 0; i + 1 < rows.size(); i++) {
            assertTrue(rows.get(i).length() > 40, "a ragged fragment before the last row:\n" + String.join("\n", rows));
        }
        assertEquals(String.join(" ", rows), AccessibleScreen.words(String.join(" ", wrapped.stream()
                .map(AttributedString::toString).toList())));
    }

    @Test
    void plainOutputJoinsAWireRowContinuedUnderItsArrowWithoutASpace() {
        List<AttributedString> shown = new ArrayList<>();
        Screen sink = sixtyColumns(shown);
        List<AttributedString> rows = Wrap.exact(new AttributedString(
                "Cache-Control: max-age=0, no-cache, no-store, must-revalidate\\r\\n"), 60,
                new AttributedString("← "), new AttributedString("  "));
        assertEquals(2, rows.size());
        new AccessibleScreen(sink).show(rows);
        var paragraphs = AccessibleScreen.paragraphs(rows, 60);
        assertEquals(1, paragraphs.size());
        assertEquals("← Cache-Control: max-age=0, no-cache, no-store, must-revalidate\\r\\n", paragraphs.get(0).text(),
                "joined without a space the wire never had");
        assertTrue(shown.stream().map(AttributedString::toString).collect(Collectors.joining(" "))
                .contains("must-revalidate <CR><LF>"), shown.toString());
    }
}
