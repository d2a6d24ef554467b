package org.wiretutor.grading;

import org.wiretutor.check.Verdict;

/** Turns a comparison of output with expected bytes into a result, the same way for a whole reply and a body. */
final class Shown {

    private Shown() {
    }

    /** Passes only when everything expected is in the output, in order, with nothing added. */
    static Verdict wholly(String name, OutputMatch m, String passMessage, boolean reveal) {
        if (!m.found()) {
            return Verdict.missed(missing(name, m, reveal));
        }
        if (m.addedNewlines() > 0) {
            return Verdict.missed(GradingText.extraNewlines(m.addedNewlines(), m.boundary()),
                    m.firstAdded().orElseThrow());
        }
        if (m.differs()) {
            return Verdict.missed(GradingText.outputDiffers(m.shownBytes()), m.difference());
        }
        if (!m.complete()) {
            return Verdict.missed(GradingText.outputStopsEarly(m.shownBytes(), m.expectedBytes(),
                    reveal));
        }
        return Verdict.passed(passMessage);
    }

    private static String missing(String name, OutputMatch m, boolean reveal) {
        return name.equals(BodyOnlyCheck.NAME) ? GradingText.bodyMissing(m.firstLine(), reveal)
                : GradingText.replyMissing(m.firstLine());
    }
}
