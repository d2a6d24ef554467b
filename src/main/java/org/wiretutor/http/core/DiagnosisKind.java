package org.wiretutor.http.core;

/**
 * Every kind of thing the protocol core can find wrong, or worth telling, in the bytes of a request or a reply. A kind
 * is a fact about bytes that were sent, never a forecast: what a server did about it is read from its reply. The words
 * for each kind are in the message catalogue under {@code diagnosis.NAME}.
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
    /**
     * A note, never a refusal: a header name one or two edits from a {@link WellKnownHeader} ({@code Hots} for
     * {@code Host}), or a well-known name on a line with no colon ({@code Host data.pr4e.org}). A server takes a name
     * it does not know as a header of its own, so only the effect shows (a 400 for a missing Host). The subject: what
     * was typed where the name belongs, through its colon when one came ({@code Hots:}), else the line's first word
     * ({@code Host}); the offset: the first byte that differs, or where the colon belongs.
     * {@link Diagnosis#meantHeader()} names the header meant.
     */
    HEADER_NAME_NEAR_MISS,
    /**
     * A header line with the form of a request line ({@code GET /romeo.txt HTTP/1.0}): a second request line typed
     * on a connection that has one. Subject: its method. A note, like a near miss; a server answers for the line's
     * own form (no colon, a space in the name).
     */
    REQUEST_LINE_AS_HEADER,
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
    TURNED_AWAY_SERVER_FULL,

    // ---- replies, as ResponseParser reads them; offsets count from the reply's first byte
    /** The reply does not start with {@code HTTP/}: no status line and no headers, an HTTP/0.9-style reply. */
    NO_STATUS_LINE,
    /** A line that starts with {@code HTTP/} but is not a status line. */
    MALFORMED_STATUS_LINE,
    /** A status line whose version (the subject) is neither HTTP/1.1 nor HTTP/1.0. */
    UNUSUAL_VERSION,
    /** A status code (the subject) outside 100 to 599. */
    STATUS_CODE_OUT_OF_RANGE,
    /** More than one space between two parts of the status line. */
    STATUS_LINE_EXTRA_SPACE,
    /** No space after the status code. */
    NO_SPACE_AFTER_CODE,
    /** A line of the reply ended with LF alone instead of CR LF. */
    REPLY_BARE_LF,
    /** A CR inside a line of the reply that is not part of its CR LF ending. */
    REPLY_STRAY_CR,
    /** A line of the reply longer than a client reads (the subject: the limit). */
    REPLY_LINE_TOO_LONG,
    /** More lines in one header (or trailer) section than a client reads (the subject: the limit). */
    REPLY_TOO_MANY_HEADERS,
    /** A field continued on lines that start with whitespace (obs-fold); the subject: how many. */
    REPLY_FOLDED_HEADER,
    /** A line that starts with whitespace with no field before it to continue. */
    STRAY_INDENTED_LINE,
    /** A header or trailer line without a colon. */
    REPLY_NO_COLON,
    /** A header or trailer line that starts with its colon. */
    REPLY_EMPTY_HEADER_NAME,
    /** Whitespace between a field's name (the subject) and its colon. */
    REPLY_SPACE_BEFORE_COLON,
    /** A field name (the subject) with characters a name cannot have. */
    REPLY_MALFORMED_HEADER_NAME,
    /** A Content-Length value (the subject) that is not a number. */
    REPLY_BAD_CONTENT_LENGTH,
    /** A second Content-Length that disagrees with the first (the subject: the first). */
    CONFLICTING_CONTENT_LENGTHS,
    /** A second Content-Length with the same number. */
    REPEATED_CONTENT_LENGTH,
    /** One Content-Length that lists the same number more than once. */
    CONTENT_LENGTH_LIST,
    /** Both Transfer-Encoding and Content-Length in one reply. */
    TRANSFER_ENCODING_AND_CONTENT_LENGTH,
    /** The Content-Length headers together are not one valid number, so the body length is unknown. */
    BODY_LENGTH_UNKNOWN,
    /** A chunk-size line that does not start with a hex digit (the subject: its first byte, empty if none). */
    CHUNK_SIZE_NOT_HEX,
    /** A chunk size (the subject) too large to be real. */
    CHUNK_SIZE_ABSURD,
    /** Text (the subject) after a chunk size that is not a ;extension. */
    CHUNK_SIZE_JUNK,
    /** Chunk data not followed by CR LF where its size says it ends (the subject: the byte found there). */
    CHUNK_LONGER_THAN_SIZE,
    /** The connection closed without a single byte of reply. */
    NO_REPLY,
    /** The connection closed after an interim 1xx reply, without the final one. */
    NO_FINAL_REPLY,
    /** The connection closed in the middle of the status line. */
    STATUS_LINE_CUT_OFF,
    /** The connection closed in the middle of a header, trailer or chunk-size line. */
    LINE_CUT_OFF,
    /** The connection closed before the blank line that ends the reply's headers. */
    REPLY_NO_BLANK_LINE,
    /** The connection closed before all the body Content-Length declared (the subject: how many bytes are missing). */
    BODY_CUT_SHORT,
    /** The connection closed before the last chunk (size 0) of a chunked body. */
    CHUNKED_BODY_CUT_OFF,
    /** The connection closed after the last chunk, before the blank line that ends the trailers. */
    NO_BLANK_LINE_AFTER_TRAILERS,
    /** Bytes after the end of the reply (the subject: how many). */
    SURPLUS_BYTES,
    /** Bytes after the end of the reply that start with {@code HTTP/}: a second reply (the subject: how many). */
    SECOND_REPLY,
    /** Bytes that could not be read as HTTP, after a part that stopped the reading (the subject: how many). */
    UNREADABLE_BYTES;

    /** The catalogue key of this kind's words. */
    public String messageKey() {
        return "diagnosis." + name();
    }
}
