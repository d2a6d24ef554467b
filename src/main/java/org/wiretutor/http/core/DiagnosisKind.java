package org.wiretutor.http.core;

/**
 * Every kind of thing the protocol core can find wrong, or worth telling, in the bytes of a request. A kind is a fact
 * about bytes that were sent, never a forecast: what a server did about it is read from its reply. The words for each
 * kind are in the message catalogue under {@code diagnosis.NAME}.
 */
public enum DiagnosisKind {
    // ---- line endings and the end of the head
    /** A line ended with LF alone instead of CR LF. */
    BARE_LF,
    /** The head never got its blank line: the sender closed, or went quiet until the server gave up. */
    NO_BLANK_LINE,
    /** Only empty lines arrived where the request line belongs, more than a server skips. */
    TOO_MANY_EMPTY_LINES,

    // ---- the request line
    /** An empty line where the request line was to be parsed. */
    EMPTY_REQUEST_LINE,
    /** The request line starts with a space. */
    LEADING_SPACE,
    /** A space after the last part of the request line. */
    TRAILING_SPACE,
    /** Two or more spaces between two parts of the request line. */
    EXTRA_SPACE,
    /** A tab in the request line, where only single spaces separate the parts. */
    TAB,
    /** A control byte (other than the CR of CR LF) inside a line. */
    CONTROL_CHARACTER,
    /** A byte over 0x7E in the request line. */
    NON_ASCII,
    /** Nothing after the method. */
    NO_TARGET,
    /** A target that is neither a path starting with / nor an http:// or https:// URL. */
    BAD_TARGET,
    /** More than three parts, the last a version: a space inside the target. */
    SPACE_IN_TARGET,
    /** Words after the version. */
    EXTRA_WORDS,
    /** A known method in lower case, e.g. {@code get}. */
    LOWERCASE_METHOD,
    /** A method made of method characters that no server here knows, e.g. {@code GRT}. */
    UNKNOWN_METHOD,
    /** A method with characters a method cannot have. */
    MALFORMED_METHOD,
    /** No version at the end of the request line: an HTTP/0.9-style request line. */
    NO_VERSION,
    /** {@code http/1.1}: the version in the wrong case. */
    LOWERCASE_VERSION,
    /** {@code HTTP/2.0} or {@code HTTP/3.0} typed as text: those versions are binary protocols. */
    UNSUPPORTED_VERSION,
    /** {@code HTTP/1.2} and the like: a 1.x version that does not exist, read as HTTP/1.1. */
    UNKNOWN_MINOR_VERSION,
    /** A version that is not of the form {@code HTTP/d.d}. */
    MALFORMED_VERSION,
    /** A request line longer than the server reads. */
    REQUEST_LINE_TOO_LONG,

    // ---- header lines
    /** A header line longer than the server reads. */
    HEADER_TOO_LONG,
    /** More header lines than the server reads. */
    TOO_MANY_HEADERS,
    /** A header line starting with a space or tab: obsolete line folding. */
    FOLDED_HEADER,
    /** A header line without a colon. */
    NO_COLON,
    /** A header line starting with its colon. */
    EMPTY_HEADER_NAME,
    /** A space or tab between a header's name and its colon. */
    SPACE_BEFORE_COLON,
    /** A header name with characters a name cannot have. */
    MALFORMED_HEADER_NAME,
    /** An HTTP/1.1 request ended without a Host header. */
    MISSING_HOST,
    /** Two Host headers. */
    TWO_HOSTS,
    /** A Content-Length that is not one number. */
    BAD_CONTENT_LENGTH,

    // ---- the connection
    /** The connection opened and nothing arrived. */
    NOTHING_RECEIVED,
    /** A TLS handshake record (a ClientHello) instead of HTTP text: an https client. */
    TLS_HANDSHAKE,
    /** Plain HTTP text on the port that expects TLS. */
    PLAIN_HTTP_ON_HTTPS_PORT,
    /** The client left before the reply could be sent. */
    CLIENT_GONE,
    /** Turned away unread: the client's address had as many connections open as one address may (the subject). */
    TURNED_AWAY_PER_CLIENT,
    /** Turned away unread: the server had as many connections open as it holds (the subject). */
    TURNED_AWAY_SERVER_FULL;

    /** The catalogue key of this kind's words. */
    public String messageKey() {
        return "diagnosis." + name();
    }
}
