package org.wiretutor.shell.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wiretutor.text.Typos;

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
            int d = Typos.distance(word, name.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
