package org.wiretutor.course;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A learner working on a typed exercise in this session: which parts are done, and how far
 * each open part has got. Observations arrive from the wire's thread and the shell's.
 */
public final class TypedAttempt {
    private final String exerciseId;
    private final TypedExercise exercise;
    private final BitSet done = new BitSet();
    private final int[] progress;

    public TypedAttempt(String exerciseId, TypedExercise exercise) {
        this.exerciseId = exerciseId;
        this.exercise = exercise;
        this.progress = new int[exercise.parts().size()];
    }

    public String exerciseId() {
        return exerciseId;
    }

    public TypedExercise exercise() {
        return exercise;
    }

    /** What an observation did: parts completed, and misses worth telling the learner. */
    public record Outcome(List<TypedExercise.Part> completed, List<String> misses) {}

    public synchronized Outcome observe(Observation observation) {
        List<TypedExercise.Part> completed = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        List<TypedExercise.Part> parts = exercise.parts();
        for (int p = 0; p < parts.size(); p++) {
            if (done.get(p)) continue;
            List<Check> checks = parts.get(p).checks();
            while (progress[p] < checks.size()) {
                Verdict v = checks.get(progress[p]).judge(observation);
                if (v.outcome() == Verdict.Outcome.MISSED && checks.get(progress[p]) instanceof AnswerCheck) {
                    misses.add(v.feedback());
                }
                if (v.outcome() != Verdict.Outcome.PASSED) break;
                progress[p]++;
            }
            if (progress[p] == checks.size()) {
                done.set(p);
                completed.add(parts.get(p));
            }
        }
        return new Outcome(completed, misses);
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
