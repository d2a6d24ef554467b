package org.wiretutor.shell.command;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import java.util.Map;
import org.wiretutor.course.LessonFormatException;
import org.wiretutor.course.TypedAttempt;
import org.wiretutor.course.TypedExercise;
import org.wiretutor.grading.Exercise;
import org.wiretutor.mirror.pages.MirrorFiles;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;
import org.wiretutor.shell.screen.MarkdownRenderer;
import org.wiretutor.shell.screen.Styles;

public final class ExerciseCommand implements Command {
    @Override public String name() { return "exercise"; }
    @Override public String usage() { return "exercise N"; }
    @Override public String summary() { return "read exercise N: what to do and how it is graded"; }
    @Override public String help() {
        return "Shows the statement of exercise N: what your program must do, and what the grader checks.";
    }

    @Override
    public List<String> candidates(int index, ShellContext ctx) {
        return index == 0 ? ctx.exercises().all().stream().map(e -> Integer.toString(e.number())).toList() : List.of();
    }

    @Override
    public void run(List<String> args, ShellContext ctx) throws UsageException {
        if (args.size() != 1) throw new UsageException("exercise takes one number.");
        Exercise e = find(ctx, args.get(0));
        List<AttributedString> out = new ArrayList<>();
        out.add(new AttributedString("Exercise " + e.number() + " · " + e.title(), Styles.HEADING));
        out.add(AttributedString.EMPTY);
        MarkdownRenderer md = new MarkdownRenderer(ctx.screen.width());
        if (e.kind() == Exercise.Kind.TYPED) {
            TypedAttempt attempt = typedAttempt(ctx, e);
            if (attempt == null) return;
            out.addAll(md.render(attempt.exercise().statement()));
            out.add(AttributedString.EMPTY);
            out.add(new AttributedString(ShellText.TYPED_START, Styles.STRONG));
            var parts = attempt.exercise().parts();
            for (int i = 0; i < parts.size(); i++) {
                out.add(new AttributedString((attempt.done(i) ? "  ✓ " : "  · ") + parts.get(i).title(),
                        attempt.done(i) ? Styles.OK : Styles.PLAIN));
            }
        } else {
            out.addAll(md.render(e.statement()));
        }
        ctx.page(out);
    }

    /** The learner's attempt at a typed exercise: the one from earlier in this session if any, else a new one. */
    private static TypedAttempt typedAttempt(ShellContext ctx, Exercise e) throws UsageException {
        var current = ctx.resumable(e.id());
        if (current.isPresent()) {
            ctx.typed(current.get());
            ctx.grades().learner().ifPresent(id -> ctx.serveFiles(MirrorFiles.forLearner(id)));
            return current.get();
        }
        var learner = LearnerCommand.require(ctx);
        if (learner.isEmpty()) return null;
        try {
            var answers = MirrorFiles.forLearner(learner.get()).expectedAnswers();
            TypedExercise typed = TypedExercise.parse(e.id(), e.statement(), Map.of(
                    "lastModified", answers.lastModified(), "etag", answers.etag(),
                    "contentLength", Long.toString(answers.contentLength()), "cacheControl", answers.cacheControl(),
                    "contentType", answers.contentType(), "paragraphCount", Integer.toString(answers.paragraphCount())));
            TypedAttempt attempt = new TypedAttempt(e.id(), typed);
            ctx.typed(attempt);
            ctx.serveFiles(MirrorFiles.forLearner(learner.get()));
            return attempt;
        } catch (LessonFormatException bad) {
            ctx.error(bad.getMessage());
            return null;
        }
    }

    /** The typed exercise being worked on, with the exercise it is an attempt at. */
    record Working(TypedAttempt attempt, Exercise exercise) {}

    static java.util.Optional<Working> working(ShellContext ctx) {
        return ctx.typed().flatMap(a -> ctx.exercises().find(a.exerciseId()).map(e -> new Working(a, e)));
    }

    /** How to get back from the exercise to the lesson, which waits where it was. */
    static String backToLesson(ShellContext ctx, Exercise e) {
        return ctx.course.position().map(at -> ShellText.BACK_TO_LESSON.formatted(e.number(), at.lesson().number(),
                at.stepNumber(), at.lesson().number())).orElse(ShellText.BACK_TO_LESSONS.formatted(e.number()));
    }

    static Exercise find(ShellContext ctx, String word) throws UsageException {
        return ctx.exercises().find(word)
                .orElseThrow(() -> new UsageException(ShellText.NO_SUCH_EXERCISE.formatted(word)));
    }
}
