package org.wiretutor.shell.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.wiretutor.course.CourseSession;
import org.wiretutor.course.LessonFormatException;
import org.wiretutor.course.TypedAttempt;
import org.wiretutor.course.TypedExercise;
import org.wiretutor.grading.Exercise;
import org.wiretutor.grading.ExerciseCatalog;
import org.wiretutor.mirror.pages.MirrorFiles;
import org.wiretutor.shell.screen.MarkdownRenderer;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.text.Messages;

public final class ExerciseCommand implements Command {
    private final Coursework coursework;
    private final LearnerHome learner;
    private final Connection connection;
    private final Output out;

    public ExerciseCommand(Coursework coursework, LearnerHome learner, Connection connection, Output out) {
        this.coursework = coursework;
        this.learner = learner;
        this.connection = connection;
        this.out = out;
    }

    @Override public String name() { return "exercise"; }
    @Override public String usage() { return Messages.get("shell.exercise.usage"); }
    @Override public String summary() { return Messages.get("shell.exercise.summary"); }
    @Override public String help() { return Messages.get("shell.exercise.help"); }

    @Override
    public List<String> candidates(int index) {
        return index == 0 ? numbers(learner.exercises()) : List.of();
    }

    @Override
    public void run(List<String> args) throws UsageException {
        if (args.size() != 1) throw new UsageException(Messages.get("shell.exercise.oneNumber"));
        Exercise e = find(learner.exercises(), args.get(0));
        List<AttributedString> lines = new ArrayList<>();
        lines.add(new AttributedString(Messages.get("shell.exercise.heading", e.number(), e.title()), Styles.HEADING));
        lines.add(AttributedString.EMPTY);
        MarkdownRenderer md = new MarkdownRenderer(out.screen().width());
        if (e.kind() == Exercise.Kind.TYPED) {
            TypedAttempt attempt = typedAttempt(e);
            if (attempt == null) return;
            lines.addAll(md.render(withoutTitle(attempt.exercise().statement())));
            lines.add(AttributedString.EMPTY);
            lines.add(new AttributedString(Messages.get("shell.exercise.typedStart"), Styles.STRONG));
            var parts = attempt.exercise().parts();
            for (int i = 0; i < parts.size(); i++) {
                lines.add(new AttributedString((attempt.done(i) ? "  ✓ " : "  · ") + parts.get(i).title(),
                        attempt.done(i) ? Styles.OK : Styles.PLAIN));
            }
        } else {
            lines.addAll(md.render(withoutTitle(e.statement())));
        }
        out.page(lines);
    }

    /**
     * The statement without its own first heading ("# Exercise 1: Prompt for the URL"): the heading above it
     * already names the exercise, and saying it twice pushes the statement down the screen.
     */
    static String withoutTitle(String statement) {
        String text = statement.stripLeading();
        if (!text.startsWith("# ")) return statement;
        int end = text.indexOf('\n');
        return end < 0 ? "" : text.substring(end + 1);
    }

    /** The learner's attempt at a typed exercise: the one from earlier in this session if any, else a new one. */
    private TypedAttempt typedAttempt(Exercise e) {
        var current = coursework.resumable(e.id());
        if (current.isPresent()) {
            coursework.typed(current.get());
            learner.grades().learner().ifPresent(id -> connection.serve(MirrorFiles.forLearner(id)));
            return current.get();
        }
        var id = LearnerCommand.require(learner, out);
        if (id.isEmpty()) return null;
        try {
            var answers = MirrorFiles.forLearner(id.get()).expectedAnswers();
            TypedExercise typed = TypedExercise.parse(e.id(), e.statement(), Map.of(
                    "lastModified", answers.lastModified(), "etag", answers.etag(),
                    "contentLength", Long.toString(answers.contentLength()), "cacheControl", answers.cacheControl(),
                    "contentType", answers.contentType(), "paragraphCount", Integer.toString(answers.paragraphCount())));
            TypedAttempt attempt = new TypedAttempt(e.id(), typed);
            coursework.typed(attempt);
            connection.serve(MirrorFiles.forLearner(id.get()));
            return attempt;
        } catch (LessonFormatException bad) {
            out.error(bad.getMessage());
            return null;
        }
    }

    /** The typed exercise being worked on, with the exercise it is an attempt at. */
    record Working(TypedAttempt attempt, Exercise exercise) {}

    static Optional<Working> working(Coursework coursework, ExerciseCatalog exercises) {
        return coursework.typed().flatMap(a -> exercises.find(a.exerciseId()).map(e -> new Working(a, e)));
    }

    /** How to get back from the exercise to the lesson, which waits where it was. */
    static String backToLesson(CourseSession course, Exercise e) {
        return course.position().map(at -> Messages.get("shell.exercise.backToLesson", e.number(),
                at.lesson().number(), at.stepNumber())).orElse(Messages.get("shell.exercise.backToLessons", e.number()));
    }

    static Exercise find(ExerciseCatalog exercises, String word) throws UsageException {
        return exercises.find(word)
                .orElseThrow(() -> new UsageException(Messages.get("shell.exercise.noSuch", word)));
    }

    /** The exercises' numbers, for completion. */
    static List<String> numbers(ExerciseCatalog exercises) {
        return exercises.all().stream().map(e -> Integer.toString(e.number())).toList();
    }
}
