package org.wiretutor.shell.command;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.wiretutor.course.CourseSession;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;
import org.wiretutor.shell.screen.Styles;

public final class LessonsCommand implements Command {
    @Override public String name() { return "lessons"; }
    @Override public String usage() { return "lessons"; }
    @Override public String summary() { return "list the lessons and how far you are in each"; }
    @Override public String help() {
        return "Lists every lesson with its number and your progress in it. Start or resume one with lesson N.";
    }

    @Override
    public void run(List<String> args, ShellContext ctx) {
        List<CourseSession.LessonState> states = ctx.course.states();
        if (states.isEmpty()) {
            ctx.info(ShellText.NO_LESSONS);
            return;
        }
        List<AttributedString> out = new ArrayList<>();
        out.add(new AttributedString(ShellText.LESSON_HEADER, Styles.STRONG));
        for (CourseSession.LessonState s : states) {
            int steps = s.lesson().steps().size();
            String state = s.finished() ? ShellText.STATE_DONE
                    : s.savedStep() == 0 && !s.current() ? ShellText.STATE_NOT_STARTED
                    : ShellText.STATE_AT.formatted(s.savedStep() + 1, steps);
            out.add(new AttributedString(ShellText.LESSON_ROW.formatted(s.lesson().number(), s.lesson().title(), state),
                    s.current() ? Styles.STRONG : Styles.PLAIN));
        }
        out.add(new AttributedString(ShellText.LESSON_FOOT, Styles.DIM));
        ctx.screen.show(out);
    }
}
