package org.wiretutor.shell.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;

/**
 * The options a course program takes, read from its source: each program tests its arguments for the option words
 * it knows, written there in quotes ({@code "--lines" in args}, {@code arg.equals("--headers")}). A mistyped option
 * is caught before the program starts, in plain words, instead of the program printing its usage and the run
 * report explaining a fetch that never happened.
 */
final class ProgramOptions {
    private static final Pattern QUOTED = Pattern.compile("[\"'](--?[A-Za-z][A-Za-z0-9-]*)[\"']");
    private static final Pattern NUMBER = Pattern.compile("-\\d+(\\.\\d+)?");

    private ProgramOptions() {}

    /** The option words quoted in the program's source; empty when it has none or cannot be read. */
    static Optional<List<String>> known(Path source) {
        String code;
        try {
            code = Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();   // unread, so unknown: the program judges its own arguments
        }
        List<String> options = new ArrayList<>();
        Matcher m = QUOTED.matcher(code);
        while (m.find()) if (!options.contains(m.group(1))) options.add(m.group(1));
        return Optional.of(options);
    }

    /**
     * Refuses the first argument written as an option that the program does not know, saying which it knows.
     *
     * @param program the course program's name
     * @param known   its options, or empty when its source could not be read (then nothing is refused)
     */
    static void check(String program, List<String> args, Optional<List<String>> known) throws Command.UsageException {
        if (known.isEmpty()) return;
        List<String> options = known.get();
        for (String arg : args) {
            if (!arg.startsWith("-") || arg.equals("-") || NUMBER.matcher(arg).matches() || options.contains(arg)) {
                continue;
            }
            String typed = Escape.string(arg);
            if (options.isEmpty()) throw new Command.UsageException(Messages.get("shell.run.noOptions", typed, program));
            Optional<String> meant = options.stream().filter(o -> near(o, arg)).findFirst();
            throw new Command.UsageException(meant
                    .map(o -> Messages.get("shell.run.unknownOption.didYouMean", typed, program, o))
                    .orElseGet(() -> Messages.get("shell.run.unknownOption", typed, program, String.join(", ", options))));
        }
    }

    /** The same word with other dashes or letter case, or one cut short of the other ({@code -lines}, {@code --head}). */
    private static boolean near(String option, String typed) {
        String a = bare(option);
        String b = bare(typed);
        return !b.isEmpty() && (a.startsWith(b) || b.startsWith(a));
    }

    private static String bare(String word) {
        return word.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
    }
}
