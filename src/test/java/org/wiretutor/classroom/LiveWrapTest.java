package org.wiretutor.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** Wrapped log lines keep their connection's tag on every row, at the width of the terminal. */
class LiveWrapTest {

    @Test
    void every_row_of_a_long_wire_line_keeps_its_tag_and_starts_under_the_text() {
        String line = "#123  GET /" + "a".repeat(100) + " HTTP/1.0\\r\\n";
        List<String> rows = LiveWrap.rows(line, 40);
        assertTrue(rows.size() > 2, rows.toString());
        for (String row : rows) {
            assertTrue(row.startsWith("#123  "), row);
            assertTrue(row.length() <= 40, row);
        }
        StringBuilder joined = new StringBuilder(rows.get(0));
        for (String row : rows.subList(1, rows.size())) joined.append(row.substring("#123  ".length()));
        assertEquals(line, joined.toString());
    }

    @Test
    void a_short_line_is_left_alone_and_colour_takes_no_columns() {
        assertEquals(List.of("#1  GET / HTTP/1.0\\r\\n"), LiveWrap.rows("#1  GET / HTTP/1.0\\r\\n", 80));
        String coloured = "#7      \u001b[1;33m! " + "x".repeat(70) + "\u001b[0m";
        List<String> rows = LiveWrap.rows(coloured, 40);
        assertEquals(3, rows.size(), rows.toString());
        for (String row : rows) {
            assertTrue(row.startsWith("#7      "), row);
            assertTrue(AttributedString.fromAnsi(row).columnLength() <= 40, row);
        }
    }

    @Test
    void an_untagged_line_continues_indented() {
        List<String> rows = LiveWrap.rows("so far: " + "9".repeat(50), 30);
        assertTrue(rows.get(1).startsWith("  9"), rows.toString());
    }
}
