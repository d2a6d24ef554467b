package org.wiretutor.shell.screen;

import java.util.ArrayList;
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
 * Shows lessons and steps, and what the course says when the wire does something. After a reply
 * the next step waits for Enter, so the reply stays on the screen while the learner reads it.
 */
public final class CourseView {
    private final Screen screen;
    private volatile Position pending;
    private volatile Supplier<List<AttributedString>> lastView = List::of;

    private final StepPager pager;

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

    public void step(Position at, boolean withIntro) {
        pending = null;
        view(() -> stepView(at, withIntro).lines());
        StepLines shown = stepView(at, withIntro);
        pager.page(shown.lines(), shown.stepFrom());
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

    /** Shows the step that waits for Enter after a reply; false if none waits. */
    public boolean showPending() {
        Position at = pending;
        if (at == null) return false;
        step(at, false);
        return true;
    }

    public void events(List<CourseEvent> events, CourseSession session) {
        events(events, session, false);
    }

    /**
     * What the course says about something that happened. With {@code afterReply}, a passed step
     * does not print the next one under the reply: it waits for Enter ({@link #showPending}).
     */
    public void events(List<CourseEvent> events, CourseSession session, boolean afterReply) {
        for (CourseEvent e : events) {
            if (e instanceof CourseEvent.Missed m) {
                screen.show(Wrap.wrap(new AttributedString(Messages.get("shell.course.missed", m.feedback()), Styles.WARNING),
                        screen.width(), "", "  "));
            } else if (e instanceof CourseEvent.CheckPassed c && !c.message().isEmpty()) {
                screen.show(Wrap.wrap(new AttributedString(Messages.get("shell.course.right", c.message()), Styles.OK),
                        screen.width(), "", "  "));
            } else if (e instanceof CourseEvent.Said s) {
                screen.say(s.message());
            } else if (e instanceof CourseEvent.StepPassed p) {
                String done = Messages.get("shell.course.stepDone", p.passed().stepNumber(), p.passed().step().title());
                if (p.next().isPresent() && afterReply) {
                    pending = p.next().get();
                    AttributedString line = new AttributedStringBuilder().append(done, Styles.OK).append(" · ")
                            .append(Messages.get("shell.course.stepPause"), Styles.DIM).toAttributedString();
                    screen.show(Wrap.wrap(line, screen.width(), "", "  "));
                    continue;
                }
                screen.show(new AttributedString(done, Styles.OK));
                if (p.next().isPresent()) {
                    step(p.next().get(), false);
                } else {
                    lessonDone(p.passed().lesson(), session.course());
                }
            }
        }
    }

    public void lessonDone(Lesson lesson, Course course) {
        screen.show(new AttributedString(Messages.get("shell.course.lessonDone", lesson.number(), lesson.title()), Styles.OK));
        Optional<Lesson> next = course.lessons().stream().filter(l -> l.number() > lesson.number()).findFirst();
        if (next.isPresent()) screen.say(Messages.get("shell.course.lessonNext", next.get().number(), next.get().title()));
        else screen.say(Messages.get("shell.course.done"));
    }
}
