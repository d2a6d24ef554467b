package org.wiretutor.course;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.wiretutor.mirror.pages.MirrorFiles;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;

/**
 * Everything wrong with a course folder, for instructors: files that will not load, steps that
 * cannot complete, requests for files the mirror does not have, programs that are not there.
 * Each problem names its file and line.
 */
public final class CourseLint {
    private static final Parser MARKDOWN = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private final MirrorFiles mirror;

    public CourseLint(MirrorFiles mirror) {
        this.mirror = mirror;
    }

    /** One problem: where, and what. */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + ": " + message;
        }
    }

    /**
     * What lint found: the lessons it read, every problem, and notes: things that work but could teach better
     * (a question with no wrong= reason), which do not make a course unclean.
     */
    public record Report(int lessons, List<Problem> problems, List<Problem> notes) {
        public Report {
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }

        public Report(int lessons, List<Problem> problems) {
            this(lessons, problems, List.of());
        }

        public boolean clean() {
            return problems.isEmpty();
        }
    }

    public Report lint(Path dir) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Problem> notes = new ArrayList<>();
        CoursePrograms programs = new CoursePrograms(dir.resolve(CourseLoader.PROGRAMS));
        Map<Integer, String> numbers = new HashMap<>();
        int lessons = 0;
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        for (Path file : files) {
            String name = LessonFile.shownName(file);
            if (name.equalsIgnoreCase("README.md")) continue;
            String text;
            try {
                text = LessonFile.read(dir, file);
            } catch (LessonFormatException e) {
                problems.add(new Problem(e.source(), e.line(), e.problem()));
                continue;
            }
            if (!LessonParser.isLessonFileName(name)) {
                problems.add(new Problem(name, 1, Messages.get("course.lint.not.loaded")));
                continue;
            }
            controls(name, text, problems);
            LessonParser.Parsed parsed = LessonParser.parseAll(name, text);
            parsed.problems().forEach(p -> problems.add(new Problem(p.source(), p.line(), p.problem())));
            if (parsed.lesson().isEmpty()) continue;
            Lesson lesson = parsed.lesson().get();
            lessons++;
            String other = numbers.putIfAbsent(lesson.number(), name);
            if (other != null) problems.add(new Problem(name, 1, Messages.get("course.lint.same.number", lesson.number(), other)));
            for (Step step : lesson.steps()) steps(name, step, programs, problems, notes);
            for (Step step : lesson.steps()) givenAway(name, lesson, step, problems);
            codeReadAsText(name, text, lesson, problems);
        }
        if (lessons == 0 && problems.isEmpty()) problems.add(new Problem(dir.toString(), 0, Messages.get("course.lint.empty")));
        return new Report(lessons, problems, notes);
    }

    private void steps(String file, Step step, CoursePrograms programs, List<Problem> problems, List<Problem> notes) {
        if (!step.isReading() && step.hints().isEmpty()) {
            problems.add(new Problem(file, step.line(), Messages.get("course.lint.no.hint", step.title())));
        }
        boolean expectsNotFound = step.checks().stream().anyMatch(c -> c instanceof ReplyCheck r && r.status() == 404);
        for (int i = 0; i < step.checks().size(); i++) {
            StepCheck check = step.checks().get(i);
            int line = step.checkLines().get(i);
            List<String> targets = check instanceof RequestLineCheck r ? r.targets()
                    : check instanceof RequestCheck r ? r.match().targets()
                    : check instanceof MirrorReceivedCheck r ? r.match().targets()
                    : List.of();
            if (!expectsNotFound) {
                for (String target : targets) {
                    String path = path(target);
                    if (path != null && !mirror.serves(path)) {
                        problems.add(new Problem(file, line, Messages.get("course.lint.no.such.file", target)));
                    }
                }
            }
            if (check instanceof ProgramCheck p && !programs.exists(p.name())) {
                problems.add(new Problem(file, line, Messages.get("course.lint.no.such.program", p.name())));
            }
            if (check instanceof ReplyCheck r && r.status() != 0 && (r.status() < 100 || r.status() > 599)) {
                problems.add(new Problem(file, line, Messages.get("course.lint.bad.status", r.status())));
            }
            if (check instanceof ConnectedCheck c && (c.port() < 1 || c.port() > 65_535)) {
                problems.add(new Problem(file, line, Messages.get("course.lint.bad.port", c.port())));
            }
            if (check instanceof AnswerCheck a && a.accepted().stream().allMatch(String::isBlank)) {
                problems.add(new Problem(file, line, Messages.get("course.lint.no.answer")));
            }
            if (check instanceof AnswerCheck a && a.wrong().isEmpty() && !a.accepted().isEmpty()) {
                notes.add(new Problem(file, line, Messages.get("course.lint.no.wrong", a.accepted().get(0).strip())));
            }
            if (check instanceof AnswerCheck a) {
                for (String w : a.wrong()) {
                    if (a.read(w).fit() == AnswerCheck.Fit.RIGHT) {
                        problems.add(new Problem(file, line, Messages.get("course.lint.wrong.accepted", w)));
                    }
                }
            }
        }
        questionsAtOnce(file, step, problems);
        unexplained(file, step, notes);
    }

    /** A question with no why= tells a learner who answered right, or wrongly off the list, only "right". */
    private static void unexplained(String file, Step step, List<Problem> notes) {
        List<StepCheck> checks = step.checks();
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i) instanceof AnswerCheck a && a.why().isEmpty()) {
                notes.add(new Problem(file, step.checkLines().get(i), Messages.get("course.lint.no.why", step.title())));
            }
        }
    }

    /** Questions open together must each say what they ask for, so the learner is told which is left. */
    private static void questionsAtOnce(String file, Step step, List<Problem> problems) {
        List<StepCheck> checks = step.checks();
        for (int i = 0; i < checks.size(); ) {
            int to = i;
            while (to < checks.size() && checks.get(to) instanceof AnswerCheck) to++;
            if (to - i > 1 && checks.subList(i, to).stream()
                    .anyMatch(c -> ((AnswerCheck) c).about().isEmpty() && ((AnswerCheck) c).field().isEmpty())) {
                problems.add(new Problem(file, step.checkLines().get(i), Messages.get("course.lint.no.about", 
                        step.title(), to - i)));
            }
            i = Math.max(to, i + 1);
        }
    }

    /**
     * A prediction whose answer the learner can read before guessing: in the step's title or prose, or in the
     * lesson's introduction. Commands (code blocks) may hold it, since typing a request is not being told its
     * outcome. Yes-or-no questions are left out: "no" is an everyday word, so their text cannot be judged by words.
     */
    private static void givenAway(String file, Lesson lesson, Step step, List<Problem> problems) {
        List<StepCheck> checks = step.checks();
        int predictions = step.predictions();
        String text = prose(step.title() + "\n\n" + step.body());
        String intro = prose(lesson.intro());
        for (int i = 0; i < predictions; i++) {
            AnswerCheck a = (AnswerCheck) checks.get(i);
            if (a.yesNo()) continue;
            for (String answer : a.accepted()) {
                String key = containsWord(text, answer) ? "course.lint.given.away.step"
                        : containsWord(intro, answer) ? "course.lint.given.away.intro" : null;
                if (key != null) {
                    problems.add(new Problem(file, step.checkLines().get(i), Messages.get(key, step.title(),
                            Escape.string(answer.strip()))));
                    break;
                }
            }
        }
    }

    /** What the learner reads of some Markdown, code blocks left out: its text and inline code, one line. */
    static String prose(String markdown) {
        StringBuilder out = new StringBuilder();
        MARKDOWN.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak br) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak br) {
                out.append(' ');
            }

            @Override
            public void visit(Paragraph paragraph) {
                visitChildren(paragraph);
                out.append(' ');
            }

            @Override
            public void visit(Heading heading) {
                visitChildren(heading);
                out.append(' ');
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                // a command to type: it may hold the answer
            }

            @Override
            public void visit(FencedCodeBlock code) {
                // likewise
            }
        });
        return out.toString();
    }

    /** Characters that join the parts of one token ("HTTP/1.0", "max-age=0", "39,625") when letters or digits follow. */
    private static final String JOINERS = "./-_=:@,'";

    /**
     * True when {@code word} occurs in {@code text} as a whole word, ignoring case: not inside a longer token, so
     * "0" is not found in "HTTP/1.0", nor "404" in "4040", but "404" is in "(404)." and in "404 Not Found".
     */
    static boolean containsWord(String text, String word) {
        String w = word.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String t = text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (w.isEmpty()) return false;
        for (int at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) {
            int end = at + w.length();
            if (boundary(t, at - 1, at - 2) && boundary(t, end, end + 1)) return true;
        }
        return false;
    }

    /** No letter or digit at {@code next}, and no joiner there with one at {@code beyond}. */
    private static boolean boundary(String t, int next, int beyond) {
        if (next < 0 || next >= t.length()) return true;
        char c = t.charAt(next);
        if (Character.isLetterOrDigit(c)) return false;
        boolean joined = beyond >= 0 && beyond < t.length() && Character.isLetterOrDigit(t.charAt(beyond));
        return !(JOINERS.indexOf(c) >= 0 && joined);
    }

    /**
     * Lines the author indented as commands that Markdown, reading the text as the screen gets it, takes
     * into a paragraph: the screen would then run them into one line ("open data.pr4e.org 80 GET ..."),
     * and a learner who types that line gets an error. Compares the lesson file with the parsed text, so it
     * also catches indentation the parser lost.
     */
    private static void codeReadAsText(String file, String text, Lesson lesson, List<Problem> problems) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int end = 1;
        while (end < lines.length && !lines[end].trim().equals("---")) end++;
        List<Integer> headings = new ArrayList<>();
        for (Step step : lesson.steps()) headings.add(step.line());
        headings.add(lines.length + 1);
        codeReadAsText(file, lines, end + 2, headings.get(0), lesson.intro(), problems);
        for (int s = 0; s < lesson.steps().size(); s++) {
            codeReadAsText(file, lines, headings.get(s) + 1, headings.get(s + 1), lesson.steps().get(s).body(), problems);
        }
    }

    /** One part of a lesson, file lines {@code from} (1-based) up to {@code to}, read by Markdown as {@code shown}. */
    private static void codeReadAsText(String file, String[] lines, int from, int to, String shown,
                                       List<Problem> problems) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = from; n < to && n <= lines.length; n++) {
            String line = lines[n - 1];
            if (Directive.isDirective(line) || (numbers.isEmpty() && line.isBlank())) continue;
            numbers.add(n);
        }
        Node doc = MARKDOWN.parse(shown);
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            if (!(block instanceof Paragraph)) continue;
            for (SourceSpan span : block.getSourceSpans()) {
                if (span.getLineIndex() >= numbers.size()) return;
                int number = numbers.get(span.getLineIndex());
                if (indentation(lines[number - 1]) >= 4) {
                    problems.add(new Problem(file, number, Messages.get("course.lint.code.read.as.text")));
                    break;
                }
            }
        }
    }

    /** Leading columns of blank, a tab reaching the next multiple of four as Markdown counts it. */
    private static int indentation(String line) {
        int columns = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') columns++;
            else if (c == '\t') columns += 4 - columns % 4;
            else return columns;
        }
        return 0;
    }

    /** Control, C1 and bidi characters in a lesson: shown escaped, but almost surely not what the author meant. */
    private static void controls(String file, String text, List<Problem> problems) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            int at = Escape.firstUnsafe(line);
            if (at >= 0) {
                int cp = line.codePointAt(at);
                problems.add(new Problem(file, i + 1, Messages.get("course.lint.control", Escape.string(new String(
                        Character.toChars(cp))))));
            }
        }
    }

    /** The path a request target asks the mirror for, or null for targets that name no file. */
    static String path(String target) {
        String t = target;
        if (t.startsWith("http://") || t.startsWith("https://")) {
            try {
                t = URI.create(t).getRawPath();
            } catch (IllegalArgumentException e) {
                return target;
            }
            if (t == null || t.isEmpty()) t = "/";
        }
        if (!t.startsWith("/")) return null;
        int query = t.indexOf('?');
        return query < 0 ? t : t.substring(0, query);
    }
}
