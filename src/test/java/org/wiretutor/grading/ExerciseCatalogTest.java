package org.wiretutor.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseCatalogTest {

    @Test
    void bundledHasTheElevenExercises() {
        ExerciseCatalog catalog = ExerciseCatalog.bundled();
        assertEquals(List.of(), catalog.problems());
        assertEquals(List.of("url-prompt", "count-chars", "library", "count-paragraphs", "body-only",
                        "header-fields", "make-it-answer", "http11-close", "head-length", "scraping-numbers",
                        "following-links"),
                catalog.all().stream().map(Exercise::id).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
                catalog.all().stream().map(Exercise::number).toList());
        for (Exercise e : catalog.all()) {
            boolean typed = e.number() >= 6 && e.number() <= 9;
            assertEquals(typed ? Exercise.Kind.TYPED : Exercise.Kind.PROGRAM, e.kind());
            assertTrue(e.statement().startsWith("# Exercise " + e.number() + ": " + e.title()), e.statement());
        }
        assertEquals("library", catalog.find("3").orElseThrow().id());
        assertEquals("library", catalog.find("03-library").orElseThrow().id());
        assertEquals(5, catalog.find("body-only").orElseThrow().number());
        assertEquals("following-links", catalog.find("11").orElseThrow().id());
        assertTrue(catalog.find("12").isEmpty());
    }

    @Test
    void badFormatVersionIsReportedWithFileAndReason(@TempDir Path dir) throws Exception {
        write(dir.resolve("01-good"), "format_version=1\nnumber=1\ntitle=Fine\nkind=program\npath=/romeo.txt\n"
                + "checks=finished, request\n");
        write(dir.resolve("02-future"), "format_version=2\nnumber=2\ntitle=Later\nkind=program\n");
        write(dir.resolve("03-typo"), "format_version=1\nnumber=3\ntitle=T\nkind=program\npath=/romeo.txt\n"
                + "checks=finished, reqest\n");
        ExerciseCatalog catalog = ExerciseCatalog.fromDirectory(dir);
        assertEquals(List.of("good"), catalog.all().stream().map(Exercise::id).toList());
        assertEquals(2, catalog.problems().size(), catalog.problems().toString());
        assertEquals("02-future/exercise.properties: format_version is 2, but this wiretutor reads format_version=1",
                catalog.problems().get(0));
        assertTrue(catalog.problems().get(1).startsWith("03-typo/exercise.properties: unknown check \"reqest\""),
                catalog.problems().get(1));
    }

    @Test
    void exercise11TypesTheLearnersOwnStartCountAndPosition() throws Exception {
        Exercise e = ExerciseCatalog.bundled().find("11").orElseThrow();
        ExerciseSpec spec = ExerciseSpec.read(e.folder(), "11");
        assertEquals("/{linkStart}", spec.path());
        assertEquals(List.of("url", "linkCount", "linkPosition"), spec.keyboard());
        var answers = org.wiretutor.mirror.pages.MirrorFiles.forLearner("alice").scrapeAnswers();
        ExerciseSpec alice = spec.resolved(LearnerValues.of(answers));
        assertEquals("/" + answers.linkStart(), alice.path());
        assertEquals("http://h/x\n" + answers.linkCount() + "\n" + answers.linkPosition() + "\n",
                ProgramGrader.keyboard(alice, "http://h/x", LearnerValues.of(answers)));
        assertEquals(List.of("url"), ExerciseSpec.read(ExerciseCatalog.bundled().find("10").orElseThrow().folder(),
                "10").keyboard(), "the URL alone, when keyboard= is not given");
    }

    @Test
    void unknownLearnerValuesAreReported(@TempDir Path dir) throws Exception {
        write(dir.resolve("01-path"), "format_version=1\nnumber=1\ntitle=P\nkind=program\npath=/{nope}\n"
                + "checks=finished\n");
        write(dir.resolve("02-keys"), "format_version=1\nnumber=2\ntitle=K\nkind=program\npath=/romeo.txt\n"
                + "keyboard=url, count\nchecks=finished\n");
        ExerciseCatalog catalog = ExerciseCatalog.fromDirectory(dir);
        assertEquals(List.of("01-path/exercise.properties: path: unknown {nope}; known: linkStart, linkCount, "
                        + "linkPosition",
                "02-keys/exercise.properties: keyboard: unknown line \"count\"; known: url, linkStart, linkCount, "
                        + "linkPosition"), catalog.problems());
    }

    @Test
    void missingStatementAndMismatchedNumberAreReported(@TempDir Path dir) throws Exception {
        write(dir.resolve("01-x"), "format_version=1\nnumber=2\ntitle=X\nkind=typed\n");
        Path noReadme = dir.resolve("02-y");
        Files.createDirectories(noReadme);
        Files.writeString(noReadme.resolve("exercise.properties"), "format_version=1\nnumber=2\ntitle=Y\nkind=typed\n");
        ExerciseCatalog catalog = ExerciseCatalog.fromDirectory(dir);
        assertEquals(List.of("01-x/exercise.properties: number=2 but the folder is numbered 1",
                "02-y/README.md: missing: every exercise needs a statement"), catalog.problems());
    }

    private static void write(Path folder, String properties) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("exercise.properties"), properties);
        Files.writeString(folder.resolve("README.md"), "# Exercise\n");
    }
}
