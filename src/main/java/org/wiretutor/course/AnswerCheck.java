package org.wiretutor.course;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wiretutor.check.Verdict;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;
import org.wiretutor.text.Typos;

/**
 * A question the learner answers with {@code answer TEXT}. An answer may be the bare value
 * ({@code 467}) or a header line ({@code Content-Length: 467}); case and extra spaces never count,
 * and with {@code loose} neither does punctuation. With a {@code field}, an answer naming another
 * header is not for this question, so several questions can be open at once.
 *
 * @param about  what the question asks for, in a few words ("the Content-Type"), to say which question is left
 * @param wrong  answers beginners often give instead, each told {@code reason}
 * @param why    why the answer is what it is: told with a right answer, and at every reveal that has no {@code reason}
 * @param reasons some of the {@code wrong} answers, each with a reason of its own that fits its slip better than
 *                the shared {@code reason} ({@code wrong2=… reason2=…} in a lesson)
 */
public record AnswerCheck(List<String> accepted, String field, boolean loose, String about, List<String> wrong,
                          String reason, String why, Map<String, String> reasons) implements StepCheck {
    private static final Pattern NAMED = Pattern.compile("([A-Za-z][A-Za-z0-9-]*)\\s*:\\s*(.*)", Pattern.DOTALL);

    public AnswerCheck {
        accepted = List.copyOf(accepted);
        field = field == null ? "" : field;
        about = about == null ? "" : about;
        wrong = List.copyOf(wrong);
        reason = reason == null ? "" : reason;
        why = why == null ? "" : why;
        reasons = reasons == null ? Map.of() : Map.copyOf(reasons);
    }

    public AnswerCheck(List<String> accepted, String field, boolean loose, String about, List<String> wrong,
                       String reason, String why) {
        this(accepted, field, loose, about, wrong, reason, why, Map.of());
    }

    public AnswerCheck(List<String> accepted, String field, boolean loose, String about, List<String> wrong,
                       String reason) {
        this(accepted, field, loose, about, wrong, reason, "");
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
        Reading raw = readStripped(answer.strip());
        String unquoted = unquote(answer.strip());
        if (raw.fit() != Fit.OTHER || unquoted.equals(answer.strip())) return raw;
        // "answer "1d3"" means 1d3: the quotes only set the answer apart, unless they are part of it (an ETag)
        return readStripped(unquoted);
    }

    private Reading readStripped(String text) {
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
                // "New-Location:" alone is a header's name written with its colon, as headers are shown
                if (value.isEmpty()) value = named;
            }
        }
        value = value.equals(unquote(value)) || matches(accepted, value) ? value : unquote(value);
        boolean mine = named != null && named.equalsIgnoreCase(field);
        boolean otherField = named != null && !field.isEmpty() && !mine;
        if (field.isEmpty() && matches(accepted, text)) return right(text);
        if (!otherField && matches(accepted, value)) return right(value);
        // "Location: http://…" answers a question whose answer is the header's name
        if (field.isEmpty() && named != null && matches(accepted, named)) return right(named);
        String shown = Escape.string(value);
        if (!otherField && (matches(wrong, value) || field.isEmpty() && matches(wrong, text))) {
            return new Reading(Fit.WRONG, shown, reasonFor(value, text));
        }
        if (mine) return new Reading(Fit.WRONG, shown, Messages.get("course.wrong.field", shown, field));
        return new Reading(Fit.OTHER, shown, "");
    }

    /** The reason of the wrong answer {@code value} (or the whole {@code text}) matched: its own, else the shared one. */
    private String reasonFor(String value, String text) {
        for (Map.Entry<String, String> own : reasons.entrySet()) {
            List<String> one = List.of(own.getKey());
            if (matches(one, value) || field.isEmpty() && matches(one, text)) return own.getValue();
        }
        return reason;
    }

    /** The text without one pair of quotes around all of it: "x", 'x', “x”, ‘x’ or `x`. */
    static String unquote(String text) {
        String t = text.strip();
        if (t.length() < 2) return t;
        char a = t.charAt(0);
        char b = t.charAt(t.length() - 1);
        boolean pair = (a == '"' && b == '"') || (a == '\'' && b == '\'') || (a == '`' && b == '`')
                || (a == '\u201C' && b == '\u201D') || (a == '\u2018' && b == '\u2019')
                || (a == '\u00AB' && b == '\u00BB');
        if (pair) return t.substring(1, t.length() - 1).strip();
        // one quote mark alone, at the start or the end: a slip, not part of the answer
        long quotes = t.chars().filter(c -> c == '"').count();
        if (quotes == 1 && (a == '"' || b == '"')) return t.replace("\"", "").strip();
        return t;
    }

    /** True when the answers this question accepts are yes or no. */
    public boolean yesNo() {
        return accepted.stream().anyMatch(a -> word(a).isPresent());
    }

    /** True when the answer is a status code: every accepted answer is three digits, perhaps with its phrase. */
    public boolean statusCode() {
        return !accepted.isEmpty() && accepted.stream().allMatch(a -> a.strip().matches("\\d{3}(\\s.*)?"));
    }

    /** True when {@code text} names a status: three digits somewhere, or a status's standard phrase ("not found"). */
    public static boolean namesAStatus(String text) {
        if (text.matches("(?s).*\\d{3}.*")) return true;
        String phrase = unquote(text.strip()).replaceAll("[.!?]+$", "").strip();
        for (int code = 100; code < 600; code++) {
            String reason = org.wiretutor.http.StatusCodes.reason(code);
            if (!reason.isEmpty() && reason.equalsIgnoreCase(phrase)) return true;
        }
        return false;
    }

    private static final java.util.Set<String> YES = java.util.Set.of("yes", "y", "yeah", "yea", "yep", "yup", "ya",
            "sure", "true");
    private static final java.util.Set<String> NO = java.util.Set.of("no", "n", "nope", "nah", "false", "never");

    /** A first word set off by punctuation: "no, it waited", "yes. It did", "no - never". */
    private static final Pattern YES_NO_FIRST =
            Pattern.compile("(\\p{L}+)(?:\\s*[,;:!]|\\.\\s|\\s+[\u2014\u2013-]\\s).*");

    /**
     * Whether {@code answer} says yes (true) or no (false) as people write it: "yes", "Y", "Nope.", "no, it waited";
     * empty for anything else ("maybe", "no idea"), which is no answer to a yes-or-no question.
     */
    static Optional<Boolean> polarity(String answer) {
        String t = unquote(answer).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[.!?]+$", "").strip();
        Matcher m = YES_NO_FIRST.matcher(t);
        String word = YES.contains(t) || NO.contains(t) ? t : m.matches() ? m.group(1) : "";
        if (YES.contains(word)) return Optional.of(true);
        if (NO.contains(word)) return Optional.of(false);
        return Optional.empty();
    }

    /** Whether {@code answer} is itself one of the words for yes or no, such as an accepted answer ("n", "yes"). */
    private static Optional<Boolean> word(String answer) {
        String t = answer.strip().toLowerCase(Locale.ROOT);
        return YES.contains(t) ? Optional.of(true) : NO.contains(t) ? Optional.of(false) : Optional.empty();
    }

    /** True when {@code answer} is a yes or a no in one of its common forms (see {@link #polarity}). */
    public static boolean saysYesOrNo(String answer) {
        return polarity(answer).isPresent();
    }

    /** The answer to show as the right one: the first accepted, escaped for the screen. */
    public String shownAnswer() {
        return Escape.string(accepted.isEmpty() ? "" : accepted.get(0).strip());
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
        // a person's way of writing the same answer: "39,625 bytes", "404 Not Found", "y", "No.", "max-age"
        String bare = g.replaceAll("[.!?]+$", "").strip();
        // copied from the screen with its wrapping: a line ending written out, or the href="…" around a link
        bare = bare.replaceAll("(\\\\r)?\\\\n$", "").strip();
        java.util.regex.Matcher href = HREF.matcher(bare);
        if (href.matches()) bare = href.group(1);
        if (bare.isEmpty()) return false;
        for (String ok : answers) {
            String want = normal(ok);
            if (want.equals(bare) || sameNumber(want, bare) || sameYesNo(want, bare) || namesOnly(want, bare)
                    || sameNumber(NumberWords.digits(want), NumberWords.digits(bare)) || statusPhrase(want, bare)
                    || yearOfDate(want, bare)) {
                return true;
            }
        }
        return false;
    }

    /** A link copied with its attribute: {@code href="page1.htm"}. */
    private static final Pattern HREF = Pattern.compile("href\\s*=\\s*[\"']([^\"']*)[\"']");

    /** Digits with thousands separators, then perhaps a unit or a status code's reason phrase. */
    private static final Pattern NUMBER = Pattern.compile(
            "(\\d{1,3}(?:[,_' \u00A0\u202F]\\d{3})+|\\d+)(?:\\s*(\\p{L}[\\p{L} -]*))?");
    private static final java.util.Set<String> UNITS = java.util.Set.of("b", "byte", "bytes", "octet", "octets");

    /** {@code given} is the number {@code want} written with separators, a unit or the status's reason phrase. */
    private boolean sameNumber(String want, String given) {
        if (!want.matches("\\d+")) return false;
        Matcher m = NUMBER.matcher(given);
        if (!m.matches()) return false;
        String digits = m.group(1).replaceAll("\\D", "");
        if (!stripZeros(digits).equals(stripZeros(want))) return false;
        String tail = m.group(2) == null ? "" : m.group(2).strip();
        if (tail.isEmpty() || UNITS.contains(tail)) return true;
        if (want.length() == 3 && tail.equalsIgnoreCase(org.wiretutor.http.StatusCodes.reason(Integer.parseInt(want)))) {
            return true;
        }
        // what the question counts, when it says: "4 reads" for about="the number of reads"
        String counted = about.toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(tail.split("[ -]+"))
                .allMatch(w -> w.length() > 1 && counted.matches(".*\\b" + Pattern.quote(singular(w)) + "(s|es)?\\b.*"));
    }

    /** A date with a month's name, copied whole from a header, where its year is asked: "Wed, 11 Jan 1984 05:00:00 GMT". */
    private static final Pattern DATE = Pattern.compile(
            "(?:[a-z]{3},?\\s+)?\\d{1,2}[ -](jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[ -](\\d{4})(?:\\s+[0-9:]+)?(?:\\s+gmt)?");

    private static boolean yearOfDate(String want, String given) {
        if (!want.matches("[12]\\d{3}")) return false;
        Matcher m = DATE.matcher(given.toLowerCase(Locale.ROOT));
        return m.matches() && m.group(2).equals(want);
    }

    /** A status code's standard phrase alone ("not modified" for 304), as a person names the code. */
    private static boolean statusPhrase(String want, String given) {
        if (!want.matches("\\d{3}")) return false;
        String phrase = org.wiretutor.http.StatusCodes.reason(Integer.parseInt(want));
        return !phrase.isEmpty() && given.strip().equalsIgnoreCase(phrase);
    }

    private static String singular(String word) {
        return word.endsWith("es") && word.length() > 3 ? word.substring(0, word.length() - 2)
                : word.endsWith("s") && word.length() > 2 ? word.substring(0, word.length() - 1) : word;
    }

    private static String stripZeros(String digits) {
        String d = digits.replaceFirst("^0+(?=\\d)", "");
        return d;
    }

    /** Yes and no in any of their common forms: "y", "yep" and "sure" for yes, "n" and "nope" for no. */
    private static boolean sameYesNo(String want, String given) {
        Optional<Boolean> w = word(want);
        return w.isPresent() && w.equals(polarity(given));
    }

    /**
     * A bare name for a {@code name=value} answer ("max-age" for "max-age=0"), when that is unambiguous: the question
     * does not also accept the value alone (then it asks for the value), and every accepted or wrong answer of that
     * name is accepted.
     */
    private boolean namesOnly(String want, String given) {
        int eq = want.indexOf('=');
        if (eq <= 0 || given.contains("=") || !want.substring(0, eq).strip().equals(given)) return false;
        for (String ok : accepted) {
            String a = normal(ok);
            if (a.equals(want.substring(eq + 1).strip())) return false;
        }
        for (String w : wrong) {
            String n = normal(w);
            int e = n.indexOf('=');
            if (n.equals(given) || e > 0 && n.substring(0, e).strip().equals(given)) return false;
        }
        return true;
    }

    @Override
    public Verdict judge(Observation observation) {
        if (!(observation instanceof Observation.Answered a)) return Verdict.UNRELATED;
        Reading r = read(a.text());
        return switch (r.fit()) {
            case RIGHT -> Verdict.PASSED;
            case WRONG -> Verdict.mistake(r.note());
            case OTHER -> !field.isEmpty() ? Verdict.UNRELATED
                    : Verdict.missed(Messages.get(nearly(unquote(a.text())) ? "course.wrong.nearly" : "course.wrong.answer",
                            Escape.string(unquote(a.text()))));
        };
    }

    /**
     * A long answer (a URL, a header's value) one or two slips from an accepted one: said to be nearly it, so the
     * learner looks at the letters, not for another answer. Short answers are left out: there a slip is another value.
     */
    boolean nearly(String given) {
        String g = given.strip().toLowerCase(Locale.ROOT);
        return accepted.stream().map(ok -> ok.strip().toLowerCase(Locale.ROOT))
                .anyMatch(ok -> ok.length() >= 8 && Typos.distance(g, ok) <= 2);
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
