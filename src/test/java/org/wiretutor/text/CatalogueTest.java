package org.wiretutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.DiagnosisKind;

/** The catalogue has every key the code asks for, and every pattern in it formats. */
class CatalogueTest {

    /** A literal key passed to {@link Messages#get}: {@code Messages.get("some.key"}. */
    private static final Pattern LITERAL_KEY = Pattern.compile("Messages\\.get\\(\\s*\"([^\"]+)\"\\s*[,)]");

    @Test
    void every_literal_key_in_the_sources_is_in_the_catalogue() throws IOException {
        List<String> missing = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    seen++;
                    if (!Messages.has(m.group(1))) missing.add(f.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertTrue(seen > 0, "no Messages.get calls found: the scan is broken");
        assertEquals(List.of(), missing);
    }

    @Test
    void every_diagnosis_kind_has_a_sentence_and_a_label_that_format() {
        for (DiagnosisKind kind : DiagnosisKind.values()) {
            for (String subject : new String[] {"", "7", "GET"}) {
                Diagnosis d = new Diagnosis(kind, 3, 1, 4, subject);
                assertTrue(!d.words().isBlank() && !d.label().isBlank(), kind.name());
            }
        }
    }

    @Test
    void every_pattern_formats_and_the_pseudo_locale_brackets_it() {
        Locale before = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            Locale.setDefault(Locale.Category.DISPLAY, Messages.PSEUDO);
            String words = Diagnosis.of(DiagnosisKind.MISSING_HOST).words();
            assertTrue(words.startsWith("⟦") && words.endsWith("⟧"), words);
        } finally {
            Locale.setDefault(Locale.Category.DISPLAY, before);
        }
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("org.wiretutor.text.messages", Locale.ROOT);
        for (String key : bundle.keySet()) {
            // a word where the pattern takes any object, a number where it formats one ({0,number,#}, a choice)
            java.text.MessageFormat pattern = new java.text.MessageFormat(bundle.getString(key), Locale.ROOT);
            java.text.Format[] formats = pattern.getFormatsByArgumentIndex();
            Object[] args = {"x", 1, 2, 3, 4, 5};
            for (int i = 0; i < formats.length && i < args.length; i++) {
                if (formats[i] instanceof java.text.NumberFormat) args[i] = i + 1;
            }
            pattern.format(args);
        }
    }
}
