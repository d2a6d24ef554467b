package org.wiretutor.mirror;

/** Apache's default limits, so learners meet the same walls they would meet on data.pr4e.org. */
final class Limits {

    /** LimitRequestLine: longest request line, in bytes, before 414. */
    static final int REQUEST_LINE = 8190;
    /** LimitRequestFieldSize: longest header line, in bytes, before 431. */
    static final int HEADER_LINE = 8190;
    /** LimitRequestFields: most header lines before 431. */
    static final int HEADER_COUNT = 100;
    /** Empty lines tolerated before a request line (RFC 9112 §2.2 asks servers to ignore at least one). */
    static final int LEADING_EMPTY_LINES = 10;
    /** Requests served on one keep-alive connection (Apache MaxKeepAliveRequests). */
    static final int KEEP_ALIVE_REQUESTS = 100;
    /** Connections handled at once; more are answered 503. */
    static final int CONNECTIONS = 1024;
    /** Bytes read and thrown away after a reply before closing, so the client sees the reply instead of a reset. */
    static final int DRAIN_BYTES = 1 << 20;
    /** Longest time spent draining before closing. */
    static final long DRAIN_MILLIS = 2_000;

    /** Connection events waiting for a slow observer; more are dropped and counted. */
    static final int OBSERVER_EVENTS = 1024;

    private Limits() {
    }
}
