package org.wiretutor.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wiretutor.text.Messages;

/**
 * An exercise done in the shell rather than by a program: a statement, then parts, each a
 * {@code ## Part: TITLE} heading with {@code @check} lines in the lesson grammar. Parts are
 * independent and may be done in any order; each is worth one point. {@code {name}} in the text
 * stands for a value of the learner's own variant (their ETag, their Content-Length…).
 */
public record TypedExercise(String statement, List<Part> parts) {
    private static final Pattern PART = Pattern.compile("^##\\s+Part:\\s*(.+?)\\s*$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    public TypedExercise {
        parts = List.copyOf(parts);
    }

    /** One part: all its checks must pass, in order. Its hints are shown one at a time, each more specific. */
    public record Part(String title, List<StepCheck> checks, int line, List<String> hints) {
        public Part {
            checks = List.copyOf(checks);
            hints = List.copyOf(hints);
        }

        public Part(String title, List<StepCheck> checks, int line) {
            this(title, checks, line, List.of());
        }
    }

    public static TypedExercise parse(String source, String markdown, Map<String, String> values)
            throws LessonFormatException {
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        StringBuilder statement = new StringBuilder();
        List<Part> parts = new ArrayList<>();
        String title = null;
        int titleLine = 0;
        List<StepCheck> checks = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = substitute(source, i + 1, lines[i], values);
            Matcher part = PART.matcher(line);
            if (part.matches()) {
                if (title != null) parts.add(new Part(title, checks, titleLine, hints));
                title = part.group(1);
                titleLine = i + 1;
                checks = new ArrayList<>();
                hints = new ArrayList<>();
            } else if (Directive.isDirective(line)) {
                Directive d = Directive.parse(line, i + 1);
                if (title == null || !d.name().equals("check") && !d.name().equals("hint")) {
                    throw new LessonFormatException(source, i + 1, Messages.get("course.unknown.directive", d.name()));
                }
                if (d.name().equals("hint")) {
                    if (d.rest().isEmpty()) throw new LessonFormatException(source, i + 1, Messages.get("course.empty.hint"));
                    hints.add(d.rest());
                } else {
                    checks.add(CheckFactory.create(d, source));
                }
            } else if (title == null) {
                statement.append(line).append('\n');
            }
        }
        if (title != null) parts.add(new Part(title, checks, titleLine, hints));
        if (parts.isEmpty()) throw new LessonFormatException(source, lines.length, Messages.get("course.no.parts"));
        return new TypedExercise(statement.toString().strip(), parts);
    }

    private static String substitute(String source, int line, String text, Map<String, String> values)
            throws LessonFormatException {
        if (!text.startsWith("@")) return text;
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new LessonFormatException(source, line,
                        Messages.get("course.unknown.placeholder", m.group(1), String.join(", ", values.keySet())));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.replace("\"", "")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
