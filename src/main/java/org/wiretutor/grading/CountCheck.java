package org.wiretutor.grading;

import java.util.OptionalLong;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last number the program printed must be the count asked for: all bytes received (exercise 2), the
 * document's characters (exercise 3) or the {@code <p>} tags (exercise 4). "Last" because the shown text before
 * it may hold numbers of its own.
 */
final class CountCheck implements Check {

    static final String RECEIVED = "count-received";
    static final String DOCUMENT = "count-document";
    static final String PARAGRAPHS = "count-paragraphs";
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d{1,18}(?![\\w.]\\w)");

    private final String name;
    private final String what;
    /** The expected count, or -1 when it cannot be known (then nothing is checked against it). */
    private final ToLongFunction<Evidence> expected;

    private CountCheck(String name, String what, ToLongFunction<Evidence> expected) {
        this.name = name;
        this.what = what;
        this.expected = expected;
    }

    static CountCheck received() {
        return new CountCheck(RECEIVED, GradingText.wholeReply(), ev -> ev.reply().map(r -> (long) r.length).orElse(-1L));
    }

    static CountCheck document() {
        return new CountCheck(DOCUMENT, GradingText.bodyChars(), ev -> ev.document().length);
    }

    static CountCheck paragraphs() {
        return new CountCheck(PARAGRAPHS, GradingText.paragraphs(), Evidence::paragraphs);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CheckResult check(Evidence ev) {
        long want = expected.applyAsLong(ev);
        if (want < 0) {
            return CheckResult.fail(name, GradingText.notChecked());
        }
        OptionalLong printed = lastNumber(ev.main().output());
        if (printed.isEmpty()) {
            return CheckResult.fail(name, GradingText.noCount(what, want));
        }
        if (printed.getAsLong() != want) {
            return CheckResult.fail(name, GradingText.wrongCount(what, want, printed.getAsLong()));
        }
        return CheckResult.pass(name, GradingText.countOk(want));
    }

    static OptionalLong lastNumber(String output) {
        Matcher m = NUMBER.matcher(output);
        OptionalLong last = OptionalLong.empty();
        while (m.find()) {
            last = OptionalLong.of(Long.parseLong(m.group()));
        }
        return last;
    }
}
