package org.wiretutor.mirror;

/** Apache's default limits, so learners meet the same walls they would meet on data.pr4e.org. */
final class Limits {

    /** LimitRequestLine: longest request line, in bytes, before 414. */
    static final int REQUEST_LINE = 8190;
    /** LimitRequestFieldSize: longest header line, in bytes, before 400. */
    static final int HEADER_LINE = 8190;
    /** LimitRequestFields: most header lines before 400. */
    static final int HEADER_COUNT = 100;
    /** Empty lines tolerated before a request line (RFC 9112 §2.2 asks servers to ignore at least one). */
    static final int LEADING_EMPTY_LINES = 10;
    /**
     * Apache's MaxKeepAliveRequests: a connection's first reply says {@code max=100}, and after the reply that says
     * {@code max=1} one more request is answered, with {@code Connection: close}.
     */
    static final int KEEP_ALIVE_REQUESTS = 100;
    /** Connections the HTTPS-port listener handles at once, a thread each; more are closed. */
    static final int CONNECTIONS = 1024;
    /** Event loops serving the HTTP port: one per core, at most this many. */
    static final int EVENT_LOOPS = 2;
    /** Connections the kernel may queue before the acceptor takes them, for a classroom arriving at once. */
    static final int ACCEPT_BACKLOG = 4096;
    /** Bytes read and thrown away after a reply before closing, so the client sees the reply instead of a reset. */
    static final int DRAIN_BYTES = 1 << 20;
    /** Longest time spent draining before closing. */
    static final long DRAIN_MILLIS = 2_000;

    /** Connection events waiting for a slow observer; more are dropped and counted. */
    static final int OBSERVER_EVENTS = 1024;

    private Limits() {
    }
}
