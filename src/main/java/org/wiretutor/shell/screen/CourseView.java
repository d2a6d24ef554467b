package org.wiretutor.shell.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.wiretutor.course.Course;
import org.wiretutor.course.CourseEvent;
import org.wiretutor.course.CourseSession;
import org.wiretutor.course.Lesson;
import org.wiretutor.course.Position;
import org.wiretutor.shell.ShellText;

/** Shows lessons and steps, and what the course says when the wire does something. */
public final class CourseView {
    private final Screen screen;

    public CourseView(Screen screen) {
        this.screen = screen;
    }

    public void step(Position at, boolean withIntro) {
        MarkdownRenderer md = new MarkdownRenderer(screen.width());
        List<AttributedString> out = new ArrayList<>();
        out.add(AttributedString.EMPTY);
        Lesson lesson = at.lesson();
        if (withIntro && at.index() == 0 && !lesson.intro().isEmpty()) {
            out.add(new AttributedString(lesson.title(), Styles.HEADING));
            out.add(AttributedString.EMPTY);
            out.addAll(md.render(lesson.intro()));
            out.add(AttributedString.EMPTY);
        }
        out.add(new AttributedString(ShellText.STEP_HEADING.formatted(lesson.number(), lesson.title(),
                at.stepNumber(), lesson.steps().size(), at.step().title()), Styles.HEADING));
        out.add(AttributedString.EMPTY);
        out.addAll(md.render(at.step().body()));
        screen.show(out);
    }

    public void events(List<CourseEvent> events, CourseSession session) {
        for (CourseEvent e : events) {
            if (e instanceof CourseEvent.Missed m) {
                screen.show(Wrap.wrap(new AttributedString(ShellText.MISSED.formatted(m.feedback()), Styles.WARNING),
                        screen.width(), "", "  "));
            } else if (e instanceof CourseEvent.CheckPassed c && !c.message().isEmpty()) {
                screen.show(Wrap.wrap(new AttributedString(ShellText.ANSWER_RIGHT.formatted(c.message()), Styles.OK),
                        screen.width(), "", "  "));
            } else if (e instanceof CourseEvent.Said s) {
                screen.say(s.message());
            } else if (e instanceof CourseEvent.StepPassed p) {
                screen.show(new AttributedString(ShellText.STEP_DONE.formatted(p.passed().stepNumber(),
                        p.passed().step().title()), Styles.OK));
                if (p.next().isPresent()) step(p.next().get(), false);
                else lessonDone(p.passed().lesson(), session.course());
            }
        }
    }

    public void lessonDone(Lesson lesson, Course course) {
        screen.show(new AttributedString(ShellText.LESSON_DONE.formatted(lesson.number(), lesson.title()), Styles.OK));
        Optional<Lesson> next = course.lessons().stream().filter(l -> l.number() > lesson.number()).findFirst();
        if (next.isPresent()) screen.say(ShellText.LESSON_NEXT.formatted(next.get().number(), next.get().title()));
        else screen.say(ShellText.COURSE_DONE);
    }
}
