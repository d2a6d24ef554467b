package org.wiretutor.grading;

import org.wiretutor.check.Check;
import org.wiretutor.check.Verdict;

/**
 * Exercise 1's extra runs: given a malformed URL or a host that does not exist, the program says so and stops,
 * instead of crashing or hanging.
 */
final class BadInputCheck implements Check<Evidence> {

    static final String BAD_URL = "bad-url";
    static final String MISSING_HOST = "missing-host";

    private final String name;

    BadInputCheck(String name) {
        this.name = name;
    }

    /** Its name in exercise.properties. */
    String name() {
        return name;
    }

    @Override
    public Verdict judge(Evidence ev) {
        ProgramRun run = ev.reruns().get(name);
        if (run == null) {
            return Verdict.missed(GradingText.notChecked());
        }
        if (run.result().timedOut()) {
            return Verdict.missed(GradingText.badInputHung(run.input(), ev.limit()));
        }
        var crash = Crash.diagnose(run.output());
        if (crash.isPresent()) {
            return Verdict.missed(GradingText.badInputCrashed(run.input(), crash.get()));
        }
        if (run.output().isBlank()) {
            return Verdict.missed(GradingText.badInputSilent(run.input()));
        }
        return Verdict.passed(GradingText.badInputOk(run.input()));
    }
}
