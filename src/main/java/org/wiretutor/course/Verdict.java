package org.wiretutor.course;

/** A check's judgement of one event: passed, missed with a reason, or not about this check at all. */
public record Verdict(Outcome outcome, String feedback) {
    public enum Outcome { PASSED, MISSED, UNRELATED }

    public static final Verdict UNRELATED = new Verdict(Outcome.UNRELATED, "");
    public static final Verdict PASSED = new Verdict(Outcome.PASSED, "");

    public static Verdict missed(String why) {
        return new Verdict(Outcome.MISSED, why);
    }
}
