package org.wiretutor.course;

import java.util.List;
import java.util.Locale;

/** Passes when the learner's answer matches one of the accepted ones, ignoring case and extra spaces. */
public record AnswerCheck(List<String> accepted) implements Check {
    public AnswerCheck {
        accepted = List.copyOf(accepted);
    }

    @Override
    public Verdict judge(Observation observation) {
        if (!(observation instanceof Observation.Answered a)) return Verdict.UNRELATED;
        String given = normal(a.text());
        for (String ok : accepted) if (normal(ok).equals(given)) return Verdict.PASSED;
        return Verdict.missed(CourseText.WRONG_ANSWER.formatted(a.text().strip()));
    }

    static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public String expectation() {
        return CourseText.EXPECT_ANSWER;
    }
}
