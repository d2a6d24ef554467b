package org.wiretutor.grading;

import org.wiretutor.check.Check;
import org.wiretutor.check.Verdict;

/** The program must not end in a traceback or stack trace: learners are asked to handle errors themselves. */
final class CleanExitCheck implements Check<Evidence> {

    static final String NAME = "clean-exit";

    @Override
    public Verdict judge(Evidence ev) {
        return Crash.diagnose(ev.main().output())
                .map(why -> Verdict.missed(why))
                .orElse(Verdict.passed(GradingText.cleanExit()));
    }
}
