package org.wiretutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.mirror.LogEntry;

/** Answers judged against every open question, saved across a quit, and checks that judge only their own step. */
class CourseSessionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    private static final Course COURSE = CourseLoader.bundled();

    private final List<String> notices = new ArrayList<>();

    /** A session on lesson N, moved on to step number {@code step} (1-based). */
    private CourseSession at(Progress progress, int lesson, int step) {
        CourseSession s = new CourseSession(COURSE, progress, notices::add);
        s.start(COURSE.lesson(lesson).orElseThrow());
        for (int i = 1; i < step; i++) s.next();
        assertEquals(step, s.position().orElseThrow().stepNumber());
        return s;
    }

    private static List<CourseEvent> answer(CourseSession s, String text) {
        return s.observe(new Observation.Answered(text));
    }

    /** The only event, of the given kind. */
    private static <T extends CourseEvent> T only(List<CourseEvent> events, Class<T> kind) {
        assertEquals(1, events.size(), () -> "exactly one verdict, got " + events);
        return assertInstanceOf(kind, events.get(0));
    }

    @Test
    void twoQuestionsAreAnsweredInAnyOrderWithOneVerdictEach() {
        CourseSession s = at(Progress.inMemory(), 2, 5);
        var first = only(answer(s, "text/plain"), CourseEvent.CheckPassed.class);
        assertEquals("text/plain is right (1 of 2) — now the Content-Length.", first.message());
        var again = only(answer(s, "TEXT/PLAIN"), CourseEvent.Said.class);
        assertEquals("You already answered TEXT/PLAIN, and it is right. Still to answer: the Content-Length.",
                again.message());
        var wrong = only(answer(s, "468"), CourseEvent.Missed.class);
        assertTrue(wrong.feedback().startsWith("\"468\" is not it."), wrong.feedback());
        var done = only(answer(s, "  content-length :   467 "), CourseEvent.StepPassed.class);
        assertEquals(5, done.passed().stepNumber());
        assertEquals(6, s.position().orElseThrow().stepNumber());
    }

    @Test
    void theFirstQuestionAnsweredFirstNamesTheSecond() {
        CourseSession s = at(Progress.inMemory(), 2, 5);
        var right = only(answer(s, "467"), CourseEvent.CheckPassed.class);
        assertEquals("467 is right (1 of 2) — now the Content-Type.", right.message());
        var named = only(answer(s, "Content-Type: 467"), CourseEvent.Missed.class);
        assertTrue(named.feedback().contains("is not the Content-Type the server sent you"), named.feedback());
    }

    @Test
    void commonWrongAnswersAreToldWhy() {
        CourseSession s = at(Progress.inMemory(), 2, 6);
        var cache = only(answer(s, "no-cache"), CourseEvent.Missed.class);
        assertEquals("no-cache lets a browser keep a copy but makes it check with the server before each use; "
                + "no-store means keep no copy at all.", cache.feedback());
        var decimal = only(answer(s, "467"), CourseEvent.Missed.class);
        assertTrue(decimal.feedback().contains("hexadecimal"), decimal.feedback());
        assertEquals("no-store is right (1 of 2) — now the first number of the ETag.",
                only(answer(s, "Cache-Control: no-store"), CourseEvent.CheckPassed.class).message());
    }

    @Test
    void aPredictionBeforeTheActionIsRightOnceAndThenOnlyRepeated() {
        CourseSession s = at(Progress.inMemory(), 2, 3);
        assertEquals("Right. Now make it happen on the wire and watch.",
                only(answer(s, "404"), CourseEvent.CheckPassed.class).message());
        assertTrue(only(answer(s, "404"), CourseEvent.Said.class).message().endsWith("Now make it happen on the wire "
                + "and watch."));
        assertEquals(List.of(), answer(s, "200"), "no question is open, so the shell says it is not asking");
    }

    @Test
    void whatTheLearnerTypedIsShownEscaped() {
        CourseSession s = at(Progress.inMemory(), 2, 5);
        var wrong = only(answer(s, "46\u001b[2J7\u202e"), CourseEvent.Missed.class);
        assertTrue(wrong.feedback().startsWith("\"46\\x1B[2J7\\u202E\" is not it."), wrong.feedback());
        var named = only(answer(s, "Content-Type: \u001b]0;x\u0007"), CourseEvent.Missed.class);
        assertTrue(named.feedback().startsWith("\"\\x1B]0;x\\x07\" is not the Content-Type"), named.feedback());
    }

    @Test
    void whetherAStepWaitsIsDecidedByItsChecksNotByTheirWords() {
        CourseSession s = at(Progress.inMemory(), 2, 1);
        int readings = 0;
        int waits = 0;
        for (Step step : COURSE.lesson(2).orElseThrow().steps()) {
            if (step.isReading()) {
                readings++;
                assertEquals(java.util.Optional.empty(), s.waitingFor(), "a reading step waits for nothing");
            } else {
                waits++;
                assertEquals(java.util.Optional.of(s.remaining()), s.waitingFor());
                assertTrue(!s.remaining().isEmpty());
            }
            s.next();
        }
        assertTrue(readings > 0 && waits > 0, readings + " reading steps, " + waits + " with checks");
        CourseSession answered = at(Progress.inMemory(), 2, 5);
        answer(answered, "text/plain");
        assertEquals(java.util.Optional.of("give the Content-Length header's value: answer NAME: VALUE"),
                answered.waitingFor(), "one question left of two");
    }

    @Test
    void answersSurviveQuittingAndResuming(@TempDir Path home) throws Exception {
        CourseSession before = at(Progress.load(home, CLOCK, notices::add), 2, 5);
        only(answer(before, "467"), CourseEvent.CheckPassed.class);
        assertTrue(Files.readString(home.resolve("progress.properties")).contains("reading-the-reply.answered=4\\:0"));

        CourseSession after = new CourseSession(COURSE, Progress.load(home, CLOCK, notices::add), notices::add);
        after.start(COURSE.lesson(2).orElseThrow());
        assertEquals(5, after.position().orElseThrow().stepNumber());
        assertEquals("give the Content-Type header's value: answer NAME: VALUE", after.remaining());
        only(answer(after, "467"), CourseEvent.Said.class);
        only(answer(after, "text/plain"), CourseEvent.StepPassed.class);
        assertEquals(List.of(), notices);
    }

    @Test
    void aDamagedSavedAnswerIsIgnored(@TempDir Path home) throws Exception {
        for (String bad : List.of("4:0,x", "4:9", "oops", "4:", "99999:0", "4:0,1")) {
            Files.writeString(home.resolve("progress.properties"), "format_version=1\ncurrent=reading-the-reply\n"
                    + "reading-the-reply.step=4\nreading-the-reply.answered=" + bad.replace(":", "\\:") + "\n",
                    StandardCharsets.UTF_8);
            CourseSession s = new CourseSession(COURSE, Progress.load(home, CLOCK, notices::add), notices::add);
            s.start(COURSE.lesson(2).orElseThrow());
            assertEquals(5, s.position().orElseThrow().stepNumber(), bad);
            assertEquals("467 is right (1 of 2) — now the Content-Type.",
                    only(answer(s, "467"), CourseEvent.CheckPassed.class).message(), bad);
        }
        assertEquals(List.of(), notices, "the rest of the file is still trusted");
    }

    @Test
    void answersOfAnotherStepAreNotRestored(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("progress.properties"), "format_version=1\ncurrent=reading-the-reply\n"
                + "reading-the-reply.step=5\nreading-the-reply.answered=4\\:0\n");
        CourseSession s = new CourseSession(COURSE, Progress.load(home, CLOCK, notices::add), notices::add);
        s.start(COURSE.lesson(2).orElseThrow());
        assertEquals(6, s.position().orElseThrow().stepNumber());
        assertTrue(only(answer(s, "1d3"), CourseEvent.CheckPassed.class).message().contains("(1 of 2)"));
    }

    private static Observation.MirrorReceived received(String url) {
        byte[] head = ("GET " + url + " HTTP/1.1\r\nAccept-Encoding: identity\r\nHost: data.pr4e.org\r\n"
                + "User-Agent: Python-urllib/3.11\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        return new Observation.MirrorReceived(new LogEntry(Instant.EPOCH, new InetSocketAddress("127.0.0.1", 5000),
                "GET " + url + " HTTP/1.1", 200, 115, List.of(), 1, head));
    }

    /** Lesson 14's forgetful crawl: page one, page two, page one again, each request answering one check. */
    @Test
    void mirrorReceivedChecksInARowWantRequestsInThatOrderEachAnsweringOne() {
        CourseSession s = at(Progress.inMemory(), 14, 2);
        only(answer(s, "no"), CourseEvent.CheckPassed.class);
        String page1 = "http://data.pr4e.org/page1.htm";
        String page2 = "http://data.pr4e.org/page2.htm";
        only(s.observe(received(page1)), CourseEvent.CheckPassed.class);
        var twice = only(s.observe(received(page1)), CourseEvent.Missed.class);
        assertEquals("In the program's request the target was " + page1 + "; this step wants " + page2 + ".",
                twice.feedback());
        only(s.observe(received(page2)), CourseEvent.CheckPassed.class);
        only(s.observe(received(page1)), CourseEvent.CheckPassed.class);
        assertEquals(List.of(), s.observe(received(page2)), "the requests after the sequence are the program's own");
        only(s.observe(new Observation.ProgramFinished("crawl.py", 1,
                "Stopped at the limit of 10 fetches, with 1 more in the queue.\n", false)), CourseEvent.StepPassed.class);
        assertEquals(3, s.position().orElseThrow().stepNumber());
    }

    @Test
    void aProgramRunThatCompletesAStepIsNotJudgedByTheNext() {
        CourseSession s = at(Progress.inMemory(), 8, 2);
        CourseSession.Mark since = s.mark();
        byte[] head = ("GET http://data.pr4e.org/romeo.txt HTTP/1.1\r\nAccept-Encoding: identity\r\n"
                + "Host: data.pr4e.org\r\nUser-Agent: Python-urllib/3.11\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        LogEntry entry = new LogEntry(Instant.EPOCH, new InetSocketAddress("127.0.0.1", 5000),
                "GET http://data.pr4e.org/romeo.txt HTTP/1.1", 200, 167, List.of(), 1, head);
        only(s.observe(new Observation.MirrorReceived(entry), since), CourseEvent.StepPassed.class);
        assertEquals(3, s.position().orElseThrow().stepNumber());
        assertEquals(List.of(), s.observe(new Observation.ProgramFinished("urllib1.py", 0,
                "But soft what light through yonder window breaks\n", false), since),
                "the run that finished step 2 says nothing about step 3");
        var missed = only(s.observe(new Observation.ProgramFinished("urllib1.py", 0, "But soft\n", false), s.mark()),
                CourseEvent.Missed.class);
        assertTrue(missed.feedback().contains("did not include \"Content-Length\""), missed.feedback());
    }

    @Test
    void checksAfterAnAnswerStillPassInOrder() throws Exception {
        Lesson lesson = LessonParser.parse("01-x.md", "---\nformat_version: 1\ntitle: T\n---\n"
                + "## Step: A\n@check answer accept=400\n@check program name=a.py\n@check program name=b.py\n@hint h\n"
                + "## Step: B\nread\n");
        CourseSession s = new CourseSession(new Course(List.of(lesson), List.of(), CoursePrograms.none()),
                Progress.inMemory(), notices::add);
        s.start(lesson);
        assertEquals(List.of(), s.observe(new Observation.ProgramFinished("a.py", 0, "", false)),
                "the prediction comes first");
        only(answer(s, "400"), CourseEvent.CheckPassed.class);
        assertEquals(List.of(), s.observe(new Observation.ProgramFinished("b.py", 0, "", false)));
        only(s.observe(new Observation.ProgramFinished("a.py", 0, "", false)), CourseEvent.CheckPassed.class);
        only(s.observe(new Observation.ProgramFinished("b.py", 0, "", false)), CourseEvent.StepPassed.class);
    }
}
