package org.wiretutor.grading;

import org.wiretutor.check.Check;
import org.wiretutor.check.Verdict;

/** Exercise 1: the output shows the reply exactly as it arrived, nothing added or lost between reads. */
final class ReplyShownCheck implements Check<Evidence> {

    static final String NAME = "reply-shown";

    @Override
    public Verdict judge(Evidence ev) {
        if (ev.reply().isEmpty()) {
            return Verdict.missed(GradingText.notChecked());
        }
        return Shown.wholly(NAME, OutputMatch.of(ev.main().output(), ev.reply().get()),
                GradingText.replyShown(ev.reply().get().length), ev.reveal());
    }
}
