package org.wiretutor.course;

/**
 * A check's judgement of one event: passed, missed with a reason, or not about this check at all.
 *
 * @param known true when the miss is a mistake the check recognises (a Range with no unit, a tag
 *              without its quotes), worth saying even where a plain "not this one" would be noise
 */
public record Verdict(Outcome outcome, String feedback, boolean known) {
    public enum Outcome { PASSED, MISSED, UNRELATED }

    public static final Verdict UNRELATED = new Verdict(Outcome.UNRELATED, "", false);
    public static final Verdict PASSED = new Verdict(Outcome.PASSED, "", false);

    public Verdict(Outcome outcome, String feedback) {
        this(outcome, feedback, false);
    }

    public static Verdict missed(String why) {
        return new Verdict(Outcome.MISSED, why, false);
    }

    /** A miss the check recognises as a common mistake, with the reason for it. */
    public static Verdict mistake(String why) {
        return new Verdict(Outcome.MISSED, why, true);
    }
}
