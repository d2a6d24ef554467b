package org.wiretutor.grading;

/** The program must not end in a traceback or stack trace: learners are asked to handle errors themselves. */
final class CleanExitCheck implements Check {

    static final String NAME = "clean-exit";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult check(Evidence ev) {
        return Crash.diagnose(ev.main().output())
                .map(why -> CheckResult.fail(NAME, why))
                .orElse(CheckResult.pass(NAME, GradingText.cleanExit()));
    }
}
