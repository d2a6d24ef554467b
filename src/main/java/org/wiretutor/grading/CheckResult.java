package org.wiretutor.grading;

import java.util.Objects;
import java.util.Optional;

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
        Objects.requireNonNull(message, "message");
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
