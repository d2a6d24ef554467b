package org.wiretutor.grading;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wiretutor.text.Messages;

/**
 * What {@code exercise.properties} says: which file the grader asks for, which checks run and what the extra runs
 * type in. Kept apart from {@link Exercise} so the public record stays what learners and tools see.
 *
 * @param path   the document on the mirror the program is given, e.g. {@code /romeo-full.txt}
 * @param checks check names in the order they are reported (see {@link Checks#NAMES})
 * @param inputs for checks that run the program again, the line typed in, by check name
 * @param trickleHead {@code trickle_head=true}: the grader's server sends the reply's head in small pieces with
 *                    short pauses between them (see {@link org.wiretutor.mirror.MirrorConfig#headPause()})
 * @param keyboard the lines the grader types into the program, in order ({@code keyboard=} in exercise.properties):
 *               {@code url}, the URL of {@code path}, or a value from the learner's own files (see
 *               {@link LearnerValues}); just {@code url} when not given
 */
public record ExerciseSpec(int number, String title, Exercise.Kind kind, String path, List<String> checks,
                           Map<String, String> inputs, boolean trickleHead, List<String> keyboard) {

    /** The line {@code keyboard=url} stands for: the URL of the exercise's path on the grader's server. */
    static final String URL = "url";

    public static final String FILE = "exercise.properties";
    public static final int FORMAT_VERSION = 1;
    /** exercise.properties is a few lines; anything bigger is a mistake, not an exercise. */
    private static final long MAX_BYTES = 16 * 1024;
    /** {@code {name}} in a path: a value from the learner's own files, see {@link LearnerValues}. */
    private static final Pattern LEARNER_VALUE = Pattern.compile("\\{([A-Za-z]+)}");

    public ExerciseSpec {
        checks = List.copyOf(checks);
        inputs = Map.copyOf(inputs);
        keyboard = List.copyOf(keyboard);
    }

    /**
     * This spec with {@code {name}} in its path replaced by the learner's own value, e.g. {@code /{linkStart}}
     * by {@code /known_by_Efua.html}.
     */
    ExerciseSpec resolved(Map<String, String> values) {
        String p = path;
        for (Map.Entry<String, String> v : values.entrySet()) {
            p = p.replace("{" + v.getKey() + "}", v.getValue());
        }
        return new ExerciseSpec(number, title, kind, p, checks, inputs, trickleHead, keyboard);
    }

    /** Reads and checks {@code folder/exercise.properties}; {@code shown} names the file in messages. */
    public static ExerciseSpec read(Path folder, String shown) throws ExerciseFormatException, IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new ExerciseFormatException(shown, Messages.get("grading.spec.missing"));
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new ExerciseFormatException(shown, Messages.get("grading.spec.too.large", MAX_BYTES));
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IllegalArgumentException e) {
            throw new ExerciseFormatException(shown, Messages.get("grading.spec.not.properties", e.getMessage()));
        }
        return parse(p, shown);
    }

    static ExerciseSpec parse(Properties p, String shown) throws ExerciseFormatException {
        String version = required(p, "format_version", shown);
        if (!version.equals(Integer.toString(FORMAT_VERSION))) {
            throw new ExerciseFormatException(shown, Messages.get("grading.spec.format.version", version,
                    FORMAT_VERSION));
        }
        int number;
        try {
            number = Integer.parseInt(required(p, "number", shown));
        } catch (NumberFormatException e) {
            throw new ExerciseFormatException(shown, Messages.get("grading.spec.number.not.whole"));
        }
        if (number < 1 || number > 99) {
            throw new ExerciseFormatException(shown, Messages.get("grading.spec.number.range"));
        }
        String title = required(p, "title", shown);
        Exercise.Kind kind;
        try {
            kind = Exercise.Kind.valueOf(required(p, "kind", shown).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ExerciseFormatException(shown, Messages.get("grading.spec.kind"));
        }
        String path = p.getProperty("path", "").strip();
        List<String> checks = new ArrayList<>();
        Map<String, String> inputs = new LinkedHashMap<>();
        if (kind == Exercise.Kind.PROGRAM) {
            if (!path.matches("/(?:[A-Za-z0-9._-]|\\{[A-Za-z]+})+")) {
                throw new ExerciseFormatException(shown, Messages.get("grading.spec.path"));
            }
            Matcher named = LEARNER_VALUE.matcher(path);
            while (named.find()) {
                if (!LearnerValues.NAMES.contains(named.group(1))) {
                    throw new ExerciseFormatException(shown, Messages.get("grading.spec.path.unknown", named.group(1),
                            String.join(", ", LearnerValues.NAMES)));
                }
            }
            for (String name : Arrays.stream(required(p, "checks", shown).split(",")).map(String::strip).toList()) {
                if (!Checks.NAMES.contains(name)) {
                    throw new ExerciseFormatException(shown, Messages.get("grading.spec.unknown.check", name,
                            String.join(", ", Checks.NAMES)));
                }
                if (Checks.RERUNS.contains(name)) {
                    String input = p.getProperty("input." + name, "").strip();
                    if (input.isEmpty()) {
                        throw new ExerciseFormatException(shown, Messages.get("grading.spec.needs.input", name));
                    }
                    inputs.put(name, input);
                }
                checks.add(name);
            }
        }
        String trickle = p.getProperty("trickle_head", "false").strip();
        if (!trickle.equals("true") && !trickle.equals("false")) {
            throw new ExerciseFormatException(shown, Messages.get("grading.spec.trickle.head"));
        }
        List<String> typed = new ArrayList<>();
        for (String line : p.getProperty("keyboard", URL).split(",")) {
            String name = line.strip();
            if (!name.equals(URL) && !LearnerValues.NAMES.contains(name)) {
                throw new ExerciseFormatException(shown, Messages.get("grading.spec.keyboard.unknown", name, URL,
                        String.join(", ", LearnerValues.NAMES)));
            }
            typed.add(name);
        }
        return new ExerciseSpec(number, title, kind, path, checks, inputs, trickle.equals("true"), typed);
    }

    private static String required(Properties p, String key, String shown) throws ExerciseFormatException {
        String value = p.getProperty(key, "").strip();
        if (value.isEmpty()) {
            throw new ExerciseFormatException(shown, Messages.get("grading.spec.missing.key", key));
        }
        return value;
    }
}
