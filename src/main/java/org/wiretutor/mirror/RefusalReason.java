package org.wiretutor.mirror;

/** Why the mirror turned a connection away before serving it, or gave up on it while it was being sent. */
public enum RefusalReason {
    /** The client's address already had {@link ServerLimits#perClient()} connections open: 503 without reading. */
    PER_CLIENT(503),
    /** {@link ServerLimits#maxConnections()} connections were open in all: 503 without reading. */
    SERVER_FULL(503),
    /** The request head did not end within the request timeout (extended by the minimum rate): 408. */
    SLOW_HEAD(408);

    private final int status;

    RefusalReason(int status) {
        this.status = status;
    }

    /** The status sent with the refusal. */
    public int status() {
        return status;
    }

    /** The log note: the reason in a few plain words, with the limit that applied. */
    String note(ServerLimits limits) {
        return switch (this) {
            case PER_CLIENT -> "refused: this address already has " + connections(limits.perClient())
                    + " open (--per-client)";
            case SERVER_FULL -> "refused: " + connections(limits.maxConnections())
                    + " open, the most this server holds";
            case SLOW_HEAD -> "no blank line before timeout";
        };
    }

    private static String connections(int n) {
        return n == 1 ? "1 connection" : n + " connections";
    }
}
