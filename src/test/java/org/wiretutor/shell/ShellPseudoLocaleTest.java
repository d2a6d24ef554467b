package org.wiretutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wiretutor.shell.ScriptedShellTest.assertShows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.text.Messages;

/**
 * The shell's words come from the catalogue and decide nothing: lesson 1 walked in the pseudo-locale (every
 * message bracketed) passes the same steps and saves the same progress as in English, while what the shell,
 * its commands and its screens say comes out bracketed.
 */
class ShellPseudoLocaleTest {
    private static final String SCRIPT = "lesson 1\nnext\nopen data.pr4e.org 80\n"
            + "GET http://data.pr4e.org/romeo.txt HTTP/1.0\n\nstatus\nshow reads\nfrobnicate\n";

    @TempDir
    Path english;

    @TempDir
    Path pseudo;

    private final Locale before = Locale.getDefault(Locale.Category.DISPLAY);

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.DISPLAY, before);
    }

    private String run(Path home, Locale locale) {
        Locale.setDefault(Locale.Category.DISPLAY, locale);
        try {
            return ScriptedShellTest.run(home, SCRIPT, true);
        } finally {
            Locale.setDefault(Locale.Category.DISPLAY, before);
        }
    }

    @Test
    void theSameStepsPassInEitherWordingAndTheShellsWordsAreTheCatalogues() throws Exception {
        String plain = run(english, Locale.ENGLISH);
        String bracketed = run(pseudo, Messages.PSEUDO);

        assertShows(plain, "✓ Step 5 done: Read the reply");
        assertShows(bracketed, "⟦✓ Step 5 done: Read the reply⟧");
        assertEquals(Files.readString(english.resolve("progress.properties")).lines().filter(l -> !l.startsWith("#"))
                        .sorted().toList(),
                Files.readString(pseudo.resolve("progress.properties")).lines().filter(l -> !l.startsWith("#"))
                        .sorted().toList(),
                "the same progress saved");
        assertShows(bracketed, "⟦Lesson 1 · The HTTP dance · step 1 of 6: ");
        assertShows(bracketed, "⟦Connected to the built-in mirror of data.pr4e.org at 127.0.0.1 port ");
        assertShows(bracketed, "→ GET http://data.pr4e.org/romeo.txt HTTP/1.0\\r\\n   ⟦sent 45 bytes⟧");
        assertShows(bracketed, "⟦The reply arrived in ");
        assertShows(bracketed, "⟦There is no command \"frobnicate\". Type help to see them all.⟧");
    }
}
