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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void savedStepsSurviveReloading(@TempDir Path home) throws Exception {
        Progress p = Progress.load(home, clock, s -> { });
        p.record("http-dance", 3, false);
        Progress again = Progress.load(home, clock, s -> { });
        assertEquals(3, again.step("http-dance"));
        assertEquals("http-dance", again.currentLesson().orElseThrow());
        assertFalse(again.finished("http-dance"));
        again.record("http-dance", 5, true);
        assertTrue(Progress.load(home, clock, s -> { }).finished("http-dance"));
        assertFalse(Files.exists(home.resolve("progress.properties.tmp")), "no temp file left behind");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(home.resolve("progress.properties"))));
    }

    @Test
    void aDamagedFileIsSetAsideAndReported(@TempDir Path home) throws Exception {
        Path file = home.resolve("progress.properties");
        Files.writeString(file, "format_version=1\nhttp-dance.step=three\n");
        List<String> notices = new ArrayList<>();
        Progress p = Progress.load(home, clock, notices::add);
        assertEquals(0, p.step("http-dance"));
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).contains("could not be read"), notices.get(0));
        Path aside = home.resolve("progress.properties.damaged-20261126-100000");
        assertTrue(notices.get(0).contains(aside.toString()), notices.get(0));
        assertEquals("format_version=1\nhttp-dance.step=three\n", Files.readString(aside), "kept byte for byte");
        p.record("http-dance", 1, false);
        assertEquals(1, Progress.load(home, clock, notices::add).step("http-dance"));
        try (Stream<Path> files = Files.list(home)) {
            assertEquals(2, files.filter(f -> !f.getFileName().toString().equals(HomeFiles.LOCK_FILE)).count(),
                    "the progress file and the damaged one (and the folder's lock file)");
        }
    }

    @Test
    void aFileFromAnotherFormatIsNotTrusted(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("progress.properties"), "{\"json\": true}");
        List<String> notices = new ArrayList<>();
        Progress.load(home, clock, notices::add);
        assertEquals(1, notices.size());
    }
}
