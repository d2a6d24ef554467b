package org.wiretutor.grading;

import org.wiretutor.check.Check;
import org.wiretutor.check.Verdict;
import org.wiretutor.programs.ProgramRunner;

/**
 * Did the program end on its own, and promptly? A program that waits for a server which is itself waiting is the
 * chapter's classic hang, so the reason is named when the mirror's log shows it.
 */
final class FinishedCheck implements Check<Evidence> {

    static final String NAME = "finished";

    @Override
    public Verdict judge(Evidence ev) {
        ProgramRunner.Result r = ev.main().result();
        if (r.timedOut()) {
            if (ReceivedRequestCheck.missingBlankLine(ev)) {
                return Verdict.missed(GradingText.blankLineHang(ev.limit()));
            }
            if (ev.keptAlive()) {
                return Verdict.missed(GradingText.keepAliveHang(ev.limit()));
            }
            return Verdict.missed(GradingText.timedOut(ev.limit()));
        }
        // 80%: the mirror closes an idle connection after its keep-alive timeout, give or take scheduling
        if (ev.keptAlive() && ev.afterLastReply().compareTo(ev.keepAlive().multipliedBy(4).dividedBy(5)) >= 0) {
            return Verdict.missed(GradingText.keepAliveSlow(r.took(), ev.keepAlive()));
        }
        if (r.strayChildren() > 0) return Verdict.missed(GradingText.strayChildren(r.strayChildren()));
        return Verdict.passed(GradingText.finished(r.took(), r.truncated()));
    }
}
