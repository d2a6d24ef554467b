package org.wiretutor.shell.screen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.wiretutor.course.Course;
import org.wiretutor.course.CourseEvent;
import org.wiretutor.course.CourseSession;
import org.wiretutor.course.Lesson;
import org.wiretutor.course.Position;
import org.wiretutor.text.Messages;

/**
 * Shows lessons and steps, and what the course says when something happens, so that the verdict comes last and
 * stays in sight:
 * <ul>
 *   <li>after anything that completes a step on an interactive screen (a reply, a program run, an answer) the next
 *   step waits for Enter ({@link #showPending}), so the evidence stays on the screen while the learner reads it;</li>
 *   <li>verdicts on a request whose reply is still arriving are held ({@link #hold}) and told after it
 *   ({@link #release}), never above a long reply;</li>
 *   <li>a step that the course passed before the learner saw it (a reply that completes the step which explains
 *   it) is shown when its turn comes, followed by its verdict, and nothing is skipped unseen.</li>
 * </ul>
 */
public final class CourseView {
    private final Screen screen;
    private volatile Supplier<List<AttributedString>> lastView = List::of;
    private final StepPager pager;
    /** Steps the course has moved to that the learner has not been shown yet, oldest first; guarded by this. */
    private final Deque<Unseen> unseen = new ArrayDeque<>();
    /** Verdicts held while a reply arrives, or null when none are held; guarded by this. */
    private List<Held> held;
    /** While held: only misses wait (a request line is out, its reply may come at once); passes are told now. */
    private boolean missesOnly;

    /** A step not shown yet, and the verdicts about it that came meanwhile (shown under it). */
    /**
     * A step waiting for Enter, with what was said about it meanwhile. {@code afterIntro}: the step was not passed;
     * it waits under a lesson's introduction that, with the step, would not fit the screen.
     */
    private record Unseen(Position at, List<AttributedString> after, boolean afterIntro) {
        Unseen(Position at, List<AttributedString> after) {
            this(at, after, false);
        }
    }

    private record Held(List<CourseEvent> events, CourseSession session) {}

    /** Shows long text a screenful at a time; the lines from {@code keepFrom} on must be seen whole. */
    @FunctionalInterface
    public interface StepPager {
        void page(List<AttributedString> lines, int keepFrom);
    }

    /**
     * {@code pager} shows a long step a screenful at a time where the learner can press a key; the step itself
     * (after a lesson's introduction) is kept whole, since its last lines are the command it asks for.
     */
    public CourseView(Screen screen, StepPager pager) {
        this.screen = screen;
        this.pager = pager;
    }

    /**
     * Shows a step now; steps waiting to be shown are dropped, since the learner chose where to go. A lesson's
     * introduction that would push its first step's start off the screen is shown alone, and the step waits for Enter.
     */
    public void step(Position at, boolean withIntro) {
        StepLines whole = stepView(at, withIntro);
        // two rows are the learner's: the command that started the lesson, and the prompt after it
        boolean introFirst = whole.stepFrom() > 1 && screen.height() > 0 && whole.lines().size() > screen.height() - 2;
        synchronized (this) {
            unseen.clear();
            if (introFirst) unseen.addLast(new Unseen(at, new ArrayList<>(), true));
        }
        if (!introFirst) {
            show(whole, List.of());
            return;
        }
        List<AttributedString> intro = new ArrayList<>(whole.lines().subList(0, whole.stepFrom()));
        intro.add(new AttributedString(Messages.get("shell.course.introPause", at.stepNumber()), Styles.DIM));
        view(() -> intro);
        pager.page(intro, intro.size() - 1);
    }

    private void show(StepLines shown, List<AttributedString> after) {
        List<AttributedString> lines = new ArrayList<>(shown.lines());
        lines.addAll(after);
        view(() -> lines);
        pager.page(lines, shown.stepFrom());
    }

    /** A step as drawn, and where the step itself starts after the lesson's introduction. */
    private record StepLines(List<AttributedString> lines, int stepFrom) { }

    private StepLines stepView(Position at, boolean withIntro) {
        int width = screen.width();
        MarkdownRenderer md = new MarkdownRenderer(width);
        List<AttributedString> out = new ArrayList<>();
        out.add(AttributedString.EMPTY);
        Lesson lesson = at.lesson();
        if (withIntro && at.index() == 0 && !lesson.intro().isEmpty()) {
            out.addAll(Wrap.wrap(new AttributedString(lesson.title(), Styles.HEADING), width, ""));
            out.add(AttributedString.EMPTY);
            out.addAll(md.render(lesson.intro()));
            out.add(AttributedString.EMPTY);
        }
        int stepFrom = out.size();
        out.addAll(Wrap.wrap(new AttributedString(Messages.get("shell.course.stepHeading", lesson.number(), lesson.title(),
                at.stepNumber(), lesson.steps().size(), at.step().title()), Styles.HEADING), width, "", "  "));
        out.add(AttributedString.EMPTY);
        out.addAll(md.render(at.step().body()));
        return new StepLines(out, stepFrom);
    }

    /** Remembers how to draw what the learner is looking at, so a resize can draw it again. */
    public void view(Supplier<List<AttributedString>> view) {
        lastView = view;
    }

    /** The last view (a reply or a step) drawn again at the screen's size now. */
    public List<AttributedString> redraw() {
        return lastView.get();
    }

    /** True when a step the learner passed waits for Enter before the next one is shown. */
    public synchronized boolean pending() {
        return unseen.stream().anyMatch(u -> !u.afterIntro());
    }

    /**
     * Shows the step that waits for Enter, with the verdicts that came while it waited; false if none waits.
     * If another step waits behind it (the course passed this one meanwhile), that one waits for Enter in turn.
     */
    public boolean showPending() {
        Unseen next;
        boolean more;
        synchronized (this) {
            next = unseen.pollFirst();
            if (next == null) return false;
            more = !unseen.isEmpty();
        }
        List<AttributedString> after = new ArrayList<>(next.after());
        if (more) after.add(new AttributedString(Messages.get("shell.course.stepPause"), Styles.DIM));
        show(stepView(next.at(), false), after);
        return true;
    }

    /** The step shown again (the {@code step} command); a step that waits for Enter is shown instead, if one does. */
    public void again(Position current) {
        if (!showPending()) show(stepView(current, false), List.of());
    }

    /**
     * Holds what the course says until {@link #release}: a request has ended and its reply is on its way, and
     * the verdict on the request belongs after the reply, where it stays in sight.
     */
    public synchronized void hold() {
        if (held == null) held = new ArrayList<>();
        missesOnly = false;
    }

    /**
     * Holds misses only, until {@link #release} or {@link #hold}: a request line has gone out and a server may reject
     * it at once, in a reply that would push the miss off the screen. A step passed meanwhile is told at once, since
     * the learner needs it to go on with the request.
     */
    public synchronized void holdMisses() {
        if (held == null) {
            held = new ArrayList<>();
            missesOnly = true;
        }
    }

    /** True while only misses are held, for a reply a server may send at once to a request line. */
    public synchronized boolean holdingMissesOnly() {
        return held != null && missesOnly;
    }

    /** Tells what was held, each passed step waiting for Enter; true if anything was held. */
    public boolean release() {
        List<Held> told;
        synchronized (this) {
            told = held;
            held = null;
            missesOnly = false;
        }
        if (told == null) return false;
        for (Held h : told) events(h.events(), h.session(), true);
        return !told.isEmpty();
    }

    public void events(List<CourseEvent> events, CourseSession session) {
        events(events, session, false);
    }

    /**
     * What the course says about something that happened. With {@code pause}, on a screen someone reads, a passed
     * step does not print the next one under the evidence: it waits for Enter ({@link #showPending}).
     */
    public void events(List<CourseEvent> events, CourseSession session, boolean pause) {
        List<Position> showNow = new ArrayList<>();
        synchronized (this) {
            if (held != null && (!missesOnly || events.stream().allMatch(e -> e instanceof CourseEvent.Missed))) {
                if (!events.isEmpty()) held.add(new Held(List.copyOf(events), session));
                return;
            }
            int width = screen.width();
            for (CourseEvent e : events) {
                if (e instanceof CourseEvent.Missed m) {
                    tell(m.at(), Wrap.wrap(new AttributedString(Messages.get("shell.course.missed", m.feedback()),
                            Styles.WARNING), width, "", "  "));
                } else if (e instanceof CourseEvent.CheckPassed c && !c.message().isEmpty()) {
                    tell(c.at(), Wrap.wrap(new AttributedString(Messages.get("shell.course.right", c.message()),
                            Styles.OK), width, "", "  "));
                } else if (e instanceof CourseEvent.Said s) {
                    tell(s.at(), Wrap.wrap(new AttributedString(s.message()), width, ""));
                } else if (e instanceof CourseEvent.StepPassed p) {
                    Position next = stepPassed(p, session, pause);
                    if (next != null) showNow.add(next);
                }
            }
        }
        // drawn outside the lock: a long step waits in the pager for a key
        for (Position at : showNow) show(stepView(at, false), List.of());
    }

    /** Lines about a step: under it when it has not been shown yet, else now. */
    private void tell(Position at, List<AttributedString> lines) {
        for (Unseen u : unseen) {
            // a step under its introduction is the learner's already: what they do there is answered now
            if (u.at().equals(at) && !u.afterIntro()) {
                u.after().addAll(lines);
                return;
            }
        }
        screen.show(lines);
    }

    /** Tells a passed step; returns the next step when it is to be shown at once. */
    private Position stepPassed(CourseEvent.StepPassed p, CourseSession session, boolean pause) {
        AttributedString done = new AttributedString(
                Messages.get("shell.course.stepDone", p.passed().stepNumber(), p.passed().step().title()), Styles.OK);
        Unseen last = unseen.peekLast();
        if (last != null && last.afterIntro()) {
            // done from under the introduction: its verdicts were told as they came, so it is told as any other
            unseen.removeLast();
            last = null;
        }
        if (last != null && last.at().equals(p.passed())) {
            // passed before it was seen: its verdict goes under it, and the step after it waits its turn
            last.after().add(done);
            if (p.next().isPresent()) unseen.addLast(new Unseen(p.next().get(), new ArrayList<>()));
            else last.after().addAll(lessonDoneLines(p.passed().lesson(), session.course()));
            return null;
        }
        if (p.next().isEmpty()) {
            screen.show(done);
            screen.show(lessonDoneLines(p.passed().lesson(), session.course()));
        } else if (pause && screen.height() > 0) {
            // one row under the evidence: the step's title comes with the next step's heading
            AttributedString shortDone = new AttributedString(
                    Messages.get("shell.course.stepDoneShort", p.passed().stepNumber()), Styles.OK);
            AttributedString line = new AttributedStringBuilder().append(shortDone).append(" · ")
                    .append(Messages.get("shell.course.stepPause"), Styles.DIM).toAttributedString();
            screen.show(Wrap.wrap(line, screen.width(), "", "  "));
            unseen.addLast(new Unseen(p.next().get(), new ArrayList<>()));
        } else {
            screen.show(done);
            unseen.clear();
            return p.next().get();
        }
        return null;
    }

    public void lessonDone(Lesson lesson, Course course) {
        screen.show(lessonDoneLines(lesson, course));
    }

    private List<AttributedString> lessonDoneLines(Lesson lesson, Course course) {
        int width = screen.width();
        List<AttributedString> out = new ArrayList<>(Wrap.wrap(new AttributedString(
                Messages.get("shell.course.lessonDone", lesson.number(), lesson.title()), Styles.OK), width, "", "  "));
        Optional<Lesson> next = course.lessons().stream().filter(l -> l.number() > lesson.number()).findFirst();
        String then = next.map(l -> Messages.get("shell.course.lessonNext", l.number(), l.title()))
                .orElse(Messages.get("shell.course.done"));
        out.addAll(Wrap.wrap(new AttributedString(then), width, ""));
        return out;
    }
}
