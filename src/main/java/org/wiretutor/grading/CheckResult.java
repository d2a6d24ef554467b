package org.wiretutor.grading;

import java.util.Objects;
import java.util.Optional;
import org.wiretutor.text.Escape;

/**
 * What one check found.
 *
 * @param name    the check's short name, e.g. {@code request}
 * @param message for a pass, what was confirmed; for a failure, what was wrong and what to do
 * @param caret   where in the bytes the problem is, when it is about bytes
 */
public record CheckResult(String name, boolean passed, String message, Optional<Caret> caret) {

    public CheckResult {
        Objects.requireNonNull(name, "name");
        // a message may quote the program's output or traceback: it never holds a control character
        message = Escape.string(Objects.requireNonNull(message, "message"));
        caret = caret == null ? Optional.empty() : caret;
    }

    public static CheckResult pass(String name, String message) {
        return new CheckResult(name, true, message, Optional.empty());
    }

    public static CheckResult fail(String name, String message) {
        return new CheckResult(name, false, message, Optional.empty());
    }

    public static CheckResult fail(String name, String message, Caret caret) {
        return new CheckResult(name, false, message, Optional.of(caret));
    }
}
