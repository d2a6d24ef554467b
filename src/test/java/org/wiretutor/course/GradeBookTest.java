package org.wiretutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeBookTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    private static final String EX = "01-url-prompt";

    private static GradeBook.Try attempt(String learner, String exercise, int passed, int total, Instant at) {
        List<GradeBook.Mark> checks = new ArrayList<>();
        for (int i = 0; i < total; i++) checks.add(new GradeBook.Mark("check" + i, i < passed));
        return new GradeBook.Try(learner, exercise, at, passed, total, checks, "python3 my.py", List.of(), "test");
    }

    private Instant t(int seconds) {
        return clock.instant().plusSeconds(seconds);
    }

    @Test
    void bestAndLatestScoresAndTriesSurviveReloading(@TempDir Path home) throws Exception {
        GradeBook book = GradeBook.load(home, clock, s -> { });
        book.learner("alice");
        book.record(attempt("alice", EX, 2, 5, t(1)));
        book.record(attempt("alice", EX, 5, 5, t(2)));
        book.record(attempt("alice", EX, 3, 5, t(3)));
        GradeBook again = GradeBook.load(home, clock, s -> { });
        GradeBook.Entry e = again.entry(EX).orElseThrow();
        assertEquals(5, e.best());
        assertEquals(3, e.last());
        assertEquals(3, e.tries());
        assertTrue(e.done());
        assertEquals("alice", again.learner().orElseThrow());
        assertTrue(again.reset(EX, t(4)));
        assertFalse(again.reset(EX, t(5)));
        assertTrue(GradeBook.load(home, clock, s -> { }).all().isEmpty());
        again.record(attempt("alice", EX, 1, 5, t(6)));
        assertEquals(1, GradeBook.load(home, clock, s -> { }).entry(EX).orElseThrow().best(), "a try after a reset counts");
        for (Path file : List.of(home.resolve("grades/alice.log"), home.resolve("learner.properties"))) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)), file.toString());
        }
    }

    @Test
    void eachLearnerHasTheirOwnRecordAndIdsIgnoreCase(@TempDir Path home) throws Exception {
        GradeBook book = GradeBook.load(home, clock, s -> { });
        book.learner("alice");
        book.record(attempt("alice", EX, 4, 4, t(1)));
        book.learner("bob");
        book.record(attempt("BOB", EX, 3, 4, t(2)));
        assertEquals("bob", book.learner().orElseThrow());
        assertEquals(3, book.entry(EX).orElseThrow().best(), "bob sees his own best, not alice's");
        book.learner("ALICE");
        assertEquals("alice", book.learner().orElseThrow());
        assertEquals(4, book.entry(EX).orElseThrow().best());
        assertEquals(1, book.entry(EX).orElseThrow().tries());
        assertEquals(List.of("alice", "bob"), GradeBook.load(home, clock, s -> { }).scores().learners());
        assertTrue(Files.exists(home.resolve("grades/bob.log")));
    }

    @Test
    void aTryIsSignedWithItsCommandItsSourcesChecksAndVersion(@TempDir Path home) throws Exception {
        Path work = Files.createDirectory(home.resolve("work"));
        Files.writeString(work.resolve("my.py"), "print('hi')\n");
        var sources = SourceDigest.of(List.of("python3", "my.py", "--flag", "missing.py"), work);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("print('hi')\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(new GradeBook.Source("my.py", expected)), sources);
        assertEquals(List.of(), SourceDigest.of(List.of("java", "Bad.java"), work), "no such file: none found");

        GradeBook book = GradeBook.load(home, clock, s -> { });
        book.record(new GradeBook.Try("Alice", EX, t(1), 1, 2, List.of(new GradeBook.Mark("finished", true),
                new GradeBook.Mark("request", false)), "python3 my.py", sources, "1.2.3"));
        book.record(new GradeBook.Try("alice", EX, t(2), 0, 1, List.of(new GradeBook.Mark("finished", false)),
                "java Bad.java", List.of(), "1.2.3"));
        String log = Files.readString(home.resolve("grades/alice.log"));
        assertTrue(log.contains("try\tlearner=alice\texercise=01-url-prompt\tat=2026-11-26T10:00:01Z\tscore=1/2\t"
                + "checks=finished:pass,request:fail\tcommand=python3%20my.py\tsources=my.py:sha256:" + expected
                + "\tversion=1.2.3\n"), log);
        assertTrue(log.contains("command=java%20Bad.java\tsources=none\t"), log);
        var best = book.bestTry("alice", EX).orElseThrow();
        assertEquals(sources, best.sources());
        assertEquals("python3 my.py", best.command());
    }

    @Test
    void anInvalidIdInALogIsReportedOnceAndNeverShown(@TempDir Path home) throws Exception {
        GradeBook.load(home, clock, s -> { }).record(attempt("alice", EX, 1, 1, t(1)));
        Path log = home.resolve("grades/alice.log");
        String good = Files.readString(log);
        Files.writeString(log, good + good.lines().filter(l -> l.startsWith("try")).findFirst().orElseThrow()
                .replace("learner=alice", "learner=%3Dcmd%7C'%20calc") + "\nnot a line\n");
        List<String> notices = new ArrayList<>();
        GradeBook book = GradeBook.load(home, clock, notices::add);
        assertEquals(List.of("alice"), book.scores().learners());
        assertEquals(List.of("alice"), book.scores().learners());
        assertEquals(2, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("1 result(s) with a learner id that is not valid were skipped"), notices.get(0));
        assertFalse(String.join("", notices).contains("calc"), "the bad id itself is never shown");
        book.record(attempt("alice", EX, 0, 1, t(2)));
        assertTrue(Files.readString(log).contains("not a line"), "a line we cannot read is kept, never dropped");
    }

    @Test
    void anOldGradesFileCountsForTheLearnerStoredInIt(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("grades.properties"), "format_version=1\nlearner=Alice\n01-url-prompt.best=5\n"
                + "01-url-prompt.last=3\n01-url-prompt.total=6\n01-url-prompt.tries=4\n"
                + "01-url-prompt.at=2026-01-01T00:00:00Z\n");
        GradeBook book = GradeBook.load(home, clock, s -> { });
        assertEquals("alice", book.learner().orElseThrow());
        assertEquals(new GradeBook.Entry(EX, 5, 3, 6, 4, Instant.parse("2026-01-01T00:00:00Z")), book.entry(EX).orElseThrow());
        book.record(attempt("alice", EX, 6, 6, t(1)));
        assertEquals(new GradeBook.Entry(EX, 6, 6, 6, 5, t(1)), book.entry(EX).orElseThrow());
        book.learner("bob");
        assertEquals(Optional.empty(), book.entry(EX), "alice's old results are not bob's");

        Path other = Files.createDirectory(home.resolve("other"));
        Files.writeString(other.resolve("grades.properties"), "format_version=1\n01-url-prompt.total=6\n"
                + "01-url-prompt.best=6\n");
        List<String> notices = new ArrayList<>();
        GradeBook nobody = GradeBook.load(other, clock, notices::add);
        assertEquals(List.of(), nobody.scores().learners());
        nobody.scores();
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("without a valid learner id, so they were skipped"), notices.get(0));
    }

    @Test
    void aCorruptOldGradesFileIsSetAsideAndReported(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("grades.properties"), "format_version=1\nx.best=lots\n");
        List<String> notices = new ArrayList<>();
        GradeBook book = GradeBook.load(home, clock, notices::add);
        assertTrue(book.all().isEmpty());
        assertEquals(1, notices.size());
        assertTrue(Files.exists(home.resolve("grades.properties.damaged-20261126-100000")));
    }

    @Test
    void aHandEditedLearnerIdIsCheckedOnEveryRead(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("learner.properties"),
                "format_version=1\nlearner==cmd|' -c calc'\\u001b]0;x\\u0007!A0\n");
        List<String> notices = new ArrayList<>();
        GradeBook forged = GradeBook.load(home, clock, notices::add);
        assertEquals(Optional.empty(), forged.learner(),
                "an id that is not valid counts as none: it never reaches a report or the screen");
        assertEquals(Optional.empty(), forged.learner());
        assertEquals(1, notices.size(), "told once: " + notices);
        assertFalse(notices.get(0).contains("calc"));
        GradeBook book = GradeBook.load(home, clock, s -> { });
        book.learner("alice");
        assertEquals("alice", GradeBook.load(home, clock, s -> { }).learner().orElseThrow());
    }

    @Test
    void fiveWritersAtOnceKeepAllFiveResults(@TempDir Path home) throws Exception {
        CountDownLatch ready = new CountDownLatch(5);
        CountDownLatch go = new CountDownLatch(1);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            Thread th = new Thread(() -> {
                try {
                    GradeBook own = GradeBook.load(home, clock, s -> failures.add(new AssertionError(s)));
                    Progress progress = Progress.load(home, clock, s -> failures.add(new AssertionError(s)));
                    ready.countDown();
                    go.await();
                    own.record(attempt("alice", EX, n, 5, t(n)));
                    progress.record("lesson" + n, n, false);
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(th);
            th.start();
        }
        assertTrue(ready.await(30, TimeUnit.SECONDS));
        go.countDown();
        for (Thread th : threads) th.join(TimeUnit.SECONDS.toMillis(30));
        assertEquals(List.of(), failures);
        GradeBook.Entry e = GradeBook.load(home, clock, s -> { }).entry("alice", EX).orElseThrow();
        assertEquals(5, e.tries());
        assertEquals(4, e.best());
        Progress progress = Progress.load(home, clock, s -> { });
        for (int i = 0; i < 5; i++) assertEquals(i, progress.step("lesson" + i), "every writer's progress is kept");
        try (var files = Files.list(home)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".tmp")).toList(), "no temporary file left");
        }
    }

    @Test
    void aClassIsCollectedFromManyFoldersAndTheSameTryCountsOnce(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        GradeBook.load(a, clock, s -> { }).record(attempt("alice", EX, 2, 6, t(1)));
        GradeBook.load(b, clock, s -> { }).record(attempt("bob", EX, 6, 6, t(2)));
        Path collected = Files.createDirectory(dir.resolve("collected"));
        Files.copy(a.resolve("grades/alice.log"), collected.resolve("alice.log"));
        Files.writeString(dir.resolve("old.properties"), "format_version=1\nlearner=carol\n01-url-prompt.total=6\n"
                + "01-url-prompt.best=1\n01-url-prompt.last=1\n01-url-prompt.tries=1\n");
        var scores = GradeBook.collect(List.of(a, b, collected, dir.resolve("old.properties")), clock, s -> { });
        assertEquals(List.of("alice", "bob", "carol"), scores.learners());
        assertEquals(1, scores.entry("alice", EX).orElseThrow().tries(), "the copied log adds nothing");
        assertEquals(6, scores.entry("bob", EX).orElseThrow().best());
        assertEquals(1, scores.entry("carol", EX).orElseThrow().best());
    }
}
