package org.wiretutor.grading;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wiretutor.check.Check;
import org.wiretutor.check.Verdict;

/**
 * The last number the program printed must be the count asked for: all bytes received (exercise 2), the
 * document's characters (exercise 3), the {@code <p>} tags (exercise 4) or the comments' sum (exercise 10). "Last" because the shown text before
 * it may hold numbers of its own.
 */
final class CountCheck implements Check<Evidence> {

    static final String RECEIVED = "count-received";
    static final String DOCUMENT = "count-document";
    static final String PARAGRAPHS = "count-paragraphs";
    static final String COMMENT_SUM = "comment-sum";
    /** Any number on a page, for telling a sum of every number from the sum of the comments spans. */
    private static final Pattern ANY_NUMBER = Pattern.compile("\\d+");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d{1,18}(?![\\w.]\\w)");

    private final String name;
    private final String what;
    /** The expected count, or -1 when it cannot be known (then nothing is checked against it). */
    private final ToLongFunction<Evidence> expected;
    private final Cause cause;

    /** The likely cause of a wrong count, from the evidence, what was printed and which way it is off. */
    private interface Cause {
        String of(Evidence ev, long printed, boolean tooMany);
    }

    private CountCheck(String name, String what, ToLongFunction<Evidence> expected, Cause cause) {
        this.name = name;
        this.what = what;
        this.expected = expected;
        this.cause = cause;
    }

    static CountCheck received() {
        return new CountCheck(RECEIVED, GradingText.wholeReply(),
                ev -> ev.reply().map(r -> (long) r.length).orElse(-1L), CountCheck::receivedCause);
    }

    static CountCheck document() {
        return new CountCheck(DOCUMENT, GradingText.bodyChars(), ev -> ev.document().length,
                CountCheck::documentCause);
    }

    static CountCheck paragraphs() {
        return new CountCheck(PARAGRAPHS, GradingText.paragraphs(), Evidence::paragraphs,
                (ev, printed, tooMany) -> tooMany ? GradingText.paragraphsTooMany() : GradingText.paragraphsTooFew());
    }

    /** Exercise 10: the sum of the numbers in the page's comments spans. */
    static CountCheck commentSum() {
        return new CountCheck(COMMENT_SUM, GradingText.commentNumbers(), ev -> ev.scrape().commentSum(),
                CountCheck::sumCause);
    }

    private static String sumCause(Evidence ev, long printed, boolean tooMany) {
        if (tooMany) {
            Matcher m = ANY_NUMBER.matcher(new String(ev.document(), StandardCharsets.ISO_8859_1));
            long every = 0;
            while (m.find()) {
                every += Long.parseLong(m.group());
            }
            return printed == every ? GradingText.sumEveryNumber() : GradingText.sumTooMany();
        }
        return printed == ev.scrape().commentCount() ? GradingText.sumIsCount() : GradingText.sumTooFew();
    }

    private static String receivedCause(Evidence ev, long printed, boolean tooMany) {
        if (tooMany) {
            return GradingText.receivedTooMany();
        }
        if (printed == ev.document().length) {
            return GradingText.receivedOnlyDocument();
        }
        if (printed == ShownLimitCheck.LIMIT) {
            return GradingText.receivedOnlyShown();
        }
        return GradingText.receivedTooFew();
    }

    private static String documentCause(Evidence ev, long printed, boolean tooMany) {
        if (tooMany) {
            boolean whole = ev.reply().map(r -> r.length == printed).orElse(false);
            return whole ? GradingText.documentWithHead() : GradingText.documentTooMany();
        }
        return GradingText.documentTooFew();
    }

    /** Its name in exercise.properties. */
    String name() {
        return name;
    }

    @Override
    public Verdict judge(Evidence ev) {
        long want = expected.applyAsLong(ev);
        if (want < 0) {
            return Verdict.missed(GradingText.notChecked());
        }
        OptionalLong printed = lastNumber(ev.main().output());
        if (printed.isEmpty()) {
            return Verdict.missed(GradingText.noCount(what, ev.reveal(), want));
        }
        long got = printed.getAsLong();
        if (got != want) {
            boolean tooMany = got > want;
            return Verdict.missed(GradingText.wrongCount(what, got, tooMany, cause.of(ev, got, tooMany),
                    ev.reveal(), want));
        }
        return Verdict.passed(GradingText.countOk(want));
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
