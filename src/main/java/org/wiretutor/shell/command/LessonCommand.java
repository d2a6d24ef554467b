package org.wiretutor.shell.command;

import java.util.List;
import org.wiretutor.course.Lesson;
import org.wiretutor.course.Position;
import org.wiretutor.mirror.pages.MirrorFiles;
import org.wiretutor.text.Messages;

public final class LessonCommand implements Command {
    private final Coursework coursework;
    private final Connection connection;
    private final Output out;

    public LessonCommand(Coursework coursework, Connection connection, Output out) {
        this.coursework = coursework;
        this.connection = connection;
        this.out = out;
    }

    @Override public String name() { return "lesson"; }
    @Override public String usage() { return Messages.get("shell.lesson.usage"); }
    @Override public String summary() { return Messages.get("shell.lesson.summary"); }
    @Override public String help() { return Messages.get("shell.lesson.help"); }

    @Override
    public List<String> candidates(int index) {
        return index == 0
                ? coursework.course().course().lessons().stream().map(l -> Integer.toString(l.number())).toList()
                : List.of();
    }

    @Override
    public void run(List<String> args) throws UsageException {
        var course = coursework.course();
        if (args.size() > 1) throw new UsageException(Messages.get("shell.lesson.oneNumber"));
        if (args.isEmpty()) {
            var at = course.position();
            if (at.isEmpty()) {
                var suggested = course.suggested();
                if (suggested.isEmpty()) {
                    out.info(Messages.get("shell.lessons.none"));
                    return;
                }
                show(course.start(suggested.get()));
                return;
            }
            show(at.get());
            return;
        }
        Lesson lesson;
        try {
            int n = Integer.parseInt(args.get(0));
            lesson = course.course().lesson(n)
                    .orElseThrow(() -> new UsageException(Messages.get("shell.lesson.noSuch", args.get(0))));
        } catch (NumberFormatException e) {
            lesson = course.course().lesson(args.get(0))
                    .orElseThrow(() -> new UsageException(Messages.get("shell.lesson.noSuch", args.get(0))));
        }
        show(course.start(lesson));
    }

    private void show(Position at) {
        coursework.leaveTyped();
        connection.serve(MirrorFiles.bundled());
        coursework.view().step(at, true);
    }
}
