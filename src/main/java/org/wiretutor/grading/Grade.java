package org.wiretutor.grading;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.wiretutor.text.Escape;

/**
 * The outcome of grading one exercise for one learner: every check in order, when, and what the program printed
 * (so a report can show it next to the diagnoses), escaped by {@link Escape#string} so no view or file gets it raw.
 */
public record Grade(String exercise, String learner, List<CheckResult> checks, Instant at, String programOutput) {

    public Grade {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(at, "at");
        checks = List.copyOf(checks);
        programOutput = programOutput == null ? "" : Escape.string(programOutput);
    }

    public int passed() {
        return (int) checks.stream().filter(CheckResult::passed).count();
    }

    public int total() {
        return checks.size();
    }

    public boolean allPassed() {
        return !checks.isEmpty() && passed() == total();
    }
}
