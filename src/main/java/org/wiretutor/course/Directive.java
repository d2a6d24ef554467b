package org.wiretutor.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wiretutor.text.Messages;

/**
 * One {@code @name args} line of a lesson file. Arguments are {@code key=value} pairs;
 * a value with spaces goes in double quotes.
 */
record Directive(String name, String rest, int line) {

    static boolean isDirective(String line) {
        return line.startsWith("@") && line.length() > 1 && Character.isLetter(line.charAt(1));
    }

    static Directive parse(String line, int number) {
        int space = line.indexOf(' ');
        String name = space < 0 ? line.substring(1) : line.substring(1, space);
        String rest = space < 0 ? "" : line.substring(space + 1).trim();
        return new Directive(name, rest, number);
    }

    /** The first word of {@link #rest} and its key=value arguments. */
    Map<String, String> arguments(String source) throws LessonFormatException {
        Map<String, String> args = new LinkedHashMap<>();
        for (String token : tokens(source)) {
            int eq = token.indexOf('=');
            if (eq <= 0) throw new LessonFormatException(source, line, Messages.get("course.bad.argument", token));
            args.put(token.substring(0, eq), unquote(token.substring(eq + 1)));
        }
        return args;
    }

    String firstWord() {
        int space = rest.indexOf(' ');
        return space < 0 ? rest : rest.substring(0, space);
    }

    private List<String> tokens(String source) throws LessonFormatException {
        String args = rest.length() > firstWord().length() ? rest.substring(firstWord().length()).trim() : "";
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : args.toCharArray()) {
            if (c == '"') quoted = !quoted;
            if (c == ' ' && !quoted) {
                if (current.length() > 0) tokens.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quoted) throw new LessonFormatException(source, line, Messages.get("course.bad.argument", args));
        if (current.length() > 0) tokens.add(current.toString());
        return tokens;
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
