package org.wiretutor.course;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.wiretutor.check.Verdict;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.WireEvent;

/**
 * The learner's walk through the course: which step is current, which of its checks have
 * passed, and saving that as it changes. Wire events arrive on the reader thread while
 * commands arrive on the shell's, so every method is synchronised.
 */
public final class CourseSession {
    private final Course course;
    private final Progress progress;
    private final Consumer<String> notice;
    private Position position;
    private BitSet passed = new BitSet();
    /** Steps finished in this session: going back to one and on again is not skipping it. */
    private final java.util.Set<Position> finished = new java.util.HashSet<>();
    private int hintsShown;
    private long epoch;
    /** Guesses at the step's predictions, right or wrong, by check: told only when set against what arrives. */
    private Map<Integer, String> guesses = new HashMap<>();
    /** The status of the last whole reply in this step, if one came. */
    private OptionalInt arrived = OptionalInt.empty();
    /** Answers typed before this step's question opened, to judge when it does (see {@link #answer}). */
    private List<String> early = new ArrayList<>();
    /** The last event on the learner's connection came after a request ended: a reply, its parts, a wait, a close. */
    private boolean afterRequest;
    /**
     * A step finished on (or after) the end of an exchange: what is left of that exchange (the close after the
     * reply, a wait) belongs to the step it finished, not to the next one, which waits for the learner's next move.
     */
    private boolean settling;
    /** The learner began a request since this step began: a new connection, or a request line on an old one. */
    private boolean sentInThisStep;
    /** Guesses made at a step the learner left with next or back, given back when they return to it. */
    private final Map<Position, Map<Integer, String>> guessesLeft = new HashMap<>();

    public CourseSession(Course course, Progress progress, Consumer<String> notice) {
        this.course = course;
        this.progress = progress;
        this.notice = notice;
    }

    public Course course() {
        return course;
    }

    public synchronized Optional<Position> position() {
        return Optional.ofNullable(position);
    }

    /** True while the current lesson needs data.pr4e.org to be the built-in mirror. */
    public synchronized boolean wantsMirror() {
        return position != null && position.lesson().mirrorOnly();
    }

    /** Saved state of a lesson for listings. */
    public record LessonState(Lesson lesson, int savedStep, boolean finished, boolean current) {}

    public synchronized List<LessonState> states() {
        List<LessonState> out = new ArrayList<>();
        for (Lesson l : course.lessons()) {
            out.add(new LessonState(l, Math.min(progress.step(l.id()), l.steps().size() - 1), progress.finished(l.id()),
                    position != null && position.lesson().equals(l)));
        }
        return out;
    }

    /** The lesson to offer a returning learner: the one they were in, else the first unfinished. */
    public synchronized Optional<Lesson> suggested() {
        Optional<Lesson> current = progress.currentLesson().flatMap(course::lesson);
        if (current.isPresent() && !progress.finished(current.get().id())) return current;
        return course.lessons().stream().filter(l -> !progress.finished(l.id())).findFirst()
                .or(() -> course.lessons().stream().findFirst());
    }

    /** Starts a lesson, or resumes it at its saved step (from the start if it was finished). */
    public synchronized Position start(Lesson lesson) {
        // a learner who reached a lesson's recap and went on to another lesson has finished it, as next would have
        if (position != null && position.isLast() && position.step().isReading()
                && !position.lesson().id().equals(lesson.id())) {
            save(position, true);
        }
        boolean finished = progress.finished(lesson.id());
        int saved = finished ? 0 : progress.step(lesson.id());
        int index = Math.max(0, Math.min(saved, lesson.steps().size() - 1));
        BitSet answered = finished || index != saved ? new BitSet() : progress.answered(lesson.id(), index);
        moveTo(new Position(lesson, index), false);
        restore(answered);
        return position;
    }

    /** Counts the answers saved for the current step again; anything that does not fit the step is ignored. */
    private void restore(BitSet answered) {
        List<StepCheck> checks = position.step().checks();
        BitSet fits = new BitSet();
        answered.stream().filter(i -> i < checks.size() && checks.get(i) instanceof AnswerCheck).forEach(fits::set);
        if (fits.isEmpty() || fits.cardinality() == checks.size()) return;
        passed = fits;
        saveAnswers();
    }

    /** The result of next/back. */
    public record Move(Position to, boolean skipped, boolean lessonFinished) {}

    public synchronized Optional<Move> next() {
        if (position == null) return Optional.empty();
        boolean skipped = !position.step().isReading() && !allPassed() && !finished.contains(position);
        if (position.isLast()) {
            save(position, true);
            return Optional.of(new Move(position, skipped, true));
        }
        moveTo(new Position(position.lesson(), position.index() + 1), false);
        return Optional.of(new Move(position, skipped, false));
    }

    public synchronized Optional<Move> back() {
        if (position == null) return Optional.empty();
        if (position.index() > 0) moveTo(new Position(position.lesson(), position.index() - 1), false);
        return Optional.of(new Move(position, false, false));
    }

    /** The next hint for the current step, each more specific than the last. */
    public synchronized Optional<String> hint() {
        if (position == null) return Optional.empty();
        Step step = position.step();
        if (step.isReading()) return Optional.of(Messages.get("course.reading.step"));
        if (step.hints().isEmpty()) return Optional.of(Messages.get("course.no.hints", remaining()));
        String hint = step.hints().get(Math.min(hintsShown, step.hints().size() - 1));
        hintsShown++;
        return Optional.of(hint);
    }

    /**
     * What the current step still waits for, in words, or empty when it waits for nothing: a reading step, or one
     * whose checks have all passed. Whether it waits is decided from the checks, never from the words, which may
     * be anything a lesson wrote.
     */
    public synchronized Optional<String> waitingFor() {
        if (position == null || position.step().isReading() || allPassed()) return Optional.empty();
        return Optional.of(remaining());
    }

    /**
     * True while the current step has a question open: the first of its checks not yet passed is an answer check,
     * so {@code answer TEXT} would be judged against it (a prediction the learner skipped past included). Decided
     * from the checks, as {@link #answer} decides which questions are open.
     */
    public synchronized boolean asking() {
        if (position == null || position.step().isReading()) return false;
        return questionOpen();
    }

    /**
     * True while the current step still waits for something on the learner's own connection (a request, a reply,
     * a close), so a learner whose connection has closed must open a new one to go on.
     */
    public synchronized boolean wantsAConnection() {
        if (position == null || position.step().isReading()) return false;
        List<StepCheck> checks = position.step().checks();
        for (int i = passed.nextClearBit(0); i < checks.size(); i = passed.nextClearBit(i + 1)) {
            if (checks.get(i).onTheWire()) return true;
        }
        return false;
    }

    /**
     * The line the current step gives for opening its connection ({@code open --keep-alive 60 data.pr4e.org 80}),
     * or {@code open data.pr4e.org 80} when it gives none: what to type to start again after a close.
     */
    public synchronized String openLine() {
        return stepLines().stream().filter(code -> code.matches("open\\s+\\S.*")).findFirst()
                .orElse("open data.pr4e.org 80");
    }

    /**
     * About how many characters the verdict on the current step's next exchange may take: a prediction's reveal
     * carries its why or reason, and the reply above it should leave it room.
     */
    public synchronized int verdictChars() {
        int most = 0;
        if (position == null) return most;
        List<StepCheck> checks = position.step().checks();
        int predictions = predictions();
        for (int i = 0; i < predictions; i++) {
            if (passed.get(i)) continue;
            AnswerCheck a = (AnswerCheck) checks.get(i);
            most = Math.max(most, REVEAL_CHARS + Math.max(a.why().length(), a.reason().length()));
        }
        return most;
    }

    /** The reveal's own words before its why: "You guessed 505, and the server said 505: right." and the ✓ line. */
    private static final int REVEAL_CHARS = 130;

    /** The lines of the current step's code blocks, stripped: what it asks the learner to type. */
    public synchronized List<String> stepLines() {
        return position == null ? List.of() : position.step().codeLines();
    }

    /** What the current step still waits for, joined for a sentence; empty when nothing (see {@link #waitingFor()}). */
    public synchronized String remaining() {
        if (position == null) return "";
        List<StepCheck> checks = position.step().checks();
        return expectations(0, checks.size());
    }

    /** What the checks from {@code from} up to {@code to} not yet passed wait for, joined for a sentence. */
    private String expectations(int from, int to) {
        List<String> left = new ArrayList<>();
        List<StepCheck> checks = position.step().checks();
        boolean guessing = guessing();
        int predictions = predictions();
        // what a program must send is the program's business: the learner is told which program to run
        boolean program = checks.subList(from, to).stream().anyMatch(c -> c instanceof ProgramCheck);
        for (int i = from; i < to; i++) {
            if (passed.get(i) || i < predictions && guesses.containsKey(i)) continue;
            if (program && checks.get(i) instanceof MirrorReceivedCheck) continue;
            left.add(guessing ? checks.get(i).expectationBeforeGuess() : checks.get(i).expectation());
        }
        return left.stream().reduce((a, b) -> Messages.get("course.then", a, b)).orElse("");
    }

    /** Judges a wire event against the current step. */
    public List<CourseEvent> observe(WireEvent event) {
        return observe(Observation.of(event));
    }

    /** Which step was current at a moment, so that what began then is judged by that step alone. */
    public record Mark(long epoch) {}

    /** The current step, as a mark to judge later observations by (see {@link #observe(Observation, Mark)}). */
    public synchronized Mark mark() {
        return new Mark(epoch);
    }

    /**
     * Judges something that began at {@code since}, such as a program run reported when it ends: only if the
     * step current then is still current. A run that completed one step is not judged again by the next.
     */
    public synchronized List<CourseEvent> observe(Observation observation, Mark since) {
        if (since.epoch() != epoch) return List.of();
        return observe(observation);
    }

    /**
     * Judges something that happened against the current step. Checks pass in order: only the
     * first one not yet passed is judged, and a pass lets the same observation try the next, except
     * a request a program sent the mirror: it answers one check, so a crawl's requests can be asked
     * for one after another.
     * Answers are the exception: a run of answer checks is a set of questions open together,
     * answered in any order (see {@link #answer}). Questions that open a step with something to do
     * after them are predictions: they never hold up what happens on the wire, so a learner who tries
     * first is asked for the guess afterwards instead of being made to try again; until they have guessed, a miss
     * names no outcome the guess is about ({@link StepCheck#judgeBeforeGuess}).
     * A step that finished on the end of an exchange (its reply, a wait, the close) leaves what is left of that
     * exchange unjudged: the next step starts with the learner's next request or connection. One that finished on
     * what the learner sent (a request line, the blank line) lets the next step judge the reply to it.
     */
    public synchronized List<CourseEvent> observe(Observation observation) {
        if (observation.wire().isPresent() && leftover(observation.wire().get())) return List.of();
        if (position == null || position.step().isReading()) return List.of();
        if (observation instanceof Observation.Answered a) return answer(a.text(), false);
        if (observation.wire().orElse(null) instanceof WireEvent.ReplyComplete r) {
            r.exchange().statusLine().ifPresent(sl -> arrived = OptionalInt.of(sl.code()));
        }
        List<CourseEvent> out = new ArrayList<>();
        List<StepCheck> checks = position.step().checks();
        int predictions = predictions();
        WireEvent wire = observation.wire().orElse(null);
        // a request begun in this step: a new connection, or a request line (a blank line may end an older one)
        if (wire instanceof WireEvent.Connected || wire instanceof WireEvent.Sent sent
                && sent.kind() != WireEvent.SentKind.HEADER && sent.kind() != WireEvent.SentKind.BLANK_LINE
                && sent.kind() != WireEvent.SentKind.STRAY_BLANK_LINE) {
            sentInThisStep = true;
        }
        if (wire instanceof WireEvent.ReplyComplete && !sentInThisStep && waitsForTheLearnersRequest(predictions)) {
            // the reply to a request begun before this step (the learner went on with next while connected):
            // nothing of this step's exchange has happened yet, and silence would leave the learner guessing
            return List.of(new CourseEvent.Missed(position, Messages.get("course.reply.fromBefore",
                    openLine())));
        }
        if (wire instanceof WireEvent.Connected) startAgainOnANewConnection(out, predictions);
        boolean guessing = guessing();
        int i = nextToJudge(0, predictions);
        while (i < checks.size()) {
            Verdict v = guessing ? checks.get(i).judgeBeforeGuess(observation) : checks.get(i).judge(observation);
            if (v.outcome() == Verdict.Outcome.MISSED) {
                // a step of two requests, the second sent first: say which comes first, not only what differs
                int later = laterCheckPassedBy(i, observation, guessing);
                out.add(new CourseEvent.Missed(position, later < 0 ? v.message()
                        : Messages.get("course.order.first", checks.get(i).expectation())));
            }
            if (v.outcome() != Verdict.Outcome.PASSED) break;
            passed.set(i);
            if (!allPassed()) out.add(new CourseEvent.CheckPassed(position, checks.get(i), ""));
            // one request answers one check, so mirror-received checks in a row ask for requests in that order
            if (observation instanceof Observation.MirrorReceived) break;
            i = nextToJudge(i, predictions);
        }
        if (!allPassed() && predictions > 0 && wireDone(predictions) && !out.isEmpty()
                && out.get(out.size() - 1) instanceof CourseEvent.CheckPassed) {
            out.remove(out.size() - 1);
            List<Integer> open = openPredictions(predictions);
            if (open.stream().allMatch(guesses::containsKey)) {
                for (int q : open) {
                    AnswerCheck check = (AnswerCheck) checks.get(q);
                    boolean right = check.read(guesses.get(q)).fit() == AnswerCheck.Fit.RIGHT;
                    out.add(new CourseEvent.Said(position, confront(check, guesses.get(q), right)));
                    passed.set(q);
                }
            } else {
                // a question, not a pass: nothing the learner did is judged yet
                out.add(new CourseEvent.Said(position, Messages.get("course.predict.ask")));
            }
        }
        askIfAQuestionIsNext(out, predictions, observation);
        finishIfDone(out);
        judgeEarly(out);
        return out;
    }

    /**
     * A check after {@code missed}, of the same kind and not yet passed, that this observation would pass: the
     * learner did a later part of the step first. -1 when none.
     */
    private int laterCheckPassedBy(int missed, Observation observation, boolean guessing) {
        List<StepCheck> checks = position.step().checks();
        // only what the learner types: a program's requests come in the program's order
        if (!(checks.get(missed) instanceof RequestCheck || checks.get(missed) instanceof RequestLineCheck)) return -1;
        for (int j = missed + 1; j < checks.size(); j++) {
            if (passed.get(j) || checks.get(j).getClass() != checks.get(missed).getClass()) continue;
            Verdict v = guessing ? checks.get(j).judgeBeforeGuess(observation) : checks.get(j).judge(observation);
            if (v.outcome() == Verdict.Outcome.PASSED) return j;
        }
        return -1;
    }

    /** The step's next check, past its predictions, is something the learner sends, not what comes back. */
    private boolean waitsForTheLearnersRequest(int predictions) {
        List<StepCheck> checks = position.step().checks();
        int next = passed.nextClearBit(predictions);
        return next < checks.size() && (checks.get(next) instanceof RequestLineCheck
                || checks.get(next) instanceof RequestCheck || checks.get(next) instanceof ConnectedCheck);
    }

    /**
     * A new connection while a check that needs the old one is still to pass: what passed on the old connection
     * no longer counts, and the learner is told before the first request on the new one.
     */
    private void startAgainOnANewConnection(List<CourseEvent> out, int predictions) {
        List<StepCheck> checks = position.step().checks();
        int next = passed.nextClearBit(predictions);
        if (next >= checks.size() || !checks.get(next).needsSameConnection()
                || passed.nextSetBit(predictions) < 0 || passed.nextSetBit(predictions) >= next) {
            return;
        }
        passed.clear(predictions, checks.size());
        out.add(new CourseEvent.Said(position, Messages.get("course.sameConnection.again")));
    }

    /**
     * When what just passed leaves a question to answer about it (read a reply, then answer), says so under the
     * evidence: the step's text that asks it has scrolled away by now.
     */
    private void askIfAQuestionIsNext(List<CourseEvent> out, int predictions, Observation observation) {
        // an answer kept from before is judged at once (judgeEarly): no need to ask for it
        if (allPassed() || !early.isEmpty() || out.isEmpty()
                || !(out.get(out.size() - 1) instanceof CourseEvent.CheckPassed last) || !last.message().isEmpty()) {
            return;
        }
        List<StepCheck> checks = position.step().checks();
        int next = passed.nextClearBit(predictions);
        if (next >= checks.size()) return;
        if (checks.get(next) instanceof AnswerCheck) {
            out.set(out.size() - 1, new CourseEvent.CheckPassed(position, last.check(),
                    Messages.get("course.now.answer", expectations(next, next + 1))));
        } else if (observation.wire().orElse(null) instanceof WireEvent.ReplyComplete r
                && (!r.lastOnConnection() || !(checks.get(next) instanceof ServerClosedCheck))) {
            // after a reply the step's text is above it, off the screen: what is left of the step is said here
            // (not when the server's close is what is left: it arrives at once)
            out.set(out.size() - 1, new CourseEvent.CheckPassed(position, last.check(),
                    Messages.get("course.now.next", expectations(next, checks.size()))));
        }
    }

    /**
     * Notes where the learner's connection is, and says whether this event is left over from an exchange that
     * finished a step: one that came after the request ended, before the learner's next move.
     */
    private boolean leftover(WireEvent event) {
        boolean learners = event instanceof WireEvent.Connected || event instanceof WireEvent.Sent
                || event instanceof WireEvent.RequestEnded;
        afterRequest = !learners;
        if (learners) settling = false;
        return settling;
    }

    /** Answers kept from before this step's question opened, judged now that it is open. */
    private void judgeEarly(List<CourseEvent> out) {
        if (early.isEmpty() || !questionOpen()) return;
        Position at = position;
        List<String> kept = early;
        early = new ArrayList<>();
        for (String text : kept) {
            if (position != at) break;
            List<CourseEvent> judged = answer(text, true);
            // a kept answer is judged out of sight of its typing: a right one is said to be right
            if (!judged.isEmpty() && judged.stream().noneMatch(e -> e instanceof CourseEvent.Missed)) {
                out.add(new CourseEvent.Said(at, Messages.get("course.answer.kept.right",
                        org.wiretutor.text.Escape.string(AnswerCheck.unquote(text)))));
            }
            out.addAll(judged);
        }
    }

    /** True when the first check of the step not yet passed is a question. */
    private boolean questionOpen() {
        List<StepCheck> checks = position.step().checks();
        int predictions = predictions();
        int first = passed.nextClearBit(0);
        // a prediction already guessed waits for the wire, not for an answer
        while (first < predictions && guesses.containsKey(first)) first = passed.nextClearBit(first + 1);
        return first < checks.size() && checks.get(first) instanceof AnswerCheck;
    }

    /**
     * True while a prediction of the step has no guess yet: until then, other checks name no outcome it is about.
     */
    private boolean guessing() {
        return openPredictions(predictions()).stream().anyMatch(q -> !guesses.containsKey(q));
    }

    /** How many answer checks open the step with something else to do after them: its predictions. */
    private int predictions() {
        return position.step().predictions();
    }

    /** The first check at or after {@code from} not passed, passing over the predictions. */
    private int nextToJudge(int from, int predictions) {
        int i = passed.nextClearBit(from);
        return i < predictions ? passed.nextClearBit(predictions) : i;
    }

    /** True when everything after the predictions has passed. */
    private boolean wireDone(int predictions) {
        return passed.nextClearBit(predictions) >= position.step().checks().size();
    }

    private List<Integer> openPredictions(int predictions) {
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < predictions; i++) if (!passed.get(i)) open.add(i);
        return open;
    }

    /**
     * A guess set against what arrived: the reply's status when that is what the question asks, else the answer.
     * A wrong guess's reason, when the lesson gives one, follows; else the question's why, right or wrong.
     */
    private String confront(AnswerCheck check, String guess, boolean right) {
        AnswerCheck.Reading reading = check.read(guess);
        String shown = reading.value();
        boolean status = arrived.isPresent()
                && check.read(Integer.toString(arrived.getAsInt())).fit() == AnswerCheck.Fit.RIGHT;
        String said = status
                ? Messages.get(right ? "course.predict.server.right" : "course.predict.server.wrong", shown,
                        arrived.getAsInt())
                : Messages.get(right ? "course.predict.right" : "course.predict.was", shown, check.shownAnswer());
        if (!right && reading.fit() == AnswerCheck.Fit.WRONG && !reading.note().isEmpty()) return said + " " + reading.note();
        return check.why().isEmpty() ? said : said + " " + check.why();
    }

    /**
     * One answer, judged against every question of the step still open, in any order: exactly one
     * verdict. Right for the question it answers (saying which are left), "already answered" for one
     * answered before, wrong only when it fits none; nothing at all when no question is open and the
     * answer repeats none (the shell then says the step is not asking).
     *
     * @param kept the answer was typed before its question opened and is judged now ({@link #judgeEarly}, which
     *             says itself that it is right, and which may have been meant for another question)
     */
    private List<CourseEvent> answer(String text, boolean kept) {
        List<StepCheck> checks = position.step().checks();
        int predictions = predictions();
        int first = passed.nextClearBit(0);
        int from = first;
        while (from > 0 && checks.get(from - 1) instanceof AnswerCheck) from--;
        int to = first;
        while (to < checks.size() && checks.get(to) instanceof AnswerCheck) to++;
        List<AnswerJudge.Question> group = new ArrayList<>();
        List<AnswerJudge.Question> open = new ArrayList<>();
        List<AnswerJudge.Question> answered = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            if (!(checks.get(i) instanceof AnswerCheck a)) continue;
            AnswerJudge.Question q = new AnswerJudge.Question(i, a);
            if (i >= from && i < to) group.add(q);
            if (passed.get(i)) answered.add(q);
            else if (i >= from && i < to) open.add(q);
        }
        boolean predicting = first < predictions;
        boolean tried = predicting && wireDone(predictions);
        List<CourseEvent> out = new ArrayList<>();
        AnswerJudge.Result result = AnswerJudge.judge(text, open, answered);
        Optional<List<String>> several = several(text, result, open, answered);
        if (several.isPresent()) {
            // two answers on one line ("467 text/plain"), each right for its own question: taken one by one
            List<CourseEvent> each = new ArrayList<>();
            for (String part : several.get()) each.addAll(answer(part, kept));
            return each;
        }
        if (result instanceof AnswerJudge.Right r && tried) {
            passed.set(r.key());
            out.add(new CourseEvent.Said(position, confront((AnswerCheck) checks.get(r.key()), text, true)));
            finishIfDone(out);
        } else if (result instanceof AnswerJudge.Right r && predicting && r.key() < predictions) {
            // a guess, then the reveal: right or wrong, a guess made first is only told after the experiment
            guesses.put(r.key(), text);
            out.add(new CourseEvent.Said(position, Messages.get("course.predict.noted", r.reading().value())));
        } else if (result instanceof AnswerJudge.Right r) {
            passed.set(r.key());
            String why = ((AnswerCheck) checks.get(r.key())).why();
            guesses.remove(r.key());
            open.removeIf(q -> q.key() == r.key());
            if (!allPassed()) {
                saveAnswers();
                // the why of this answer comes before what is left to do, which is said last
                String said = !open.isEmpty()
                        ? Messages.get(why.isEmpty() ? "course.answer.right.more" : "course.answer.right.more.why",
                                r.reading().value(), group.size() - open.size(), group.size(), AnswerJudge.labels(open),
                                why)
                        : group.size() > 1 ? Messages.get(why.isEmpty() ? "course.answer.right.last"
                                : "course.answer.right.last.why", r.reading().value(), group.size(), group.size(), why)
                        : why.isEmpty() ? Messages.get("course.answer.right.then")
                        : Messages.get("course.answer.right.then.why", r.reading().value(), why);
                if (!r.reading().note().isEmpty()) said = said + " " + r.reading().note();
                out.add(new CourseEvent.CheckPassed(position, checks.get(r.key()), said));
            } else if (!why.isEmpty() || !r.reading().note().isEmpty()) {
                // the last answer of the step: its why comes before the step's ✓
                String note = r.reading().note().isEmpty() ? "" : " " + r.reading().note();
                // a kept answer is said to be right by judgeEarly: here only its why
                String said = kept ? why : Messages.get("course.answer.right.why", r.reading().value(), why);
                out.add(new CourseEvent.Said(position, (said + note).strip()));
            }
            finishIfDone(out);
        } else if (result instanceof AnswerJudge.Already a) {
            String left = open.isEmpty() ? Messages.get("course.now.the.wire")
                    : Messages.get("course.still.to.answer", AnswerJudge.labels(open));
            out.add(new CourseEvent.Said(position, Messages.get("course.answer.already", a.reading().value(), left)));
        } else if (result instanceof AnswerJudge.Wrong w && w.reason().isEmpty() && !open.isEmpty()
                && open.stream().allMatch(q -> q.check().yesNo()) && !AnswerCheck.saysYesOrNo(text)) {
            out.add(new CourseEvent.Missed(position, Messages.get("course.answer.yes.or.no")));
        } else if (result instanceof AnswerJudge.Wrong w && w.reason().isEmpty() && !open.isEmpty()
                && open.stream().allMatch(q -> q.check().statusCode()) && !AnswerCheck.namesAStatus(text)) {
            // "no" is no guess at a status code: it would only be set against the code that arrives
            out.add(new CourseEvent.Missed(position, Messages.get("course.answer.status.code")));
        } else if (result instanceof AnswerJudge.Wrong w && predicting && guessed(text, open).isPresent()) {
            int key = guessed(text, open).getAsInt();
            AnswerCheck check = (AnswerCheck) checks.get(key);
            String shown = check.read(text).value();
            if (tried) {
                passed.set(key);
                out.add(new CourseEvent.Said(position, confront(check, text, false)));
                finishIfDone(out);
            } else {
                // kept without a verdict: telling it wrong now would spoil the prediction; the wire will tell
                guesses.put(key, text);
                out.add(new CourseEvent.Said(position, Messages.get("course.predict.noted", shown)));
            }
        } else if (result instanceof AnswerJudge.Wrong && open.isEmpty() && laterQuestion(first) >= 0) {
            early.clear();   // the latest answer typed early is the one meant
            early.add(text);
            out.add(new CourseEvent.Said(position, Messages.get("course.answer.not.yet",
                    expectations(first, laterQuestion(first)),
                    org.wiretutor.text.Escape.string(AnswerCheck.unquote(text)))));
        } else if (result instanceof AnswerJudge.Wrong w && (!open.isEmpty() || w.reason().isPresent())) {
            // a long answer a slip or two from a right one is "nearly it": the learner looks at the letters
            // (not for an answer kept from before: it may have been meant for another question)
            boolean nearly = !kept && open.stream().anyMatch(q -> q.check().nearly(AnswerCheck.unquote(text)));
            out.add(new CourseEvent.Missed(position, w.reason().orElseGet(() ->
                    Messages.get(nearly ? "course.wrong.nearly" : "course.wrong.answer",
                            org.wiretutor.text.Escape.string(AnswerCheck.unquote(text))))));
        }
        return out;
    }

    /** The words of a wrong answer, when each alone is right for a different one of the open questions. */
    private static Optional<List<String>> several(String text, AnswerJudge.Result result,
                                                  List<AnswerJudge.Question> open, List<AnswerJudge.Question> answered) {
        if (!(result instanceof AnswerJudge.Wrong) || open.size() < 2) return Optional.empty();
        List<String> parts = java.util.Arrays.stream(text.strip().split("\\s*[,;]\\s*|\\s+"))
                .filter(p -> !p.isEmpty()).toList();
        if (parts.size() < 2 || parts.size() > open.size()) return Optional.empty();
        java.util.Set<Integer> keys = new java.util.HashSet<>();
        for (String part : parts) {
            if (!(AnswerJudge.judge(part, open, answered) instanceof AnswerJudge.Right r) || !keys.add(r.key())) {
                return Optional.empty();
            }
        }
        return Optional.of(parts);
    }

    /**
     * The first question after check {@code first} not answered yet, when {@code first} is something else the step
     * waits for before it (a reply to read the answer from), else -1.
     */
    private int laterQuestion(int first) {
        List<StepCheck> checks = position.step().checks();
        if (first >= checks.size() || checks.get(first) instanceof AnswerCheck) return -1;
        for (int i = first + 1; i < checks.size(); i++) {
            if (!passed.get(i) && checks.get(i) instanceof AnswerCheck) return i;
        }
        return -1;
    }

    /** Which open prediction a wrong guess is for: the only one, or the one that knows it as a wrong answer. */
    private static OptionalInt guessed(String text, List<AnswerJudge.Question> open) {
        if (open.size() == 1) return OptionalInt.of(open.get(0).key());
        return open.stream().filter(q -> q.check().read(text).fit() == AnswerCheck.Fit.WRONG)
                .mapToInt(AnswerJudge.Question::key).findFirst();
    }

    private void finishIfDone(List<CourseEvent> out) {
        if (!allPassed()) return;
        Position done = position;
        finished.add(done);
        if (afterRequest) settling = true;
        if (done.isLast()) {
            save(done, true);
            position = null;
            epoch++;
            out.add(new CourseEvent.StepPassed(done, Optional.empty()));
        } else {
            moveTo(new Position(done.lesson(), done.index() + 1), false);
            out.add(new CourseEvent.StepPassed(done, Optional.of(position)));
        }
    }

    /** Starts the current lesson again from its first step. */
    public synchronized Optional<Position> restart() {
        if (position == null) return Optional.empty();
        moveTo(new Position(position.lesson(), 0), false);
        return Optional.of(position);
    }

    private boolean allPassed() {
        return passed.cardinality() == position.step().checks().size();
    }

    private void moveTo(Position to, boolean finished) {
        if (position != null && !guesses.isEmpty()) guessesLeft.put(position, guesses);
        position = to;
        passed = new BitSet();
        Map<Integer, String> kept = guessesLeft.remove(to);
        guesses = kept == null ? new HashMap<>() : kept;
        arrived = OptionalInt.empty();
        early = new ArrayList<>();
        sentInThisStep = false;
        hintsShown = 0;
        epoch++;
        save(to, finished);
    }

    /** Saves which answers of the current step are in, so quitting does not lose them. */
    private void saveAnswers() {
        BitSet answers = new BitSet();
        List<StepCheck> checks = position.step().checks();
        passed.stream().filter(i -> checks.get(i) instanceof AnswerCheck).forEach(answers::set);
        try {
            progress.recordAnswered(position.lesson().id(), position.index(), answers);
        } catch (IOException e) {
            notice.accept(Messages.get("course.progress.not.saved", e.getMessage()));
        }
    }

    private void save(Position at, boolean finished) {
        try {
            progress.record(at.lesson().id(), at.index(), finished);
        } catch (IOException e) {
            notice.accept(Messages.get("course.progress.not.saved", e.getMessage()));
        }
    }
}
