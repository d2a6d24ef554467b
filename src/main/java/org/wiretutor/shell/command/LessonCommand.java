package org.wiretutor.shell.command;

import java.util.List;
import org.wiretutor.course.Lesson;
import org.wiretutor.course.Position;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;

public final class LessonCommand implements Command {
    @Override public String name() { return "lesson"; }
    @Override public String usage() { return "lesson [N]"; }
    @Override public String summary() { return "start or resume lesson N (the current step again, without N)"; }
    @Override public String help() {
        return "lesson 1 starts the first lesson, or takes you back to the step you reached. Without a number, "
                + "shows the step you are on. Steps finish when the thing they ask for really happens on the wire.";
    }

    @Override
    public List<String> candidates(int index, ShellContext ctx) {
        return index == 0
                ? ctx.course.course().lessons().stream().map(l -> Integer.toString(l.number())).toList()
                : List.of();
    }

    @Override
    public void run(List<String> args, ShellContext ctx) throws UsageException {
        if (args.size() > 1) throw new UsageException("lesson takes one number.");
        if (args.isEmpty()) {
            var at = ctx.course.position();
            if (at.isEmpty()) {
                var suggested = ctx.course.suggested();
                if (suggested.isEmpty()) {
                    ctx.info(ShellText.NO_LESSONS);
                    return;
                }
                show(ctx, ctx.course.start(suggested.get()));
                return;
            }
            show(ctx, at.get());
            return;
        }
        Lesson lesson;
        try {
            int n = Integer.parseInt(args.get(0));
            lesson = ctx.course.course().lesson(n)
                    .orElseThrow(() -> new UsageException(ShellText.NO_SUCH_LESSON.formatted(args.get(0))));
        } catch (NumberFormatException e) {
            lesson = ctx.course.course().lesson(args.get(0))
                    .orElseThrow(() -> new UsageException(ShellText.NO_SUCH_LESSON.formatted(args.get(0))));
        }
        show(ctx, ctx.course.start(lesson));
    }

    private static void show(ShellContext ctx, Position at) {
        ctx.leaveTyped();
        ctx.serveFiles(org.wiretutor.mirror.pages.MirrorFiles.bundled());
        ctx.courseView.step(at, true);
    }
}
