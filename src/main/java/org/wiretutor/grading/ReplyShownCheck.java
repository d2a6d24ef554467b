package org.wiretutor.grading;

/** Exercise 1: the output shows the reply exactly as it arrived, nothing added or lost between reads. */
final class ReplyShownCheck implements Check {

    static final String NAME = "reply-shown";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult check(Evidence ev) {
        if (ev.reply().isEmpty()) {
            return CheckResult.fail(NAME, GradingText.notChecked());
        }
        return Shown.wholly(NAME, OutputMatch.of(ev.main().output(), ev.reply().get()),
                GradingText.replyShown(ev.reply().get().length), ev.reveal());
    }
}
