package org.wiretutor.wire;

/**
 * A connection that could not be opened, with a learner-facing explanation of the cause.
 * Checked, so every caller has to decide what the learner sees.
 */
public final class ConnectFailure extends Exception {
    private final Kind kind;

    public enum Kind { UNKNOWN_HOST, REFUSED, TIMED_OUT, CANCELLED, OTHER }

    public ConnectFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
