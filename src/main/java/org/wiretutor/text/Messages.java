package org.wiretutor.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one catalogue of the words a user sees: every sentence is looked up here by key, in the
 * {@code org.wiretutor.text.messages} bundle family, and filled with its arguments by {@link MessageFormat}. Code decides
 * from typed values (a diagnosis kind, a status), never from these words, so a rewording or a translation cannot change
 * a grade or a tally.
 *
 * <p>The language is the JVM's display locale, read at each call. {@link #PSEUDO} ({@code en-XA}) is a test locale:
 * every message comes back bracketed, {@code ⟦…⟧}, so a run of the suite can show that no decision reads the words.
 * Arguments are inserted as given: callers escape foreign bytes ({@link Foreign}); a pattern writes a byte count as
 * {@code {0,number,#}}, so no locale regroups it.
 */
public final class Messages {

    /** The pseudo-locale: English words, bracketed. */
    public static final Locale PSEUDO = Locale.forLanguageTag("en-XA");
    private static final String BUNDLE = "org.wiretutor.text.messages";

    private Messages() {
    }

    /** The message for {@code key}, with {@code args} in its {@code {0}}, {@code {1}}… places. */
    public static String get(String key, Object... args) {
        Locale locale = Locale.getDefault(Locale.Category.DISPLAY);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, PSEUDO.equals(locale) ? Locale.ROOT : locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message " + key, e);
        }
        String text = new MessageFormat(pattern, Locale.ROOT).format(args);
        return PSEUDO.equals(locale) ? "⟦" + text + "⟧" : text;
    }

    /** Whether the catalogue has {@code key}, for keys made from an enum constant. */
    public static boolean has(String key) {
        try {
            ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
