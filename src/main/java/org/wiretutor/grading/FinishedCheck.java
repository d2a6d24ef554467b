package org.wiretutor.grading;

import org.wiretutor.programs.ProgramRunner;

/**
 * Did the program end on its own, and promptly? A program that waits for a server which is itself waiting is the
 * chapter's classic hang, so the reason is named when the mirror's log shows it.
 */
final class FinishedCheck implements Check {

    static final String NAME = "finished";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult check(Evidence ev) {
        ProgramRunner.Result r = ev.main().result();
        if (r.timedOut()) {
            if (RequestCheck.missingBlankLine(ev)) {
                return CheckResult.fail(NAME, GradingText.blankLineHang(ev.limit()));
            }
            if (ev.keptAlive()) {
                return CheckResult.fail(NAME, GradingText.keepAliveHang(ev.limit()));
            }
            return CheckResult.fail(NAME, GradingText.timedOut(ev.limit()));
        }
        // 80%: the mirror closes an idle connection after its keep-alive timeout, give or take scheduling
        if (ev.keptAlive() && ev.afterLastReply().compareTo(ev.keepAlive().multipliedBy(4).dividedBy(5)) >= 0) {
            return CheckResult.fail(NAME, GradingText.keepAliveSlow(r.took(), ev.keepAlive()));
        }
        if (r.strayChildren() > 0) return CheckResult.fail(NAME, GradingText.strayChildren(r.strayChildren()));
        String done = GradingText.finished(r.took());
        return CheckResult.pass(NAME, r.truncated() ? done + GradingText.outputCapped() : done);
    }
}
