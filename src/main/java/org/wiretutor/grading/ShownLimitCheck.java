package org.wiretutor.grading;

/**
 * Exercises 2 and 3: show at most the first {@value #LIMIT} characters. Measured against the whole reply when the
 * output shows its status line (a socket program), else against the document (a library hides the headers).
 */
final class ShownLimitCheck implements Check {

    static final String NAME = "shown-limit";
    static final int LIMIT = 3000;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult check(Evidence ev) {
        String output = ev.main().output();
        OutputMatch m = ev.reply().map(r -> OutputMatch.of(output, r)).filter(OutputMatch::found)
                .orElseGet(() -> OutputMatch.of(output, ev.document()));
        if (!m.found()) {
            return CheckResult.fail(NAME, GradingText.bodyMissing(m.firstLine(), ev.reveal()));
        }
        int shown = m.shownBytesBeforeFinalNewline();
        if (shown > LIMIT) {
            return CheckResult.fail(NAME, GradingText.shownTooMuch(shown, LIMIT), m.afterBytes(LIMIT));
        }
        return CheckResult.pass(NAME, GradingText.shownWithin(shown, LIMIT));
    }
}
