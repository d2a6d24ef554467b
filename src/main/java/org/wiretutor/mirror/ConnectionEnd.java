package org.wiretutor.mirror;

/** Why the mirror ended a connection, as an instructor would want it told. */
public enum ConnectionEnd {
    /** Every request that arrived was answered; the client or the mirror then closed, or it sat idle afterwards. */
    SERVED,
    /** A request had begun, but its blank line did not arrive before the request timeout (answered 408). */
    TIMED_OUT,
    /** The connection opened but nothing arrived before the request timeout. */
    IDLE,
    /** The client closed or reset the connection before its request was complete or its reply was written. */
    CLIENT_GONE
}
