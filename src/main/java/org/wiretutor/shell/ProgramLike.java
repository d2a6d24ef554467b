package org.wiretutor.shell;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.EOFError;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;

/**
 * Recognises a program started at the command prompt the way a system shell starts one ({@code python3 my.py},
 * {@code java Socket1.java}, {@code ./my.py}, or a program file's name alone), so the learner is told the
 * {@code run} line that does it here, naming the program as run finds it. The line is kept as typed, so quotes and backslashes around a path with
 * spaces stay as they were, and {@code run} splits it the same way.
 */
final class ProgramLike {
    /** An interpreter wiretutor starts itself for a file of its language; its word is unquoted, with no spaces. */
    private static final Pattern INTERPRETER = Pattern.compile("(?:[^\\s'\"\\\\]*/)?(python(?:[23](?:\\.\\d+)?)?|py|java)");

    private ProgramLike() {}

    /**
     * The {@code run} line for this line, or empty when it does not look like starting a program. The program is
     * named as run finds it ({@link ProgramNames#asRunTakes}): {@code ./urljpeg.py} with no such file in the folder is
     * the course's {@code urljpeg.py}.
     */
    static Optional<String> runLine(String line, ProgramNames programs) {
        String typed = line.strip();
        List<String> words = words(typed);
        if (words.isEmpty()) return Optional.empty();
        String first = words.get(0);
        if (first.startsWith("./") || first.startsWith("../") || programFile(first)) {
            return Optional.of("run " + named(typed, programs));
        }
        Matcher interpreter = INTERPRETER.matcher(first);
        if (!interpreter.matches() || words.size() < 2 || !typed.startsWith(first)) return Optional.empty();
        // run starts a .py with python3 and a .java with java: the file alone is enough; anything else runs as typed
        String language = interpreter.group(1).equals("java") ? ".java" : ".py";
        boolean fileFirst = words.get(1).endsWith(language) && !words.get(1).startsWith("-");
        return Optional.of("run " + (fileFirst ? named(typed.substring(first.length()).strip(), programs) : typed));
    }

    /** The line with its first word, the program, as run finds it; a word written with quotes is left as typed. */
    private static String named(String line, ProgramNames programs) {
        String program = words(line).get(0);
        if (!line.startsWith(program) || (line.length() > program.length()
                && !Character.isWhitespace(line.charAt(program.length())))) {
            return line;
        }
        return programs.asRunTakes(program) + line.substring(program.length());
    }

    private static boolean programFile(String word) {
        return (word.endsWith(".py") || word.endsWith(".java")) && !word.startsWith(".");
    }

    /** The words as a shell splits them (quotes group, a backslash escapes); none when a quote is left open. */
    static List<String> words(String typed) {
        if (typed.isEmpty()) return List.of();
        DefaultParser parser = new DefaultParser();
        parser.setEofOnUnclosedQuote(true);
        try {
            return parser.parse(typed, typed.length(), Parser.ParseContext.ACCEPT_LINE).words().stream()
                    .filter(w -> !w.isEmpty()).toList();
        } catch (EOFError e) {
            return List.of();
        }
    }
}
