package org.wiretutor.wire;

/** Which way bytes crossed the wire, seen from the learner's side. */
public enum Direction {
    /** From the learner to the server. */
    SENT,
    /** From the server to the learner. */
    RECEIVED
}
