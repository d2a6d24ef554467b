package org.wiretutor.grading;

import org.wiretutor.check.Check;
import org.wiretutor.check.Verdict;

/**
 * Exercises 2 and 3: show at most the first {@value #LIMIT} characters. Measured against the whole reply when the
 * output shows its status line (a socket program), else against the document (a library hides the headers).
 */
final class ShownLimitCheck implements Check<Evidence> {

    static final String NAME = "shown-limit";
    static final int LIMIT = 3000;

    @Override
    public Verdict judge(Evidence ev) {
        String output = ev.main().output();
        OutputMatch m = ev.reply().map(r -> OutputMatch.of(output, r)).filter(OutputMatch::found)
                .orElseGet(() -> OutputMatch.of(output, ev.document()));
        if (!m.found()) {
            return Verdict.missed(GradingText.bodyMissing(m.firstLine(), ev.reveal()));
        }
        int shown = m.shownBytesBeforeFinalNewline();
        if (shown > LIMIT) {
            return Verdict.missed(GradingText.shownTooMuch(shown, LIMIT), m.afterBytes(LIMIT));
        }
        return Verdict.passed(GradingText.shownWithin(shown, LIMIT));
    }
}
