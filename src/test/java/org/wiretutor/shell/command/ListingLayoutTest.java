package org.wiretutor.shell.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** How source listings and exercise statements are laid out on a narrow screen. */
class ListingLayoutTest {
    @Test
    void aLongSourceLineGoesOnUnderTheCodeNotUnderTheNumbers() {
        String code = "x = 1\n" + "print('" + "a".repeat(60) + "')\n";
        List<String> rows = SourceCommand.lines("long.py", code, 40).stream().map(AttributedString::toString).toList();
        assertEquals(List.of(
                "long.py (2 lines, the course's copy; run it with run long.py)",
                "1 │ x = 1",
                "2 │ print('" + "a".repeat(29),
                "  │ " + "a".repeat(31) + "')"), rows);
        rows.stream().skip(1).forEach(r -> assertTrue(r.length() <= 40, r));
    }

    @Test
    void aLongCommentBreaksAfterAWord() {
        String code = "# read the reply in pieces of up to 512 bytes until the server closes\n";
        List<String> rows = SourceCommand.lines("c.py", code, 40).stream().map(AttributedString::toString).toList();
        assertEquals(List.of(
                "1 │ # read the reply in pieces of up to ",
                "  │ 512 bytes until the server closes"), rows.subList(1, rows.size()));
    }

    @Test
    void anExercisesStatementLosesTheTitleTheHeadingAlreadyShows() {
        assertEquals("\nChange `socket1.py`.\n",
                ExerciseCommand.withoutTitle("# Exercise 1: Prompt for the URL\n\nChange `socket1.py`.\n"));
        assertEquals("No heading here.\n", ExerciseCommand.withoutTitle("No heading here.\n"));
        assertEquals("## A part\ntext\n", ExerciseCommand.withoutTitle("## A part\ntext\n"));
    }
}
