package org.wiretutor.course;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Small numbers written in English words, as a learner may answer a count ("two requests", "thirty-three words"),
 * turned into digits so that they are judged as the digits would be.
 */
final class NumberWords {
    private static final List<String> ONES = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");

    private NumberWords() {}

    /**
     * {@code text} with a number word at its start written in digits ("two requests" is "2 requests", "thirty three"
     * is "33"); otherwise {@code text} as it is.
     */
    static String digits(String text) {
        String t = text.strip();
        String[] words = t.split(" ", 3);
        // the longest start that is a number: "thirty three words" before "thirty"
        if (words.length >= 2) {
            OptionalInt two = value(words[0] + "-" + words[1]);
            if (two.isPresent()) return join(two.getAsInt(), words.length > 2 ? words[2] : "");
        }
        OptionalInt one = value(words[0]);
        if (one.isEmpty()) return text;
        return join(one.getAsInt(), t.substring(words[0].length()).strip());
    }

    private static String join(int number, String rest) {
        return rest.isEmpty() ? Integer.toString(number) : number + " " + rest;
    }

    /** The value of one number word or a hyphenated pair ("forty-two"), up to ninety-nine. */
    static OptionalInt value(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int ones = ONES.indexOf(w);
        if (ones >= 0) return OptionalInt.of(ones);
        int tens = TENS.indexOf(w);
        if (tens >= 2) return OptionalInt.of(tens * 10);
        int dash = w.indexOf('-');
        if (dash < 0) return OptionalInt.empty();
        int t = TENS.indexOf(w.substring(0, dash));
        int o = ONES.indexOf(w.substring(dash + 1));
        return t >= 2 && o >= 1 && o <= 9 ? OptionalInt.of(t * 10 + o) : OptionalInt.empty();
    }
}
