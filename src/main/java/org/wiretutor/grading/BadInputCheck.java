package org.wiretutor.grading;

/**
 * Exercise 1's extra runs: given a malformed URL or a host that does not exist, the program says so and stops,
 * instead of crashing or hanging.
 */
final class BadInputCheck implements Check {

    static final String BAD_URL = "bad-url";
    static final String MISSING_HOST = "missing-host";

    private final String name;

    BadInputCheck(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CheckResult check(Evidence ev) {
        ProgramRun run = ev.reruns().get(name);
        if (run == null) {
            return CheckResult.fail(name, GradingText.notChecked());
        }
        if (run.result().timedOut()) {
            return CheckResult.fail(name, GradingText.badInputHung(run.input(), ev.limit()));
        }
        var crash = Crash.diagnose(run.output());
        if (crash.isPresent()) {
            return CheckResult.fail(name, GradingText.badInputCrashed(run.input(), crash.get()));
        }
        if (run.output().isBlank()) {
            return CheckResult.fail(name, GradingText.badInputSilent(run.input()));
        }
        return CheckResult.pass(name, GradingText.badInputOk(run.input()));
    }
}
