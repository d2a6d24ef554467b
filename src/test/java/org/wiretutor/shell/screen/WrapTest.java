package org.wiretutor.shell.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.wiretutor.text.Escape;

/** Wrapping keeps every byte of wire text, never halves an escape, and keeps the gutter on every row. */
class WrapTest {
    private static final AttributedString GUTTER = new AttributedString("      │ ");
    private static final AttributedString MORE = new AttributedString("      ┆ ");

    @Test
    void anEscapeAtTheEdgeMovesWholeToTheNextRow() {
        // 8 columns of gutter, 70 letters and \r fill the row: \n would be cut after its backslash
        String text = "a".repeat(70) + "\\r\\n";
        List<AttributedString> rows = Wrap.exact(new AttributedString(text), 80, GUTTER, MORE);
        assertEquals(2, rows.size(), rows.toString());
        assertEquals("      │ " + "a".repeat(70) + "\\r", rows.get(0).toString());
        assertEquals("      ┆ \\n", rows.get(1).toString());
    }

    @Test
    void hexEscapesStayWhole() {
        String text = "b".repeat(70) + "\\xC3\\xA9";
        for (AttributedString row : Wrap.exact(new AttributedString(text), 80, GUTTER, MORE)) {
            String body = row.toString().substring(8);
            assertTrue(!body.endsWith("\\") && !body.matches(".*\\\\x[0-9A-F]?$"), row.toString());
            assertTrue(row.columnLength() <= 80, row.toString());
        }
    }

    @Test
    void proseBreaksAtSpacesAndTitlesAreNotCutMidWord() {
        List<AttributedString> rows = Wrap.wrap(new AttributedString(
                "Cache-Control · 63 bytes: rules for keeping a copy of this reply in a cache"), 30, "", "  ");
        for (AttributedString row : rows) {
            assertTrue(row.columnLength() <= 30, row.toString());
        }
        assertTrue(rows.get(0).toString().startsWith("Cache-Control · 63 bytes:"), rows.toString());
    }

    @Test
    void wideCharactersCountTwoColumns() {
        String text = "字".repeat(50) + "\\n";
        List<AttributedString> rows = Wrap.exact(new AttributedString(text), 60, GUTTER, MORE);
        for (AttributedString row : rows) assertTrue(row.columnLength() <= 60, row.columnLength() + ": " + row);
        assertEquals(text, rows.stream().map(r -> r.toString().substring(8)).reduce("", String::concat));
    }

    /** Whatever the bytes and the width, the rows put back together are the escaped text, and each fits. */
    @Property(tries = 300)
    void exactRowsJoinToTheTextAndFit(@ForAll byte[] bytes, @ForAll @IntRange(min = 40, max = 140) int width) {
        String visible = Escape.wire(bytes);
        List<AttributedString> rows = Wrap.exact(new AttributedString(visible), width, GUTTER, MORE);
        StringBuilder joined = new StringBuilder();
        for (AttributedString row : rows) {
            assertTrue(row.columnLength() <= width, "row wider than " + width + ": " + row);
            String s = row.toString();
            assertTrue(s.startsWith(GUTTER.toString()) || s.startsWith(MORE.toString()), s);
            String body = s.substring(8);
            int i = 0;
            while (i < body.length()) i += Wrap.escapeLength(body, i);
            assertEquals(body.length(), i, "an escape was cut at the end of: " + s);
            joined.append(body);
        }
        assertEquals(visible, joined.toString());
    }
}
