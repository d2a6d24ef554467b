package org.wiretutor.mirror;

import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.text.Messages;

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

    /** The reason in a few words for the log and the live view, with the limit that applied. */
    String words(ServerLimits limits) {
        return this == SLOW_HEAD ? Messages.get("label.NO_BLANK_LINE.timeout") : diagnosis(limits).label();
    }

    /** The reason as the core's diagnosis, with the limit that applied. */
    Diagnosis diagnosis(ServerLimits limits) {
        return switch (this) {
            case PER_CLIENT -> Diagnosis.of(DiagnosisKind.TURNED_AWAY_PER_CLIENT, Integer.toString(limits.perClient()));
            case SERVER_FULL -> Diagnosis.of(DiagnosisKind.TURNED_AWAY_SERVER_FULL,
                    Integer.toString(limits.maxConnections()));
            case SLOW_HEAD -> Diagnosis.of(DiagnosisKind.NO_BLANK_LINE);
        };
    }
}
