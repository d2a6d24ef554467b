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
}
