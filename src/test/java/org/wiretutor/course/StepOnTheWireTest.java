package org.wiretutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wiretutor.http.Annotation;
import org.wiretutor.http.Kind;
import org.wiretutor.http.Severity;
import org.wiretutor.http.StatusLine;
import org.wiretutor.http.core.RequestLine;
import org.wiretutor.wire.Exchange;
import org.wiretutor.wire.Route;
import org.wiretutor.wire.Target;
import org.wiretutor.wire.WireEvent;

/**
 * Lesson steps driven by what crossed the wire, event by event: which step an event belongs to, answers typed
 * before their question opens, and misses that must not give a prediction away.
 */
class StepOnTheWireTest {
    private static final Course COURSE = CourseLoader.bundled();

    private static CourseSession at(int lesson, int step) {
        CourseSession s = new CourseSession(COURSE, Progress.inMemory(), notice -> { });
        s.start(COURSE.lesson(lesson).orElseThrow());
        for (int i = 1; i < step; i++) s.next();
        assertEquals(step, s.position().orElseThrow().stepNumber());
        return s;
    }

    private static int step(CourseSession s) {
        return s.position().orElseThrow().stepNumber();
    }

    private static <T extends CourseEvent> T only(List<CourseEvent> events, Class<T> kind) {
        assertEquals(1, events.size(), () -> "exactly one verdict, got " + events);
        return assertInstanceOf(kind, events.get(0));
    }

    private static <T extends CourseEvent> T last(List<CourseEvent> events, Class<T> kind) {
        assertFalse(events.isEmpty(), "no verdict at all");
        return assertInstanceOf(kind, events.get(events.size() - 1));
    }

    private static List<CourseEvent> answer(CourseSession s, String text) {
        return s.observe(new Observation.Answered(text));
    }

    private static Observation connected() {
        return Observation.of(new WireEvent.Connected(Route.direct(new Target("data.pr4e.org", 80),
                new InetSocketAddress("127.0.0.1", 80))));
    }

    /** A whole request head, as the wire reports it when the blank line has gone. */
    private static Observation request(String head) {
        return Observation.of(new WireEvent.RequestEnded(head.getBytes(StandardCharsets.ISO_8859_1),
                RequestLine.parse(head.substring(0, head.indexOf("\r\n"))), List.of(), false));
    }

    private static Observation sent(String bytes, WireEvent.SentKind kind) {
        String line = bytes.strip();
        return Observation.of(new WireEvent.Sent(bytes.getBytes(StandardCharsets.ISO_8859_1), kind,
                line.isEmpty() ? Optional.empty() : Optional.of(RequestLine.parse(line))));
    }

    private static Observation blankLine() {
        return sent("\r\n", WireEvent.SentKind.BLANK_LINE);
    }

    /** A whole reply with this status line and these header names. */
    /** Among what the step said, a line that starts so: a reveal, among the step's other events. */
    private static void assertSaid(List<CourseEvent> events, String start) {
        assertTrue(events.stream().anyMatch(e -> e instanceof CourseEvent.Said said && said.message().startsWith(start)),
                events::toString);
    }

    private static Observation reply(String statusLine, String... headers) {
        byte[] bytes = (statusLine + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        List<Annotation> parts = java.util.Arrays.stream(headers)
                .map(h -> new Annotation(Kind.HEADER, new byte[0], h, List.of(), Severity.INFO)).toList();
        return Observation.of(new WireEvent.ReplyComplete(new Exchange(new byte[0], bytes, bytes.length, parts,
                StatusLine.parse(statusLine), Optional.of("GET"), true, List.of()), true));
    }

    private static Observation closedByServer() {
        return Observation.of(new WireEvent.Closed(WireEvent.CloseReason.SERVER_CLOSED, "closed"));
    }

    /** Lesson 4 step 2: after a kept-alive reply the step's text is off the screen, so what is left is said. */
    @Test
    void aReplyOnAConnectionThatStaysOpenSaysWhatIsLeftOfTheStep() {
        CourseSession s = at(4, 2);
        s.observe(connected());
        s.observe(request("GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\r\n\r\n"));
        byte[] bytes = "HTTP/1.1 200 OK\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        var left = only(s.observe(Observation.of(new WireEvent.ReplyComplete(new Exchange(new byte[0], bytes,
                bytes.length, List.of(), StatusLine.parse("HTTP/1.1 200 OK"), Optional.of("GET"), true, List.of()),
                false))), CourseEvent.CheckPassed.class);
        assertEquals("That part of the step is done. Still to do: see the server close the connection (~wait waits for it).",
                left.message());
    }

    /** Lesson 3 step 4 asks what a server does when a client says nothing: a close after a reply is not that. */
    @Test
    void aCloseAfterAReplyIsNotTheSilentCloseLessonThreeAsksFor() {
        CourseSession s = at(3, 4);
        answer(s, "no");
        s.observe(connected());
        s.observe(blankLine());
        var told = only(s.observe(Observation.of(new WireEvent.Closed(WireEvent.CloseReason.SERVER_CLOSED, "closed",
                180))), CourseEvent.Missed.class);
        assertTrue(told.feedback().contains("an empty line counts"), told.feedback());
        assertEquals(4, step(s), "not passed");
        s.observe(connected());
        List<CourseEvent> silent = s.observe(Observation.of(new WireEvent.Closed(WireEvent.CloseReason.SERVER_CLOSED,
                "closed", 0)));
        assertInstanceOf(CourseEvent.StepPassed.class, silent.get(silent.size() - 1));
    }

    /** Lesson 3 step 1 wants the silence of an unfinished request: an empty line ends it, and that is said. */
    @Test
    void anEmptyLineBeforeTheWaitIsToldItEndedTheRequest() {
        CourseSession s = at(3, 1);
        s.observe(connected());
        s.observe(sent("GET http://data.pr4e.org/romeo.txt HTTP/1.0\r\n", WireEvent.SentKind.REQUEST_LINE));
        var told = only(s.observe(blankLine()), CourseEvent.Missed.class);
        assertTrue(told.feedback().startsWith("That empty line ended the request"), told.feedback());
        assertEquals(1, step(s));
    }

    /** Lesson 5: step 2 passes on the reply; the close after it is step 2's, not step 3's guess about HTTP/0.9. */
    @Test
    void theCloseAfterTheReplyThatFinishedAStepIsNotJudgedByTheNext() {
        CourseSession s = at(5, 2);
        s.observe(connected());
        assertEquals("", only(s.observe(request("GET /romeo.txt HTTP/1.0\r\n\r\n")), CourseEvent.CheckPassed.class)
                .message());
        assertEquals(2, only(s.observe(reply("HTTP/1.1 200 OK")), CourseEvent.StepPassed.class).passed().stepNumber());
        assertEquals(List.of(), s.observe(Observation.of(new WireEvent.Annotated(List.of()))));
        assertEquals(List.of(), s.observe(closedByServer()), "the close ends step 2's exchange");
        assertEquals(3, step(s));
        assertTrue(s.asking(), "step 3 still waits for the guess, not for what it had guessed");
        String why = ((AnswerCheck) s.position().orElseThrow().step().checks().get(0)).why();
        assertEquals("You guessed 0. Now try it and see whether you were right.",
                only(answer(s, "0"), CourseEvent.Said.class).message());

        // step 3's own experiment: judging resumes with the new connection
        s.observe(connected());
        assertEquals(List.of(), s.observe(sent("GET /romeo.txt\r\n", WireEvent.SentKind.REQUEST_LINE_HTTP09)));
        List<CourseEvent> revealed = s.observe(closedByServer());
        assertEquals("You guessed 0, and it was 0: right. " + why,
                assertInstanceOf(CourseEvent.Said.class, revealed.get(0)).message(), "the guess, revealed");
        assertEquals(3, assertInstanceOf(CourseEvent.StepPassed.class, revealed.get(revealed.size() - 1)).passed()
                .stepNumber());
        assertEquals(4, step(s));
        assertTrue(s.asking(), "step 4 starts with its own guess, not a verdict on step 3's request");
    }

    /** Lesson 1: step 4 passes on the blank line, so the reply to that request is step 5's to judge. */
    @Test
    void aStepFinishedByWhatTheLearnerSentLeavesTheReplyToTheNext() {
        CourseSession s = at(1, 4);
        assertEquals(4, only(s.observe(blankLine()), CourseEvent.StepPassed.class).passed().stepNumber());
        assertEquals(List.of(), s.observe(Observation.of(new WireEvent.Annotated(List.of()))));
        assertEquals("", only(s.observe(reply("HTTP/1.1 200 OK")), CourseEvent.CheckPassed.class).message());
        assertEquals(5, only(s.observe(closedByServer()), CourseEvent.StepPassed.class).passed().stepNumber());
    }

    /** Lesson 3: step 1 passes on the wait; the server losing patience afterwards is not step 2's reply. */
    @Test
    void whatFollowsAWaitThatFinishedAStepWaitsForTheLearnersNextLine() {
        CourseSession s = at(3, 1);
        s.observe(connected());
        s.observe(sent("GET /romeo.txt HTTP/1.0\r\n", WireEvent.SentKind.REQUEST_LINE));
        var waited = s.observe(Observation.of(new WireEvent.Waiting(WireEvent.WaitKind.BLANK_LINE_MISSING, "waiting")));
        assertEquals(1, only(waited, CourseEvent.StepPassed.class).passed().stepNumber());
        assertEquals(List.of(), s.observe(Observation.of(new WireEvent.Waiting(WireEvent.WaitKind.BLANK_LINE_MISSING,
                "still waiting"))));
        assertEquals(List.of(), s.observe(reply("HTTP/1.1 408 Request Timeout")), "not the reply step 2 asks for");
        assertEquals(List.of(), s.observe(closedByServer()));
        s.observe(connected());
        s.observe(sent("GET /romeo.txt HTTP/1.0\r\n", WireEvent.SentKind.REQUEST_LINE));
        assertEquals("", only(s.observe(blankLine()), CourseEvent.CheckPassed.class).message());
        var wrong = only(s.observe(reply("HTTP/1.1 408 Request Timeout")), CourseEvent.Missed.class);
        assertTrue(wrong.feedback().contains("408"), "the reply to the learner's own request is judged: "
                + wrong.feedback());
    }

    /** Lesson 12 step 4: "then type answer and the value of Content-Length", typed before the reply came. */
    @Test
    void anAnswerTypedBeforeItsQuestionOpensIsKeptAndJudgedWhenItDoes() {
        CourseSession s = at(12, 4);
        var kept = only(answer(s, "39625"), CourseEvent.Said.class);
        assertEquals("Not yet: first send a HEAD request for /cover3.jpg, ended by the blank line, then get the reply, "
                + "with status 200. Your answer \"39625\" is kept, and checked as soon as that is done (answer again "
                + "to change it).", kept.message());
        s.observe(connected());
        only(s.observe(request("HEAD /cover3.jpg HTTP/1.0\r\n\r\n")), CourseEvent.CheckPassed.class);
        var done = last(s.observe(reply("HTTP/1.1 200 OK", "Content-Length")), CourseEvent.StepPassed.class);
        assertEquals(4, done.passed().stepNumber());
        assertEquals(5, step(s));
    }

    @Test
    void aWrongAnswerKeptFromBeforeIsToldWhyWhenItsQuestionOpens() {
        CourseSession s = at(12, 4);
        only(answer(s, "0"), CourseEvent.Said.class);
        s.observe(connected());
        only(s.observe(request("HEAD /cover3.jpg HTTP/1.0\r\n\r\n")), CourseEvent.CheckPassed.class);
        List<CourseEvent> events = s.observe(reply("HTTP/1.1 200 OK", "Content-Length"));
        AnswerCheck question = (AnswerCheck) s.position().orElseThrow().step().checks().get(2);
        assertEquals(question.reason(), last(events, CourseEvent.Missed.class).feedback());
        assertTrue(s.asking(), "the question is open: the learner answers again");
        assertEquals(4, last(answer(s, "Content-Length: 39625"), CourseEvent.StepPassed.class).passed().stepNumber());
    }

    @Test
    void aStepWithNoQuestionLeftStillSaysItIsNotAsking() {
        CourseSession s = at(12, 4);
        s.observe(connected());
        s.observe(request("HEAD /cover3.jpg HTTP/1.0\r\n\r\n"));
        only(s.observe(reply("HTTP/1.1 200 OK", "Content-Length")), CourseEvent.CheckPassed.class);
        assertEquals(4, last(answer(s, "39625"), CourseEvent.StepPassed.class).passed().stepNumber());
        CourseSession onlyTheWire = at(2, 2);
        assertEquals(List.of(), answer(onlyTheWire, "200"), "step 2 asks nothing at all");
    }

    /** Lesson 2 step 8: a 408 is the missing blank line, said so, not a status set against the one the step wants. */
    @Test
    void aTimedOutRequestIsToldItsBlankLineAndNotTheStatusWanted() {
        CourseSession s = at(2, 8);
        answer(s, "404");
        s.observe(connected());
        s.observe(sent("GET http://data.pr4e.org/ROMEO.TXT HTTP/1.0\r\n", WireEvent.SentKind.REQUEST_LINE));
        var told = only(s.observe(reply("HTTP/1.1 408 Request Timeout")), CourseEvent.Missed.class);
        assertTrue(told.feedback().contains("its blank line did not come"), told.feedback());
        assertFalse(told.feedback().contains("404"), told.feedback());
    }

    /** Lesson 11's range step: a reply to a request with no Range at all says that, not only the status wanted. */
    @Test
    void aWholeFileForARequestWithNoRangeSaysTheRangeWasMissing() {
        ReplyCheck partial = new ReplyCheck(206, List.of());
        byte[] head = "GET /romeo.txt HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = "HTTP/1.1 200 OK\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        var verdict = partial.judge(Observation.of(new WireEvent.ReplyComplete(new Exchange(head, bytes, bytes.length,
                List.of(), StatusLine.parse("HTTP/1.1 200 OK"), Optional.of("GET"), true, List.of()), true)));
        assertTrue(verdict.message().startsWith("Your request had no Range header"), verdict.message());
    }

    /** Lesson 2 step 8: a guess made before going on with next is still there after back. */
    @Test
    void aGuessSurvivesLeavingTheStepAndComingBack() {
        CourseSession s = at(2, 8);
        assertEquals("You guessed 404. Now try it and see whether you were right.",
                only(answer(s, "404"), CourseEvent.Said.class).message());
        s.next();
        s.back();
        s.observe(connected());
        s.observe(sent("GET http://data.pr4e.org/ROMEO.TXT HTTP/1.0\r\n", WireEvent.SentKind.REQUEST_LINE));
        assertSaid(s.observe(reply("HTTP/1.1 404 Not Found")), "You guessed 404, and the server said 404");
    }

    /** Lesson 4 step 6 asks for a GET, then a HEAD: a HEAD first is told which comes first, not that it is no GET. */
    @Test
    void aLaterRequestOfTheStepSentFirstIsToldTheOrder() {
        CourseSession s = at(4, 6);
        s.observe(connected());
        var first = only(s.observe(request("HEAD /intro-short.txt HTTP/1.0\r\n\r\n")), CourseEvent.Missed.class);
        assertTrue(first.feedback().startsWith("That is a later part of this step, done first."), first.feedback());
        assertTrue(first.feedback().contains("first send a GET request for /intro-short.txt"), first.feedback());
        // a request that is neither is told what differs, as before
        s.observe(connected());
        var other = only(s.observe(request("GET /romeo.txt HTTP/1.0\r\n\r\n")), CourseEvent.Missed.class);
        assertFalse(other.feedback().startsWith("That is a later part"), other.feedback());
    }

    /**
     * Lesson 3: a learner who goes on with next while connected, and waits there, gets a reply to a request sent in
     * the step before. It is told that it does not count and how to begin this step, never passed over in silence.
     */
    @Test
    void aReplyToARequestFromTheStepBeforeIsToldItDoesNotCount() {
        CourseSession s = at(3, 2);
        s.observe(connected());
        s.observe(sent("GET http://data.pr4e.org/romeo.txt HTTP/1.0\r\n", WireEvent.SentKind.REQUEST_LINE));
        s.next();
        // the blank line that ends the old request begins nothing of this step's
        s.observe(blankLine());
        var told = only(s.observe(reply("HTTP/1.1 408 Request Timeout")), CourseEvent.Missed.class);
        assertTrue(told.feedback().contains("answers a request sent before this step began"), told.feedback());
        assertTrue(told.feedback().endsWith("then open data.pr4e.org 80"), told.feedback());
        // this step's own exchange is judged as usual
        s.observe(connected());
        assertTrue(s.observe(sent("GET http://data.pr4e.org/romeo.txt HTTP/1.0\r\n", WireEvent.SentKind.REQUEST_LINE))
                .stream().noneMatch(e -> e instanceof CourseEvent.Missed));
        assertTrue(s.observe(reply("HTTP/1.1 408 Request Timeout")).stream()
                .noneMatch(e -> e instanceof CourseEvent.Missed));
    }

    /**
     * Lesson 5 step 6 (guess what two spaces get): a plain request first is told it had one space, which names no
     * outcome; the guess is asked for only once two spaces brought the reply.
     */
    @Test
    void aRequestLineWithOneSpaceIsToldSoWithoutTellingTheGuess() {
        CourseSession s = at(5, 6);
        assertFalse(s.remaining().contains("400"), s.remaining());
        s.observe(connected());
        var one = only(s.observe(sent("GET /romeo.txt HTTP/1.0\r\n", WireEvent.SentKind.REQUEST_LINE)),
                CourseEvent.Missed.class);
        assertTrue(one.feedback().contains("with one space after GET. This step wants 2 spaces there"), one.feedback());
        assertFalse(one.feedback().contains("400"), one.feedback());
        assertEquals("You guessed 400. Now try it and see whether you were right.",
                only(answer(s, "400"), CourseEvent.Said.class).message());
        s.observe(connected());
        assertTrue(s.observe(sent("GET  /romeo.txt HTTP/1.0\r\n", WireEvent.SentKind.REQUEST_LINE)).stream()
                .noneMatch(e -> e instanceof CourseEvent.Missed), "two spaces are what the step asks for");
        assertSaid(s.observe(reply("HTTP/1.1 400 Bad Request")), "You guessed 400, and the server said 400");
    }

    @Test
    void whatAPredictStepWaitsForNamesNoOutcomeBeforeTheGuess() {
        CourseSession s = at(3, 5);
        assertFalse(s.remaining().contains("wait"), s.remaining());
        CourseSession twoSpaces = at(5, 6);
        assertTrue(twoSpaces.remaining().endsWith("get the whole reply"), twoSpaces.remaining());
        answer(twoSpaces, "400");
        assertEquals("send the request line GET  /romeo.txt HTTP/1.0, then get the reply, with status 400",
                twoSpaces.remaining(), "guessed: nothing to give away");
    }

    /** Lesson 9 step 2 (guess what a matching tag gets): the unquoted tag's explanation tells the request only. */
    @Test
    void aKnownMistakeBeforeTheGuessSaysWhatIsWrongWithTheRequestNotWhatCameOfIt() {
        CourseSession s = at(9, 2);
        s.observe(connected());
        byte[] head = "GET /romeo.txt HTTP/1.0\r\nIf-None-Match: a7-54f6609245537\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        s.observe(Observation.of(new WireEvent.RequestEnded(head, RequestLine.parse("GET /romeo.txt HTTP/1.0"),
                List.of(), false)));
        byte[] bytes = "HTTP/1.1 200 OK\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        var missed = only(s.observe(Observation.of(new WireEvent.ReplyComplete(new Exchange(head, bytes, bytes.length,
                List.of(), StatusLine.parse("HTTP/1.1 200 OK"), Optional.of("GET"), true, List.of()), true))),
                CourseEvent.Missed.class);
        assertEquals("Your If-None-Match said a7-54f6609245537 without double quotes, and the quotes are part of the "
                + "tag: write If-None-Match: \"a7-54f6609245537\"", missed.feedback());
    }

    /** A program's wanted output may be the very answer ("in 1 read"): before the guess, a miss does not quote it. */
    @Test
    void aProgramMissBeforeTheGuessDoesNotQuoteTheWantedOutput() throws Exception {
        Lesson lesson = LessonParser.parse("01-x.md", "---\nformat_version: 1\ntitle: T\n---\n"
                + "## Step: A\n@check answer accept=\"1|one\" about=\"the number of reads\"\n"
                + "@check program name=copy.py exit=0 output=\"in 1 read\"\n@hint h\n## Step: B\nread\n");
        CourseSession s = new CourseSession(new Course(List.of(lesson), List.of(), CoursePrograms.none()),
                Progress.inMemory(), notice -> { });
        s.start(lesson);
        var before = only(s.observe(new Observation.ProgramFinished("copy.py", 0, "in 2 reads\n", false)),
                CourseEvent.Missed.class);
        assertEquals("copy.py ran, but not as this step asks. Compare what you ran with the step's text, then try "
                + "again.", before.feedback());
        only(answer(s, "one read"), CourseEvent.Said.class);
        var after = only(s.observe(new Observation.ProgramFinished("copy.py", 0, "in 2 reads\n", false)),
                CourseEvent.Missed.class);
        assertTrue(after.feedback().contains("\"in 1 read\""), after.feedback());
    }

    /** Lesson 4 step 4 is about one connection carrying two requests: a second connection does not pass it. */
    @Test
    void twoRequestsOnTwoConnectionsDoNotPassTheStepAboutOneConnection() {
        CourseSession s = at(4, 4);
        assertEquals("open --keep-alive 60 data.pr4e.org 80", s.openLine(), "the step's own line to open again");
        s.observe(connected());
        s.observe(request("GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\r\nConnection: keep-alive\r\n\r\n"));
        s.observe(reply("HTTP/1.1 200 OK"));
        var again = only(s.observe(connected()), CourseEvent.Said.class);
        assertEquals("That is a new connection, and this step wants both requests on one connection. "
                + "Start again from the first request on this one.", again.message());
        var miss = only(s.observe(request("GET /clown.txt HTTP/1.1\r\nHost: data.pr4e.org\r\nConnection: close\r\n\r\n")),
                CourseEvent.Missed.class);
        assertTrue(miss.feedback().contains("romeo.txt"), miss.feedback());
        assertEquals(4, step(s));
        // both on the new connection: done
        s.observe(request("GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\r\nConnection: keep-alive\r\n\r\n"));
        s.observe(reply("HTTP/1.1 200 OK"));
        s.observe(request("GET /clown.txt HTTP/1.1\r\nHost: data.pr4e.org\r\nConnection: close\r\n\r\n"));
        s.observe(reply("HTTP/1.1 200 OK"));
        last(s.observe(closedByServer()), CourseEvent.StepPassed.class);
    }

    /** A connection opened before any of the step has passed costs nothing and says nothing. */
    @Test
    void aNewConnectionBeforeTheFirstRequestSaysNothing() {
        CourseSession s = at(4, 4);
        s.observe(connected());
        assertEquals(List.of(), s.observe(connected()));
    }

    /** Lesson 4 step 6: the GET's reply ends its connection, and the HEAD is still to come: that is said. */
    @Test
    void aReplyThatEndsItsConnectionSaysWhatIsLeftWhenTheCloseIsNotIt() {
        CourseSession s = at(4, 6);
        answer(s, "467");
        s.observe(connected());
        s.observe(request("GET /intro-short.txt HTTP/1.0\r\n\r\n"));
        var left = last(s.observe(reply("HTTP/1.1 200 OK")), CourseEvent.CheckPassed.class);
        assertTrue(left.message().contains("Still to do: send a HEAD request"), left.message());
    }

    /** A reply's first view leaves room for the reveal of a guess with its why, and no more than a plain step needs. */
    @Test
    void theVerdictRoomCountsAPendingRevealsWhy() {
        CourseSession predict = at(5, 4);
        AnswerCheck q = (AnswerCheck) predict.position().orElseThrow().step().checks().get(0);
        assertTrue(predict.verdictChars() > q.why().length(), "the why, and the words before it");
        answer(predict, "505");
        assertTrue(predict.verdictChars() > q.why().length(), "guessed, still to be revealed");
        assertEquals(0, at(1, 3).verdictChars(), "no prediction: the plain room");
    }

    /** Lesson 3 step 4: the learner's own close is a restart, not a miss; the server's silent close then passes. */
    @Test
    void theLearnersOwnCloseIsARestartNotAMiss() {
        CourseSession s = at(3, 4);
        answer(s, "no");
        s.observe(connected());
        assertEquals(List.of(), s.observe(Observation.of(new WireEvent.Closed(WireEvent.CloseReason.LOCAL, "closed"))));
        s.observe(connected());
        last(s.observe(closedByServer()), CourseEvent.StepPassed.class);
    }
}
