package org.wiretutor.course;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.wiretutor.check.Verdict;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;

/**
 * A learner working on a typed exercise in this session: which parts are done, and how far
 * each open part has got. Observations arrive from the wire's thread and the shell's.
 */
public final class TypedAttempt {
    private final String exerciseId;
    private final TypedExercise exercise;
    private final BitSet done = new BitSet();
    private final int[] progress;
    private final int[] hintsShown;

    public TypedAttempt(String exerciseId, TypedExercise exercise) {
        this.exerciseId = exerciseId;
        this.exercise = exercise;
        this.progress = new int[exercise.parts().size()];
        this.hintsShown = new int[exercise.parts().size()];
    }

    public String exerciseId() {
        return exerciseId;
    }

    public TypedExercise exercise() {
        return exercise;
    }

    /** One thing to tell the learner, and how it sounds. */
    public record Line(Tone tone, String text) {}

    public enum Tone {
        /** Something was right: a part done, an answer accepted. */
        RIGHT,
        /** Neither right nor wrong: an answer given before, a question not asked. */
        NOTE,
        /** Something was wrong, and why. */
        MISSED
    }

    /** What an observation did: the parts it completed, and what to tell the learner, in order. */
    public record Outcome(List<TypedExercise.Part> completed, List<Line> lines) {
        public List<String> misses() {
            return lines.stream().filter(l -> l.tone() == Tone.MISSED).map(Line::text).toList();
        }
    }

    /**
     * Judges what happened. An answer gets exactly one line: right (and the part it completes), already
     * done, or wrong with the reason. Anything else completes the parts it can; of its misses, only the
     * mistakes a check recognises are told, since most events are meant for some other part.
     */
    public synchronized Outcome observe(Observation observation) {
        if (observation instanceof Observation.Answered a) return answer(a.text());
        List<TypedExercise.Part> completed = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        List<TypedExercise.Part> parts = exercise.parts();
        for (int p = 0; p < parts.size(); p++) {
            if (done.get(p)) continue;
            List<StepCheck> checks = parts.get(p).checks();
            while (progress[p] < checks.size()) {
                Verdict v = checks.get(progress[p]).judge(observation);
                if (v.outcome() == Verdict.Outcome.MISSED && v.known()) lines.add(new Line(Tone.MISSED, v.message()));
                if (v.outcome() != Verdict.Outcome.PASSED) break;
                progress[p]++;
            }
            if (progress[p] == checks.size()) {
                done.set(p);
                completed.add(parts.get(p));
            }
        }
        for (TypedExercise.Part part : completed) {
            lines.add(new Line(Tone.RIGHT, Messages.get("course.part.done", part.title(), passed(), total())));
        }
        return new Outcome(completed, lines);
    }

    private Outcome answer(String text) {
        List<TypedExercise.Part> parts = exercise.parts();
        List<AnswerJudge.Question> open = new ArrayList<>();
        List<AnswerJudge.Question> answered = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            List<StepCheck> checks = parts.get(p).checks();
            for (int i = 0; i < checks.size(); i++) {
                if (!(checks.get(i) instanceof AnswerCheck a)) continue;
                AnswerJudge.Question q = new AnswerJudge.Question(p, a);
                if (done.get(p) || i < progress[p]) answered.add(q);
                else if (i == progress[p]) open.add(q);
            }
        }
        AnswerJudge.Result result = AnswerJudge.judge(text, open, answered);
        if (result instanceof AnswerJudge.Right r) {
            int p = r.key();
            TypedExercise.Part part = parts.get(p);
            progress[p]++;
            String value = r.reading().value();
            String note = r.reading().note().isEmpty() ? "" : " " + r.reading().note();
            if (progress[p] < part.checks().size()) {
                return new Outcome(List.of(), List.of(new Line(Tone.RIGHT,
                        Messages.get("course.part.right.more", value, part.title()) + note)));
            }
            done.set(p);
            return new Outcome(List.of(part), List.of(new Line(Tone.RIGHT,
                    Messages.get("course.part.right", value, part.title(), passed(), total()) + note)));
        }
        if (result instanceof AnswerJudge.Already a) {
            return new Outcome(List.of(), List.of(new Line(Tone.NOTE,
                    Messages.get("course.part.already", parts.get(a.key()).title(), a.reading().value()))));
        }
        AnswerJudge.Wrong w = (AnswerJudge.Wrong) result;
        if (w.reason().isPresent()) return new Outcome(List.of(), List.of(new Line(Tone.MISSED, w.reason().get())));
        if (open.isEmpty()) return new Outcome(List.of(), List.of(new Line(Tone.NOTE, Messages.get("course.no.questions"))));
        String shown = Escape.string(AnswerCheck.unquote(text));
        List<String> fields = open.stream().map(q -> q.check().field()).toList();
        String why = fields.stream().noneMatch(String::isEmpty)
                ? Messages.get("course.wrong.any.field", shown, String.join(", ", fields), fields.get(0))
                : Messages.get("course.wrong.answer", shown);
        return new Outcome(List.of(), List.of(new Line(Tone.MISSED, why)));
    }

    /** A hint, and the part it is for. */
    public record Hint(String part, String text) {}

    /**
     * The next hint: for the open part that has had the fewest so far (the first listed on a tie), so
     * every part gets its first hint before any gets its second. Empty once every part is done.
     */
    public synchronized Optional<Hint> hint() {
        int best = -1;
        for (int p = 0; p < exercise.parts().size(); p++) {
            if (!done.get(p) && (best < 0 || hintsShown[p] < hintsShown[best])) best = p;
        }
        if (best < 0) return Optional.empty();
        TypedExercise.Part part = exercise.parts().get(best);
        String text = part.hints().isEmpty()
                ? Messages.get("course.no.part.hints", progress[best] < part.checks().size()
                        ? part.checks().get(progress[best]).expectation() : part.title())
                : part.hints().get(Math.min(hintsShown[best], part.hints().size() - 1));
        hintsShown[best]++;
        return Optional.of(new Hint(part.title(), text));
    }

    /** True while a part not done waits for an answer: its next check is an answer check (see {@link #answer}). */
    public synchronized boolean asking() {
        List<TypedExercise.Part> parts = exercise.parts();
        for (int p = 0; p < parts.size(); p++) {
            List<StepCheck> checks = parts.get(p).checks();
            if (!done.get(p) && progress[p] < checks.size() && checks.get(progress[p]) instanceof AnswerCheck) return true;
        }
        return false;
    }

    /** The titles of the parts not done yet, in the order listed. */
    public synchronized List<String> left() {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < exercise.parts().size(); p++) if (!done.get(p)) out.add(exercise.parts().get(p).title());
        return out;
    }

    public synchronized int passed() {
        return done.cardinality();
    }

    public int total() {
        return exercise.parts().size();
    }

    public synchronized boolean done(int part) {
        return done.get(part);
    }
}
