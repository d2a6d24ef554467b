package org.wiretutor.check;

import java.util.Objects;
import java.util.Optional;

/**
 * A check's judgement of some evidence: passed, missed with the reason, or not about this check at all.
 *
 * @param message for a pass, what was confirmed (or empty); for a miss, what was wrong and what to do
 * @param known   true when the miss is a mistake the check recognises (a Range with no unit, a tag without its
 *                quotes), worth saying even where a plain "not this one" would be noise
 * @param caret   where in the bytes the problem is, when it is about bytes
 */
public record Verdict(Outcome outcome, String message, boolean known, Optional<Caret> caret) {

    public enum Outcome { PASSED, MISSED, UNRELATED }

    /** The evidence is not about this check. */
    public static final Verdict UNRELATED = new Verdict(Outcome.UNRELATED, "", false, Optional.empty());
    /** Passed, with nothing to add. */
    public static final Verdict PASSED = new Verdict(Outcome.PASSED, "", false, Optional.empty());

    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        caret = caret == null ? Optional.empty() : caret;
    }

    /** Passed, saying what was confirmed. */
    public static Verdict passed(String message) {
        return new Verdict(Outcome.PASSED, message, false, Optional.empty());
    }

    public static Verdict missed(String why) {
        return new Verdict(Outcome.MISSED, why, false, Optional.empty());
    }

    /** Missed, pointing at the byte that is wrong. */
    public static Verdict missed(String why, Caret caret) {
        return new Verdict(Outcome.MISSED, why, false, Optional.of(caret));
    }

    /** A miss the check recognises as a common mistake, with the reason for it. */
    public static Verdict mistake(String why) {
        return new Verdict(Outcome.MISSED, why, true, Optional.empty());
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }
}
