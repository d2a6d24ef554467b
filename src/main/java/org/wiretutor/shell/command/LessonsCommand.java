package org.wiretutor.shell.command;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.wiretutor.course.CourseSession;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.text.Messages;

public final class LessonsCommand implements Command {
    private final Coursework coursework;
    private final Output out;

    public LessonsCommand(Coursework coursework, Output out) {
        this.coursework = coursework;
        this.out = out;
    }

    @Override public String name() { return "lessons"; }
    @Override public String usage() { return Messages.get("shell.lessons.usage"); }
    @Override public String summary() { return Messages.get("shell.lessons.summary"); }
    @Override public String help() { return Messages.get("shell.lessons.help"); }

    @Override
    public void run(List<String> args) {
        out.page(lines());
    }

    /** The list of lessons and where the learner is in each, as {@code progress} shows it too. */
    List<AttributedString> lines() {
        List<CourseSession.LessonState> states = coursework.course().states();
        List<AttributedString> lines = new ArrayList<>();
        if (states.isEmpty()) {
            lines.add(new AttributedString(Messages.get("shell.lessons.none")));
            return lines;
        }
        lines.add(new AttributedString(Messages.get("shell.lessons.header"), Styles.STRONG));
        // the longest title and at least two spaces before the states, so no title runs into its state
        int titleWidth = states.stream().mapToInt(s -> s.lesson().title().length()).max().orElse(0) + 1;
        for (CourseSession.LessonState s : states) {
            int steps = s.lesson().steps().size();
            String state = s.finished() ? Messages.get("shell.lessons.done")
                    : s.savedStep() == 0 && !s.current() ? Messages.get("shell.lessons.notStarted")
                    : Messages.get("shell.lessons.at", s.savedStep() + 1, steps);
            lines.add(new AttributedString(Row.of(s.lesson().number(), titleWidth, s.lesson().title(), state),
                    s.current() ? Styles.STRONG : Styles.PLAIN));
        }
        lines.add(new AttributedString(Messages.get("shell.lessons.foot"), Styles.DIM));
        return lines;
    }
}
