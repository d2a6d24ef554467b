package org.wiretutor.course;

import java.util.List;
import java.util.Locale;

/**
 * Passes when the learner's answer matches one of the accepted ones, ignoring case and extra
 * spaces (and, when {@code loose}, all punctuation). With a {@code field}, only answers that
 * start with that name ({@code answer ETag: "1d3-…"}) are judged, so several questions can be
 * open at once.
 */
public record AnswerCheck(List<String> accepted, String field, boolean loose) implements Check {
    public AnswerCheck {
        accepted = List.copyOf(accepted);
        field = field == null ? "" : field;
    }

    public AnswerCheck(List<String> accepted) {
        this(accepted, "", false);
    }

    @Override
    public Verdict judge(Observation observation) {
        if (!(observation instanceof Observation.Answered a)) return Verdict.UNRELATED;
        String text = a.text().strip();
        if (!field.isEmpty()) {
            if (!text.toLowerCase(Locale.ROOT).startsWith(field.toLowerCase(Locale.ROOT))) return Verdict.UNRELATED;
            text = text.substring(field.length()).strip();
            if (text.startsWith(":")) text = text.substring(1).strip();
        }
        String given = normal(text);
        for (String ok : accepted) if (normal(ok).equals(given)) return Verdict.PASSED;
        return Verdict.missed(field.isEmpty() ? CourseText.WRONG_ANSWER.formatted(a.text().strip())
                : CourseText.WRONG_FIELD.formatted(text, field));
    }

    private String normal(String s) {
        String n = s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return loose ? n.replaceAll("[^\\p{Alnum}]", "") : n;
    }

    @Override
    public String expectation() {
        return field.isEmpty() ? CourseText.EXPECT_ANSWER : CourseText.EXPECT_FIELD.formatted(field);
    }
}
