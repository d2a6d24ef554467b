package org.wiretutor.grading;

/** Turns a comparison of output with expected bytes into a result, the same way for a whole reply and a body. */
final class Shown {

    private Shown() {
    }

    /** Passes only when everything expected is in the output, in order, with nothing added. */
    static CheckResult wholly(String name, OutputMatch m, String passMessage, boolean reveal) {
        if (!m.found()) {
            return CheckResult.fail(name, missing(name, m, reveal));
        }
        if (m.addedNewlines() > 0) {
            return CheckResult.fail(name, GradingText.extraNewlines(m.addedNewlines(), m.boundary()),
                    m.firstAdded().orElseThrow());
        }
        if (m.differs()) {
            return CheckResult.fail(name, GradingText.outputDiffers(m.shownBytes()), m.difference());
        }
        if (!m.complete()) {
            return CheckResult.fail(name, GradingText.outputStopsEarly(m.shownBytes(), m.expectedBytes(),
                    reveal));
        }
        return CheckResult.pass(name, passMessage);
    }

    private static String missing(String name, OutputMatch m, boolean reveal) {
        return name.equals(BodyOnlyCheck.NAME) ? GradingText.bodyMissing(m.firstLine(), reveal)
                : GradingText.replyMissing(m.firstLine());
    }
}
