package org.wiretutor.course;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wiretutor.text.Messages;

/**
 * Reads a lesson file: front matter ({@code format_version}, {@code title}), an introduction,
 * then steps, each a {@code ## Step: TITLE} heading followed by Markdown and directive lines
 * ({@code @check ...}, {@code @hint ...}). The format is documented in {@code lessons/README.md}.
 */
public final class LessonParser {
    /** The lesson format this build reads; files declare theirs so old tools refuse new lessons clearly. */
    public static final int FORMAT_VERSION = 1;

    private static final Pattern FILE_NAME = Pattern.compile("(\\d{1,3})-([a-z0-9][a-z0-9-]*)\\.md");
    private static final Pattern STEP_HEADING = Pattern.compile("^##\\s+Step:\\s*(.+?)\\s*$");

    private LessonParser() {}

    public static boolean isLessonFileName(String fileName) {
        return FILE_NAME.matcher(fileName).matches();
    }

    static boolean isStepHeading(String line) {
        return STEP_HEADING.matcher(line).matches();
    }

    /** The lesson, or the first problem in it. */
    public static Lesson parse(String fileName, String text) throws LessonFormatException {
        Parsed parsed = parseAll(fileName, text);
        if (!parsed.problems().isEmpty()) throw parsed.problems().get(0);
        return parsed.lesson().orElseThrow();
    }

    /** Everything wrong with a lesson file, not just the first thing; the lesson as far as it could be read. */
    public record Parsed(java.util.Optional<Lesson> lesson, List<LessonFormatException> problems) {}

    public static Parsed parseAll(String fileName, String text) {
        List<LessonFormatException> problems = new ArrayList<>();
        try {
            Lesson lesson = parse(fileName, text, problems);
            return new Parsed(java.util.Optional.of(lesson), problems);
        } catch (LessonFormatException fatal) {
            problems.add(fatal);
            return new Parsed(java.util.Optional.empty(), problems);
        }
    }

    private static Lesson parse(String fileName, String text, List<LessonFormatException> problems)
            throws LessonFormatException {
        Matcher name = FILE_NAME.matcher(fileName);
        if (!name.matches()) throw new LessonFormatException(fileName, 1, Messages.get("course.bad.file.name"));
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);

        if (lines.length == 0 || !lines[0].trim().equals("---")) {
            throw new LessonFormatException(fileName, 1, Messages.get("course.bad.front.matter"));
        }
        String title = null;
        Integer format = null;
        boolean mirrorOnly = false;
        int i = 1;
        for (; i < lines.length && !lines[i].trim().equals("---"); i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            if (colon < 0) throw new LessonFormatException(fileName, i + 1, Messages.get("course.bad.front.matter"));
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            switch (key) {
                case "title" -> title = value;
                case "format_version" -> format = formatVersion(fileName, i + 1, value);
                case "server" -> {
                    if (!value.equals("mirror") && !value.equals("any")) {
                        throw new LessonFormatException(fileName, i + 1, Messages.get("course.bad.server", value));
                    }
                    mirrorOnly = value.equals("mirror");
                }
                default -> throw new LessonFormatException(fileName, i + 1,
                        Messages.get("course.unknown.front.key", key));
            }
        }
        if (i >= lines.length) throw new LessonFormatException(fileName, 1, Messages.get("course.bad.front.matter"));
        if (format == null) throw new LessonFormatException(fileName, 1, Messages.get("course.no.format.version"));
        if (title == null || title.isEmpty()) throw new LessonFormatException(fileName, 1, Messages.get("course.no.title"));

        StringBuilder intro = new StringBuilder();
        List<Step> steps = new ArrayList<>();
        StepDraft draft = null;
        for (i = i + 1; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            Matcher heading = STEP_HEADING.matcher(line);
            if (heading.matches()) {
                if (draft != null) steps.add(draft.build());
                draft = new StepDraft(heading.group(1), number);
            } else if (Directive.isDirective(line)) {
                Directive d = Directive.parse(line, number);
                try {
                    if (draft == null) {
                        throw new LessonFormatException(fileName, number,
                                Messages.get("course.directive.outside.step", d.name()));
                    }
                    switch (d.name()) {
                        case "check" -> {
                            draft.checks.add(CheckFactory.create(d, fileName));
                            draft.checkLines.add(number);
                        }
                        case "hint" -> {
                            if (d.rest().isEmpty()) {
                                throw new LessonFormatException(fileName, number, Messages.get("course.empty.hint"));
                            }
                            draft.hints.add(d.rest());
                        }
                        default -> throw new LessonFormatException(fileName, number,
                                Messages.get("course.unknown.directive", d.name()));
                    }
                } catch (LessonFormatException e) {
                    problems.add(e);
                }
            } else if (draft == null) {
                intro.append(line).append('\n');
            } else {
                draft.body.append(line).append('\n');
            }
        }
        if (draft != null) steps.add(draft.build());
        if (steps.isEmpty()) throw new LessonFormatException(fileName, lines.length, Messages.get("course.no.steps"));
        return new Lesson(Integer.parseInt(name.group(1)), name.group(2), title, withoutBlankEnds(intro.toString()),
                steps, fileName, mirrorOnly);
    }

    /**
     * The text without blank lines before or after it. Not {@link String#strip()}: that would also take the
     * indentation of the first line, so a step opening with an indented code block would lose the block's
     * first line to a paragraph and Markdown would join the commands into one line.
     */
    static String withoutBlankEnds(String text) {
        int start = 0;
        for (int nl; (nl = text.indexOf('\n', start)) >= 0 && text.substring(start, nl).isBlank(); ) start = nl + 1;
        return text.substring(start).stripTrailing();
    }

    private static int formatVersion(String fileName, int line, String value) throws LessonFormatException {
        try {
            int v = Integer.parseInt(value);
            if (v == FORMAT_VERSION) return v;
        } catch (NumberFormatException ignored) {
            // reported below with the same message as a version we do not know
        }
        throw new LessonFormatException(fileName, line, Messages.get("course.unsupported.format", value, FORMAT_VERSION));
    }

    private static final class StepDraft {
        final String title;
        final int line;
        final StringBuilder body = new StringBuilder();
        final List<StepCheck> checks = new ArrayList<>();
        final List<String> hints = new ArrayList<>();
        final List<Integer> checkLines = new ArrayList<>();

        StepDraft(String title, int line) {
            this.title = title;
            this.line = line;
        }

        Step build() {
            return new Step(title, withoutBlankEnds(body.toString()), checks, hints, line, checkLines);
        }
    }
}
