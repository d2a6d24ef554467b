package org.wiretutor.course;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wiretutor.check.Verdict;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;

/**
 * A question the learner answers with {@code answer TEXT}. An answer may be the bare value
 * ({@code 467}) or a header line ({@code Content-Length: 467}); case and extra spaces never count,
 * and with {@code loose} neither does punctuation. With a {@code field}, an answer naming another
 * header is not for this question, so several questions can be open at once.
 *
 * @param about  what the question asks for, in a few words ("the Content-Type"), to say which question is left
 * @param wrong  answers beginners often give instead, each told {@code reason}
 */
public record AnswerCheck(List<String> accepted, String field, boolean loose, String about, List<String> wrong,
                          String reason) implements StepCheck {
    private static final Pattern NAMED = Pattern.compile("([A-Za-z][A-Za-z0-9-]*)\\s*:\\s*(.*)", Pattern.DOTALL);

    public AnswerCheck {
        accepted = List.copyOf(accepted);
        field = field == null ? "" : field;
        about = about == null ? "" : about;
        wrong = List.copyOf(wrong);
        reason = reason == null ? "" : reason;
    }

    public AnswerCheck(List<String> accepted, String field, boolean loose) {
        this(accepted, field, loose, "", List.of(), "");
    }

    public AnswerCheck(List<String> accepted) {
        this(accepted, "", false);
    }

    /** How an answer stands to this question. */
    public enum Fit {
        /** It is the answer to this question. */
        RIGHT,
        /** It was meant for this question (it names the field, or is a known wrong answer) and is wrong. */
        WRONG,
        /** It says nothing about this question. */
        OTHER
    }

    /**
     * One answer read against this question.
     *
     * @param value the answer as judged, escaped for the screen: the value alone when a header name came first
     * @param note  for RIGHT, an extra remark (or empty); for WRONG, the reason
     */
    public record Reading(Fit fit, String value, String note) {}

    public Reading read(String answer) {
        String text = answer.strip();
        String value = text;
        String named = null;
        if (!field.isEmpty() && startsWithName(text, field)) {
            named = field;
            value = text.substring(field.length()).strip();
            if (value.startsWith(":")) value = value.substring(1).strip();
        } else {
            Matcher m = NAMED.matcher(text);
            if (m.matches()) {
                named = m.group(1);
                value = m.group(2).strip();
            }
        }
        boolean mine = named != null && named.equalsIgnoreCase(field);
        boolean otherField = named != null && !field.isEmpty() && !mine;
        if (field.isEmpty() && matches(accepted, text)) return right(text);
        if (!otherField && matches(accepted, value)) return right(value);
        String shown = Escape.string(value);
        if (!otherField && (matches(wrong, value) || field.isEmpty() && matches(wrong, text))) {
            return new Reading(Fit.WRONG, shown, reason);
        }
        if (mine) return new Reading(Fit.WRONG, shown, Messages.get("course.wrong.field", shown, field));
        return new Reading(Fit.OTHER, shown, "");
    }

    private Reading right(String value) {
        String shown = Escape.string(value);
        boolean unquotedTag = field.equalsIgnoreCase("ETag") && !value.startsWith("\"") && !value.startsWith("W/\"");
        return new Reading(Fit.RIGHT, shown, unquotedTag ? Messages.get("course.etag.quotes", shown) : "");
    }

    /** True when {@code text} starts with {@code name} as a whole word: followed by nothing, a colon or a space. */
    private static boolean startsWithName(String text, String name) {
        if (!text.regionMatches(true, 0, name, 0, name.length())) return false;
        if (text.length() == name.length()) return true;
        char next = text.charAt(name.length());
        return next == ':' || Character.isWhitespace(next);
    }

    private boolean matches(List<String> answers, String given) {
        String g = normal(given);
        if (g.isEmpty()) return false;
        for (String ok : answers) if (normal(ok).equals(g)) return true;
        return false;
    }

    @Override
    public Verdict judge(Observation observation) {
        if (!(observation instanceof Observation.Answered a)) return Verdict.UNRELATED;
        Reading r = read(a.text());
        return switch (r.fit()) {
            case RIGHT -> Verdict.PASSED;
            case WRONG -> Verdict.mistake(r.note());
            case OTHER -> field.isEmpty() ? Verdict.missed(Messages.get("course.wrong.answer", Escape.string(a.text().strip())))
                    : Verdict.UNRELATED;
        };
    }

    private String normal(String s) {
        String n = s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return loose ? n.replaceAll("[^\\p{Alnum}]", "") : n;
    }

    /** What the question asks for, in a few words, to say which one is left. */
    public String label() {
        if (!about.isEmpty()) return about;
        return field.isEmpty() ? Messages.get("course.another.question") : Messages.get("course.about.field", field);
    }

    @Override
    public String expectation() {
        if (!field.isEmpty()) return Messages.get("course.expect.field", field);
        return about.isEmpty() ? Messages.get("course.expect.answer") : Messages.get("course.expect.about", about);
    }
}
