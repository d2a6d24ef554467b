package org.wiretutor.shell.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …?" for a mistyped word: a command's name, a program's, an option's, a view's. The nearest name
 * within two edits, letter case aside. Commands and the shell both use it, so it lives with the commands.
 */
public final class Suggest {
    private Suggest() {}

    /** The name nearest {@code typed} (the first of equals), or empty when none is within two edits. */
    public static Optional<String> closest(String typed, List<String> names) {
        String word = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = 3;
        for (String name : names) {
            int d = distance(word, name.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The Levenshtein distance: letters inserted, deleted or changed to make one word the other. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
