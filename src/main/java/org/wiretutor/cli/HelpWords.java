package org.wiretutor.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.wiretutor.text.Messages;

/**
 * The words of {@code --help}, from the catalogue's {@code cli.help.} keys, as the resource bundle picocli reads
 * ({@code @Command(resourceBundle = HelpWords.NAME)}). Going through {@link Messages#get} keeps one catalogue and one
 * language rule (the pseudo-locale brackets help too); a {@code .properties} bundle of picocli's own could not, and
 * its {@code ${DEFAULT-VALUE}} would not survive the catalogue's MessageFormat patterns, so a pattern writes
 * {@code {0}} where picocli puts the option's default.
 *
 * <p>Keys are picocli's: {@code COMMAND.usage.description.N}, {@code COMMAND.usage.exitCodeListHeading},
 * {@code COMMAND.usage.exitCodeList.N}, {@code COMMAND.OPTION} (the option's longest name without dashes, or its
 * {@code descriptionKey}), and the shared {@code mixinStandardHelpOptions.help}. picocli qualifies a command's keys by
 * its full name ({@code wiretutor.serve.port}) or, built alone as in tests, by its own ({@code serve.port}): every
 * key answers under both.
 */
public final class HelpWords extends ResourceBundle {
    /** The bundle's name, for {@code @Command(resourceBundle = ...)}. */
    public static final String NAME = "org.wiretutor.cli.HelpWords";
    private static final String PREFIX = "cli.help.";
    private static final String ROOT = "wiretutor.";
    private static final String DEFAULT_VALUE = "${DEFAULT-VALUE}";

    /** What picocli asks, as the catalogue key that answers it, or null. */
    private static String catalogueKey(String key) {
        if (Messages.has(PREFIX + key)) return PREFIX + key;
        if (key.startsWith(ROOT) && Messages.has(PREFIX + key.substring(ROOT.length()))) {
            return PREFIX + key.substring(ROOT.length());
        }
        return null;
    }

    @Override
    protected Object handleGetObject(String key) {
        String found = catalogueKey(key);
        return found == null ? null : Messages.get(found, DEFAULT_VALUE);
    }

    @Override
    protected Set<String> handleKeySet() {
        Set<String> keys = new HashSet<>();
        for (String k : ResourceBundle.getBundle("org.wiretutor.text.messages", Locale.ROOT).keySet()) {
            if (!k.startsWith(PREFIX)) continue;
            String key = k.substring(PREFIX.length());
            keys.add(key);
            keys.add(ROOT + key);
        }
        return keys;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(handleKeySet());
    }
}
