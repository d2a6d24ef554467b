package org.wiretutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.course.GradeBook;
import org.wiretutor.grading.ExerciseCatalog;

class ReportTablesTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void spreadsheetFormulasAreNeutralisedAndCellsQuoted() {
        assertEquals("'=HYPERLINK(\"x\")".replace("\"", "\"\""), ReportTables.csv("=HYPERLINK(\"x\")").substring(1,
                ReportTables.csv("=HYPERLINK(\"x\")").length() - 1));
        assertEquals("'+1", ReportTables.csv("+1"));
        assertEquals("'-2", ReportTables.csv("-2"));
        assertEquals("'@SUM(A1)", ReportTables.csv("@SUM(A1)"));
        assertEquals("'\tx", ReportTables.csv("\tx"));
        assertEquals("'\\rx", ReportTables.csv("\rx"), "a CR is neutralised, and shown escaped");
        assertEquals("\"a,b\"", ReportTables.csv("a,b"));
        assertEquals("alice", ReportTables.csv("alice"));
    }

    @Test
    void markdownCellsTakeTheirPunctuationLiterally() {
        assertEquals("a\\_b\\|c\\*", ReportTables.md("a_b|c*"));
        assertEquals("x y", ReportTables.md("x\ny"));
    }

    @Test
    void everyLearnerGetsOneRowWithTheirOwnScores(@TempDir Path home) throws Exception {
        GradeBook book = GradeBook.load(home, clock, s -> { });
        book.record(new GradeBook.Try("alice", "url-prompt", clock.instant(), 4, 4, List.of(), "", List.of(), "t"));
        book.record(new GradeBook.Try("bob", "url-prompt", clock.instant(), 3, 4, List.of(), "", List.of(), "t"));
        book.record(new GradeBook.Try("-1", "url-prompt", clock.instant(), 1, 4, List.of(), "", List.of(), "t"));
        String[] t = ReportTables.everyone("all", ExerciseCatalog.bundled().all(), book.scores());
        List<String> rows = t[0].lines().toList();
        assertEquals("learner,done,last_attempt,01-url-prompt,02-count-chars", String.join(",",
                List.of(rows.get(0).split(",")).subList(0, 5)));
        assertEquals(4, rows.size(), t[0]);
        assertTrue(rows.get(1).startsWith("'-1,0,2026-11-26T10:00:00Z,1 of 4,"), rows.get(1));
        assertTrue(rows.get(2).startsWith("alice,1,2026-11-26T10:00:00Z,4 of 4,"), rows.get(2));
        assertTrue(rows.get(3).startsWith("bob,0,2026-11-26T10:00:00Z,3 of 4,"), rows.get(3));
        assertTrue(t[1].contains("| \\-1 | 0 |"), t[1]);
        assertTrue(t[1].contains("| bob | 0 | 2026\\-11\\-26T10:00:00Z | 3 of 4 | — |"), t[1]);
        Files.writeString(home.resolve("x"), "");
    }
}
