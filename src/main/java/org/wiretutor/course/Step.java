package org.wiretutor.course;

import java.util.List;

/**
 * One thing the learner reads and, usually, does.
 *
 * @param title  from the step heading
 * @param body   Markdown, directives removed
 * @param checks all must pass for the step to complete; none means a reading step ({@code next} moves on)
 * @param hints  shown one at a time, each more specific
 * @param line   the heading's line in the lesson file
 * @param checkLines the line of each check, for lint messages
 */
public record Step(String title, String body, List<StepCheck> checks, List<String> hints, int line,
                   List<Integer> checkLines) {
    public Step {
        checks = List.copyOf(checks);
        hints = List.copyOf(hints);
        checkLines = List.copyOf(checkLines);
    }

    public Step(String title, String body, List<StepCheck> checks, List<String> hints, int line) {
        this(title, body, checks, hints, line, java.util.Collections.nCopies(checks.size(), line));
    }

    public boolean isReading() {
        return checks.isEmpty();
    }

    /**
     * How many answer checks open this step with something to do after them: its predictions (guess, then try).
     * 0 when the step has none, or is only questions.
     */
    public int predictions() {
        int n = 0;
        while (n < checks.size() && checks.get(n) instanceof AnswerCheck) n++;
        return n < checks.size() ? n : 0;
    }

    /** The lines of the step's code blocks, stripped: what it asks the learner to type. */
    public List<String> codeLines() {
        return body.lines().filter(l -> l.startsWith("    ") && !l.isBlank()).map(String::strip).toList();
    }
}
