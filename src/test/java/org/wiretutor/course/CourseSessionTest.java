package org.wiretutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.wiretutor.http.StatusLine;
import org.wiretutor.http.core.RequestLine;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.wire.Exchange;
import org.wiretutor.wire.WireEvent;

/** Answers judged against every open question, saved across a quit, and checks that judge only their own step. */
class CourseSessionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    private static final Course COURSE = CourseLoader.bundled();
    /** Lesson 2 step 3's why: told after every reveal of its guess that has no reason of its own. */
    private static final String MISSING_FILE_WHY =
            ((AnswerCheck) COURSE.lesson(2).orElseThrow().steps().get(2).checks().get(0)).why();

    private final List<String> notices = new ArrayList<>();

    /** A session on lesson N, moved on to step number {@code step} (1-based). */
    private CourseSession at(Progress progress, int lesson, int step) {
        CourseSession s = new CourseSession(COURSE, progress, notices::add);
        s.start(COURSE.lesson(lesson).orElseThrow());
        for (int i = 1; i < step; i++) s.next();
        assertEquals(step, s.position().orElseThrow().stepNumber());
        return s;
    }

    /** A session on a made-up lesson: one step with these directives, then a reading step. */
    private CourseSession oneStep(String step) throws LessonFormatException {
        Lesson lesson = LessonParser.parse("01-x.md", "---\nformat_version: 1\ntitle: T\n---\n" + step
                + "## Step: B\nread\n");
        CourseSession s = new CourseSession(new Course(List.of(lesson), List.of(), CoursePrograms.none()),
                Progress.inMemory(), notices::add);
        s.start(lesson);
        return s;
    }

    private static List<CourseEvent> answer(CourseSession s, String text) {
        return s.observe(new Observation.Answered(text));
    }

    /** A step finished by an answer: its why, if it has one, then the step's pass, last. */
    private static CourseEvent.StepPassed finishing(List<CourseEvent> events) {
        assertTrue(events.size() <= 2, () -> "a why and the pass at most, got " + events);
        if (events.size() == 2) assertInstanceOf(CourseEvent.Said.class, events.get(0));
        return assertInstanceOf(CourseEvent.StepPassed.class, events.get(events.size() - 1));
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
        assertEquals("text/plain is right (1 of 2). text/plain says the body is plain text, with no markup for a browser to"
                + " lay out. Now the Content-Length.", first.message());
        var again = only(answer(s, "TEXT/PLAIN"), CourseEvent.Said.class);
        assertEquals("You already answered TEXT/PLAIN, and it is right. Still to answer: the Content-Length.",
                again.message());
        var wrong = only(answer(s, "468"), CourseEvent.Missed.class);
        assertTrue(wrong.feedback().startsWith("\"468\" is not it."), wrong.feedback());
        var done = finishing(answer(s, "  content-length :   467 "));
        assertEquals(5, done.passed().stepNumber());
        assertEquals(6, s.position().orElseThrow().stepNumber());
    }

    @Test
    void goingBackToAFinishedStepAndOnAgainIsNotSkippingIt() {
        CourseSession s = at(Progress.inMemory(), 2, 5);
        answer(s, "text/plain");
        finishing(answer(s, "467"));
        s.back();
        assertEquals(5, s.position().orElseThrow().stepNumber());
        var move = s.next().orElseThrow();
        assertEquals(false, move.skipped(), "it was finished before going back");
        // a step never finished is still a skip
        var skip = s.next().orElseThrow();
        assertEquals(true, skip.skipped(), "step 6 was left unfinished");
    }

    @Test
    void twoAnswersOnOneLineEachRightAreTakenOneByOne() {
        CourseSession s = at(Progress.inMemory(), 2, 5);
        List<CourseEvent> events = answer(s, "467 text/plain");
        assertInstanceOf(CourseEvent.StepPassed.class, events.get(events.size() - 1), events::toString);
        CourseSession other = at(Progress.inMemory(), 2, 5);
        only(answer(other, "468 text/plain"), CourseEvent.Missed.class);
    }

    @Test
    void theFirstQuestionAnsweredFirstNamesTheSecond() {
        CourseSession s = at(Progress.inMemory(), 2, 5);
        var right = only(answer(s, "467"), CourseEvent.CheckPassed.class);
        assertEquals("467 is right (1 of 2). Content-Length counts the bytes of the body alone, after the blank line:"
                + " intro-short.txt is 467 bytes. Now the Content-Type.", right.message());
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
        assertEquals("no-store is right (1 of 2). no-store asks a browser, and any cache on the way, to keep no copy of"
                + " this reply at all. Now the first number of the ETag.",
                only(answer(s, "Cache-Control: no-store"), CourseEvent.CheckPassed.class).message());
        // the last answer of the step: its why, then the step's ✓
        List<CourseEvent> last = answer(s, "1d3");
        finishing(last);
        assertEquals("1d3 is right. That is 467 written in hexadecimal, where d stands for 13 (1×256 + 13×16 + 3):"
                + " Apache puts the file's size into its tag.", ((CourseEvent.Said) last.get(0)).message());
    }

    @Test
    void aGuessBeforeTheActionIsNotedNotJudgedAndTheLastGuessIsSetAgainstWhatArrives() {
        CourseSession s = at(Progress.inMemory(), 2, 3);
        // right or wrong, a guess made first is only told after the experiment: telling it now spoils the prediction
        assertEquals("You guessed 404. Now try it and see whether you were right.",
                only(answer(s, "404"), CourseEvent.Said.class).message());
        assertEquals("You guessed 410. Now try it and see whether you were right.",
                only(answer(s, "410"), CourseEvent.Said.class).message());
        assertFalse(s.asking(), "guessed: the step waits for the wire");
        s.observe(sent("GET /nosuch.txt HTTP/1.0"));
        List<CourseEvent> events = s.observe(reply("HTTP/1.1 404 Not Found"));
        assertEquals("You guessed 410; the server said 404. " + MISSING_FILE_WHY,
                assertInstanceOf(CourseEvent.Said.class, events.get(0)).message());
        assertInstanceOf(CourseEvent.StepPassed.class, events.get(events.size() - 1));
    }

    @Test
    void aRightGuessMadeFirstIsToldRightWhenTheReplyComes() {
        CourseSession s = at(Progress.inMemory(), 2, 3);
        only(answer(s, "404 Not Found"), CourseEvent.Said.class);
        s.observe(sent("GET /nosuch.txt HTTP/1.0"));
        List<CourseEvent> events = s.observe(reply("HTTP/1.1 404 Not Found"));
        assertEquals("You guessed 404 Not Found, and the server said 404: right. " + MISSING_FILE_WHY,
                assertInstanceOf(CourseEvent.Said.class, events.get(0)).message());
        assertInstanceOf(CourseEvent.StepPassed.class, events.get(events.size() - 1));
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
        assertEquals(java.util.Optional.of("give the Content-Length header's value: answer and the value"),
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
        assertEquals("give the Content-Type header's value: answer and the value", after.remaining());
        only(answer(after, "467"), CourseEvent.Said.class);
        finishing(answer(after, "text/plain"));
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
            assertEquals("467 is right (1 of 2). Content-Length counts the bytes of the body alone, after the blank line:"
                + " intro-short.txt is 467 bytes. Now the Content-Type.",
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
        only(answer(s, "no"), CourseEvent.Said.class);
        String page1 = "http://data.pr4e.org/page1.htm";
        String page2 = "http://data.pr4e.org/page2.htm";
        only(s.observe(received(page1)), CourseEvent.CheckPassed.class);
        var twice = only(s.observe(received(page1)), CourseEvent.Missed.class);
        assertEquals("In the program's request the target was " + page1 + "; this step wants " + page2 + ".",
                twice.feedback());
        only(s.observe(received(page2)), CourseEvent.CheckPassed.class);
        only(s.observe(received(page1)), CourseEvent.CheckPassed.class);
        assertEquals(List.of(), s.observe(received(page2)), "the requests after the sequence are the program's own");
        List<CourseEvent> done = s.observe(new Observation.ProgramFinished("crawl.py", 1,
                "Stopped at the limit of 10 fetches, with 1 more in the queue.\n", false));
        assertTrue(assertInstanceOf(CourseEvent.Said.class, done.get(0)).message().startsWith("You guessed no"),
                done.toString());
        assertInstanceOf(CourseEvent.StepPassed.class, done.get(done.size() - 1));
        assertEquals(3, s.position().orElseThrow().stepNumber());
    }

    @Test
    void aProgramRunThatCompletesAStepIsNotJudgedByTheNext() throws Exception {
        CourseSession s = oneStep("## Step: A\n@check mirror-received method=GET target=http://data.pr4e.org/romeo.txt"
                + " header=Host,User-Agent,Connection\n@hint h\n## Step: A2\n@check program name=urllib1.py"
                + " output=\"Content-Length\"\n@hint h\n");
        CourseSession.Mark since = s.mark();
        byte[] head = ("GET http://data.pr4e.org/romeo.txt HTTP/1.1\r\nAccept-Encoding: identity\r\n"
                + "Host: data.pr4e.org\r\nUser-Agent: Python-urllib/3.11\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        LogEntry entry = new LogEntry(Instant.EPOCH, new InetSocketAddress("127.0.0.1", 5000),
                "GET http://data.pr4e.org/romeo.txt HTTP/1.1", 200, 167, List.of(), 1, head);
        only(s.observe(new Observation.MirrorReceived(entry), since), CourseEvent.StepPassed.class);
        assertEquals(2, s.position().orElseThrow().stepNumber());
        assertEquals(List.of(), s.observe(new Observation.ProgramFinished("urllib1.py", 0,
                "But soft what light through yonder window breaks\n", false), since),
                "the run that finished step 1 says nothing about step 2");
        var missed = only(s.observe(new Observation.ProgramFinished("urllib1.py", 0, "But soft\n", false), s.mark()),
                CourseEvent.Missed.class);
        assertTrue(missed.feedback().contains("did not include \"Content-Length\""), missed.feedback());
    }

    @Test
    void checksAfterAPredictionStillPassInOrderWithoutWaitingForIt() throws Exception {
        CourseSession s = oneStep("## Step: A\n@check answer accept=400\n@check program name=a.py\n@check program name=b.py\n@hint h\n");
        assertEquals(List.of(), s.observe(new Observation.ProgramFinished("b.py", 0, "", false)),
                "the checks after the prediction keep their order");
        assertEquals("", only(s.observe(new Observation.ProgramFinished("a.py", 0, "", false)),
                CourseEvent.CheckPassed.class).message(), "a prediction does not hold up what happens");
        only(answer(s, "400"), CourseEvent.Said.class);
        List<CourseEvent> done = s.observe(new Observation.ProgramFinished("b.py", 0, "", false));
        assertEquals("You guessed 400, and it was 400: right.",
                assertInstanceOf(CourseEvent.Said.class, done.get(0)).message());
        assertInstanceOf(CourseEvent.StepPassed.class, done.get(done.size() - 1));
    }

    /** Read, then answer: once the thing to read has happened, the question is named under it. */
    @Test
    void aQuestionAfterTheEvidenceIsNamedOnceTheEvidenceIsIn() throws Exception {
        CourseSession s = oneStep("## Step: A\n@check program name=a.py\n@check answer accept=3 about=\"the count\"\n@hint h\n");
        var ran = only(s.observe(new Observation.ProgramFinished("a.py", 0, "", false)), CourseEvent.CheckPassed.class);
        assertEquals("That is what this step wanted to see. Now its question: answer with the count.", ran.message());
    }

    /** A request line typed at the prompt, as the wire reports it. */
    private static Observation sent(String line) {
        return Observation.of(new WireEvent.Sent((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1),
                WireEvent.SentKind.REQUEST_LINE, java.util.Optional.of(RequestLine.parse(line))));
    }

    /** A whole reply with this status line. */
    private static Observation reply(String statusLine) {
        byte[] bytes = (statusLine + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        return Observation.of(new WireEvent.ReplyComplete(new Exchange(new byte[0], bytes, bytes.length, List.of(),
                StatusLine.parse(statusLine), java.util.Optional.of("GET"), true, List.of())));
    }

    /** Lesson 2 step 3 the other way round: the request first, then the guess, and no second request. */
    @Test
    void aPredictionAfterTheRequestIsSetAgainstWhatArrivedWithoutSendingAgain() {
        CourseSession s = at(Progress.inMemory(), 2, 3);
        assertEquals("", only(s.observe(sent("GET http://data.pr4e.org/nosuch.txt HTTP/1.0")),
                CourseEvent.CheckPassed.class).message(), "the request line passes without a word, though the guess is not in");
        var ask = only(s.observe(reply("HTTP/1.1 404 Not Found")), CourseEvent.Said.class);
        assertEquals("That is what happened. What had you guessed before you tried it? Type answer and your guess, "
                + "to set it against what arrived.", ask.message());
        List<CourseEvent> events = answer(s, "404");
        assertEquals(2, events.size(), events::toString);
        assertEquals("You guessed 404, and the server said 404: right. " + MISSING_FILE_WHY,
                assertInstanceOf(CourseEvent.Said.class, events.get(0)).message());
        assertEquals(3, assertInstanceOf(CourseEvent.StepPassed.class, events.get(1)).passed().stepNumber());
    }

    @Test
    void aWrongGuessAfterTheRequestIsConfrontedAndTheStepIsDone() {
        CourseSession s = at(Progress.inMemory(), 2, 3);
        s.observe(sent("GET /nosuch.txt HTTP/1.0"));
        s.observe(reply("HTTP/1.1 404 Not Found"));
        List<CourseEvent> events = answer(s, "\"410\"");
        assertEquals("You guessed 410; the server said 404. " + MISSING_FILE_WHY,
                assertInstanceOf(CourseEvent.Said.class, events.get(0)).message());
        assertInstanceOf(CourseEvent.StepPassed.class, events.get(1));
        assertEquals(4, s.position().orElseThrow().stepNumber(), "the experiment is not asked for again");
    }

    @Test
    void aWrongGuessBeforeTheRequestIsNotToldToLookAtTheWireAndIsConfrontedWhenTheReplyComes() {
        CourseSession s = at(Progress.inMemory(), 2, 3);
        var noted = only(answer(s, "410"), CourseEvent.Said.class);
        assertEquals("You guessed 410. Now try it and see whether you were right.", noted.message());
        s.observe(sent("GET /nosuch.txt HTTP/1.0"));
        List<CourseEvent> events = s.observe(reply("HTTP/1.1 404 Not Found"));
        assertEquals("You guessed 410; the server said 404. " + MISSING_FILE_WHY,
                assertInstanceOf(CourseEvent.Said.class, events.get(0)).message());
        assertInstanceOf(CourseEvent.StepPassed.class, events.get(events.size() - 1));
    }

    @Test
    void aWrongGuessTheLessonKnowsIsToldItsReasonWhenTheReplyComesNotBefore() {
        CourseSession s = at(Progress.inMemory(), 2, 3);
        AnswerCheck question = (AnswerCheck) s.position().orElseThrow().step().checks().get(0);
        assertTrue(question.wrong().contains("403"), "lesson 2 knows 403 as a common wrong guess");
        var noted = only(answer(s, "403"), CourseEvent.Said.class);
        assertFalse(noted.message().contains(question.reason()), "the reason waits for the reveal");
        s.observe(sent("GET /nosuch.txt HTTP/1.0"));
        List<CourseEvent> events = s.observe(reply("HTTP/1.1 404 Not Found"));
        assertEquals("You guessed 403; the server said 404. " + question.reason(),
                assertInstanceOf(CourseEvent.Said.class, events.get(0)).message());
        assertInstanceOf(CourseEvent.StepPassed.class, events.get(events.size() - 1));
    }

    /** A yes-or-no prediction (as in lessons 3, 8, 11 and 14): a wrong guess is held, not rejected, since "no" would give "yes" away. */
    @Test
    void aWrongYesOrNoGuessDoesNotGiveTheAnswerAway() throws Exception {
        CourseSession s = oneStep("## Step: A\n@check answer accept=\"no|n\"\n@check program name=a.py\n@hint h\n");
        var held = only(answer(s, "Yes"), CourseEvent.Said.class);
        assertEquals("You guessed Yes. Now try it and see whether you were right.", held.message());
        assertTrue(!held.message().contains("not it") && !held.message().contains(" no"), held.message());
        List<CourseEvent> events = s.observe(new Observation.ProgramFinished("a.py", 0, "", false));
        assertEquals("You guessed Yes; it was no.",
                assertInstanceOf(CourseEvent.Said.class, events.get(0)).message());
        assertInstanceOf(CourseEvent.StepPassed.class, events.get(1));
    }

    @Test
    void answersArePeoplesWaysOfWritingThem() {
        AnswerCheck size = new AnswerCheck(List.of("39625", "39,625"), "Content-Length", false, "the size", List.of(),
                "");
        for (String a : List.of("39625 bytes", "39,625", "39 625", "Content-Length: 39,625 bytes", "\"39625\"")) {
            assertEquals(AnswerCheck.Fit.RIGHT, size.read(a).fit(), a);
        }
        assertEquals(AnswerCheck.Fit.WRONG, size.read("Content-Length: 39,626").fit());
        AnswerCheck most = new AnswerCheck(List.of("100000"), "", false, "the most held at once", List.of(), "");
        assertEquals(AnswerCheck.Fit.RIGHT, most.read("100,000").fit());
        assertEquals(AnswerCheck.Fit.RIGHT, most.read("100,000 bytes").fit());
        AnswerCheck reads = new AnswerCheck(List.of("4", "four"), "", false, "the number of reads", List.of(), "");
        assertEquals(AnswerCheck.Fit.RIGHT, reads.read("4 reads").fit());
        assertEquals(AnswerCheck.Fit.OTHER, reads.read("4 apples").fit());
        AnswerCheck status = new AnswerCheck(List.of("404"));
        assertEquals(AnswerCheck.Fit.RIGHT, status.read("404 Not Found").fit());
        assertEquals(AnswerCheck.Fit.OTHER, status.read("404 Forbidden").fit(), "the phrase says another status");
        AnswerCheck tag = new AnswerCheck(List.of("1d3"));
        assertEquals(AnswerCheck.Fit.RIGHT, tag.read("\"1d3\"").fit());
        AnswerCheck rule = new AnswerCheck(List.of("max-age=0"), "", false, "the rule", List.of("no-cache"), "r");
        assertEquals(AnswerCheck.Fit.RIGHT, rule.read("max-age").fit());
        AnswerCheck value = new AnswerCheck(List.of("0", "max-age=0"), "", false, "the max-age", List.of(), "");
        assertEquals(AnswerCheck.Fit.OTHER, value.read("max-age").fit(), "the name is no answer when the value is asked");
        AnswerCheck no = new AnswerCheck(List.of("no"));
        for (String a : List.of("n", "No", "no.", "N")) assertEquals(AnswerCheck.Fit.RIGHT, no.read(a).fit(), a);
        assertEquals(AnswerCheck.Fit.OTHER, no.read("y").fit());
        AnswerCheck header = new AnswerCheck(List.of("Location"));
        assertEquals(AnswerCheck.Fit.RIGHT, header.read("Location: http://data.pr4e.org/").fit());
    }

    @Test
    void aCountInWordsIsReadAsTheDigitsAre() {
        AnswerCheck requests = new AnswerCheck(List.of("2", "two"), "", false, "the number of requests",
                List.of("3", "three", "10"), "r");
        for (String a : List.of("two requests", "Two Requests", "2 requests", "two", "two request")) {
            assertEquals(AnswerCheck.Fit.RIGHT, requests.read(a).fit(), a);
        }
        assertEquals(AnswerCheck.Fit.WRONG, requests.read("three requests").fit());
        assertEquals(AnswerCheck.Fit.WRONG, requests.read("ten").fit(), "ten is 10, a known wrong answer");
        assertEquals(AnswerCheck.Fit.OTHER, requests.read("two apples").fit(), "apples are not what it counts");
        AnswerCheck words = new AnswerCheck(List.of("33"), "", false, "the number of words", List.of(), "");
        for (String a : List.of("thirty-three words", "thirty three words", "thirty-three")) {
            assertEquals(AnswerCheck.Fit.RIGHT, words.read(a).fit(), a);
        }
        assertEquals(AnswerCheck.Fit.OTHER, words.read("thirty-four words").fit());
        AnswerCheck size = new AnswerCheck(List.of("5"), "", false, "the size", List.of(), "");
        assertEquals(AnswerCheck.Fit.RIGHT, size.read("five bytes").fit(), "a unit, as after digits");
    }

    /** Lesson 14 step 3, typed as a person says it. */
    @Test
    void aCountedNounAfterANumberWordAnswersTheQuestion() {
        CourseSession s = at(Progress.inMemory(), 14, 3);
        assertTrue(only(answer(s, "two requests"), CourseEvent.Said.class).message().startsWith("You guessed two requests."),
                "noted as typed, and read as the number it says when the reply comes");
    }

    @Test
    void anAnswerCopiedFromTheScreenWithItsWrappingIsReadAsItsValue() {
        AnswerCheck size = new AnswerCheck(List.of("31"), "", false, "the chunk size", List.of(), "");
        assertEquals(AnswerCheck.Fit.RIGHT, size.read("31\\r\\n").fit(), "a size line with its ending written out");
        AnswerCheck link = new AnswerCheck(List.of("http://data.pr4e.org/page2.htm"), "", false, "the link",
                List.of(), "");
        assertEquals(AnswerCheck.Fit.RIGHT, link.read("href=\"http://data.pr4e.org/page2.htm\"").fit());
        assertEquals(AnswerCheck.Fit.RIGHT, new AnswerCheck(List.of("304"), "", false, "", List.of(), "")
                .read("Not Modified").fit(), "a status named by its phrase");
        assertEquals(AnswerCheck.Fit.RIGHT, new AnswerCheck(List.of("1d3"), "", false, "", List.of(), "")
                .read("\"1d3").fit(), "one stray quote mark");
    }

    /** A URL with a slip in it is nearly right, and told so; a short answer one slip off is just another value. */
    @Test
    void aLongAnswerWithASlipIsToldItIsNearlyIt() {
        AnswerCheck url = new AnswerCheck(List.of("http://data.pr4e.org/docs/romeo.txt"));
        var slip = url.judge(new Observation.Answered("htp://data.pr4e.org/docs/romeo.txt"));
        assertEquals("\"htp://data.pr4e.org/docs/romeo.txt\" is nearly it: one or two characters are off. Check it"
                + " letter by letter.", slip.message());
        var other = url.judge(new Observation.Answered("http://data.pr4e.org/romeo.txt"));
        assertTrue(other.message().contains("is not it"), other.message());
        var number = new AnswerCheck(List.of("467")).judge(new Observation.Answered("468"));
        assertTrue(number.message().contains("is not it"), number.message());
    }

    /** Going on to another lesson from a recap finishes the lesson, as next there would; from anywhere else it does not. */
    @Test
    void leavingALessonAtItsRecapFinishesIt() {
        Progress progress = Progress.inMemory();
        Lesson five = COURSE.lesson(5).orElseThrow();
        CourseSession s = at(progress, 5, five.steps().size());
        s.start(COURSE.lesson(6).orElseThrow());
        assertTrue(progress.finished(five.id()), "the recap was reached");
        Progress other = Progress.inMemory();
        CourseSession mid = at(other, 5, 2);
        mid.start(COURSE.lesson(6).orElseThrow());
        assertFalse(other.finished(five.id()), "left at step 2: not finished");
    }

    /** A header's name guessed with its colon, as the course writes headers, is the guess, right or wrong. */
    @Test
    void aHeaderNameWithItsColonIsReadAsTheName() {
        AnswerCheck moved = new AnswerCheck(List.of("Location"), "", false, "", List.of("Redirect"), "r");
        assertEquals(new AnswerCheck.Reading(AnswerCheck.Fit.OTHER, "New-Location", ""), moved.read("New-Location:"));
        assertEquals(AnswerCheck.Fit.WRONG, moved.read("Redirect:").fit());
        assertEquals(AnswerCheck.Fit.RIGHT, moved.read("Location:").fit());
    }

    /** A guess at a status code that names none is asked for one, and kept for nothing; a phrase is a guess. */
    @Test
    void aStatusGuessThatNamesNoStatusIsAskedForOne() {
        CourseSession s = at(Progress.inMemory(), 2, 3);
        assertEquals("This question wants a status code: three digits.",
                only(answer(s, "no"), CourseEvent.Missed.class).feedback());
        assertTrue(s.asking(), "still waits for the guess");
        assertEquals("You guessed Forbidden. Now try it and see whether you were right.",
                only(answer(s, "Forbidden"), CourseEvent.Said.class).message());
    }

    /** Lesson 9 asks for the year of a date: the date copied whole, with that year, is the year. */
    @Test
    void aDateCopiedWholeAnswersForItsYear() {
        AnswerCheck year = new AnswerCheck(List.of("1984"), "", false, "the year", List.of("2017"), "r");
        for (String a : List.of("11 Jan 1984", "Wed, 11 Jan 1984 05:00:00 GMT", "11-January-1984")) {
            assertEquals(AnswerCheck.Fit.RIGHT, year.read(a).fit(), a);
        }
        assertEquals(AnswerCheck.Fit.OTHER, year.read("11 Jan 1985").fit());
        assertEquals(AnswerCheck.Fit.OTHER, year.read("1984 or 2017").fit());
    }

    @Test
    void yesAndNoInTheirCommonForms() {
        AnswerCheck no = new AnswerCheck(List.of("no", "n"), "", false, "", List.of("yes"), "r");
        for (String a : List.of("nope", "No.", "nah", "no, it waited", "\"no\"")) {
            assertEquals(AnswerCheck.Fit.RIGHT, no.read(a).fit(), a);
        }
        for (String a : List.of("yep", "Yeah!", "sure", "yes, at once")) {
            assertEquals(AnswerCheck.Fit.WRONG, no.read(a).fit(), a);
        }
        for (String a : List.of("maybe", "no idea", "not sure", "no-store")) {
            assertEquals(AnswerCheck.Fit.OTHER, no.read(a).fit(), a);
            assertTrue(!AnswerCheck.saysYesOrNo(a), a);
        }
    }

    /** Lesson 3 step 4: "maybe" is no guess at a yes-or-no question, so it is not set against what happens. */
    @Test
    void aYesOrNoPredictionTakesOnlyYesOrNoAsAGuess() {
        CourseSession s = at(Progress.inMemory(), 3, 4);
        assertEquals("This question wants yes or no.", only(answer(s, "maybe"), CourseEvent.Missed.class).feedback());
        assertTrue(s.asking(), "still asking");
        assertEquals("You guessed yep. Now try it and see whether you were right.",
                only(answer(s, "yep"), CourseEvent.Said.class).message());
        assertEquals("This question wants yes or no.", only(answer(s, "dunno"), CourseEvent.Missed.class).feedback());
        assertEquals("You guessed nope. Now try it and see whether you were right.",
                only(answer(s, "nope"), CourseEvent.Said.class).message());
    }

    @Test
    void aQuotedWrongAnswerIsEchoedWithOneCoupleOfQuotes() {
        CourseSession s = at(Progress.inMemory(), 2, 5);
        var wrong = only(answer(s, "\"468\""), CourseEvent.Missed.class);
        assertTrue(wrong.feedback().startsWith("\"468\" is not it."), wrong.feedback());
    }
}
