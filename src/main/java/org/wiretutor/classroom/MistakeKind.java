package org.wiretutor.classroom;

/**
 * The mistakes the room makes most, each counted once per request in the {@link Tally}, in the order the tally
 * line lists them. {@link #OTHER} catches any other error answer, so every failed request is counted somewhere.
 */
public enum MistakeKind {
    /** The blank line that ends the head never came: the mirror timed out (408) or the client gave up. */
    NO_BLANK_LINE,
    /** A line ended with LF alone instead of CR LF (the mirror, like Apache, answers 400). */
    BARE_LF,
    /** HTTP/1.1 without a Host header (400). */
    NO_HOST,
    /** A lowercase or unknown method, e.g. {@code get} or {@code GRT} (501). */
    BAD_METHOD,
    /** No version on the request line: an HTTP/0.9 request, answered with the bare body. */
    NO_VERSION,
    /** HTTP/2 typed as text (505 or 400): HTTP/2 is binary. */
    HTTP2,
    /** The path names nothing on the server (404), usually a typo. */
    NOT_FOUND,
    /** A control character (other than the CR of CR LF) inside a line, e.g. a stray tab or ^A (400). */
    CONTROL_CHARACTER,
    /** Any other error answer (4xx or 5xx) none of the above explains. */
    OTHER;

    /** How the tally names it, e.g. {@code bare LF}. */
    public String label() {
        return LiveText.label(this);
    }
}
