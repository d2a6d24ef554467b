package org.wiretutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeBookTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void bestAndLatestScoresAndTriesSurviveReloading(@TempDir Path home) throws Exception {
        GradeBook book = GradeBook.load(home, clock, s -> { });
        book.learner("alice");
        book.record("01-url-prompt", 2, 5, clock.instant());
        book.record("01-url-prompt", 5, 5, clock.instant());
        book.record("01-url-prompt", 3, 5, clock.instant());
        GradeBook again = GradeBook.load(home, clock, s -> { });
        GradeBook.Entry e = again.entry("01-url-prompt").orElseThrow();
        assertEquals(5, e.best());
        assertEquals(3, e.last());
        assertEquals(3, e.tries());
        assertTrue(e.done());
        assertEquals("alice", again.learner().orElseThrow());
        assertTrue(again.reset("01-url-prompt"));
        assertFalse(again.reset("01-url-prompt"));
        assertTrue(GradeBook.load(home, clock, s -> { }).all().isEmpty());
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(home.resolve("grades.properties"))));
    }

    @Test
    void aCorruptGradesFileIsSetAsideAndReported(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("grades.properties"), "format_version=1\nx.best=lots\n");
        List<String> notices = new ArrayList<>();
        GradeBook book = GradeBook.load(home, clock, notices::add);
        assertTrue(book.all().isEmpty());
        assertEquals(1, notices.size());
        assertTrue(Files.exists(home.resolve("grades.properties.damaged-20261126-100000")));
    }

    @Test
    void aHandEditedLearnerIdIsCheckedOnEveryRead(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("grades.properties"),
                "format_version=1\nlearner==cmd|' -c calc'\\u001b]0;x\\u0007!A0\n");
        List<String> notices = new ArrayList<>();
        GradeBook forged = GradeBook.load(home, clock, notices::add);
        assertEquals(List.of(), notices, "the file itself is readable");
        assertEquals(java.util.Optional.empty(), forged.learner(),
                "an id that is not valid counts as none: it never reaches a report or the screen");
        GradeBook book = GradeBook.load(home, clock, s -> { });
        book.learner("alice");
        assertEquals("alice", GradeBook.load(home, clock, s -> { }).learner().orElseThrow());
    }
}
