package org.wiretutor.grading;

import java.util.Objects;
import java.util.Optional;
import org.wiretutor.check.Caret;
import org.wiretutor.check.Verdict;
import org.wiretutor.text.Escape;

/**
 * One line of a grade: a check's {@link Verdict} under the check's name, as reports, JSON and JUnit XML list it.
 *
 * @param name    the check's short name, e.g. {@code request}
 * @param verdict passed or missed, never unrelated; its message may quote the program's output or traceback, so it
 *                is escaped here and never holds a control character
 */
public record CheckResult(String name, Verdict verdict) {

    public CheckResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(verdict, "verdict");
        if (verdict.outcome() == Verdict.Outcome.UNRELATED) {
            throw new IllegalArgumentException("a grade lists checks that passed or failed");
        }
        verdict = new Verdict(verdict.outcome(), Escape.string(verdict.message()), verdict.known(), verdict.caret());
    }

    public static CheckResult pass(String name, String message) {
        return new CheckResult(name, Verdict.passed(message));
    }

    public static CheckResult fail(String name, String message) {
        return new CheckResult(name, Verdict.missed(message));
    }

    public static CheckResult fail(String name, String message, Caret caret) {
        return new CheckResult(name, Verdict.missed(message, caret));
    }

    public boolean passed() {
        return verdict.passed();
    }

    /** For a pass, what was confirmed; for a failure, what was wrong and what to do. */
    public String message() {
        return verdict.message();
    }

    /** Where in the bytes the problem is, when it is about bytes. */
    public Optional<Caret> caret() {
        return verdict.caret();
    }
}
