package org.wiretutor.http;

/**
 * How the end of a response body is found (RFC 9112 §6.3), with the reason in plain words.
 *
 * @param type   which rule applied
 * @param length the declared length for {@link Type#CONTENT_LENGTH}, otherwise -1
 * @param reason why this rule applied, for the learner
 */
public record BodyFraming(Type type, long length, String reason) {

    /** The ways a body can be delimited; UNDECIDED until the headers are complete. */
    public enum Type { UNDECIDED, NONE, CONTENT_LENGTH, CHUNKED, UNTIL_CLOSE }

    public static BodyFraming undecided() {
        return new BodyFraming(Type.UNDECIDED, -1, "the headers have not ended yet, so the body length is not known");
    }

    public static BodyFraming none(String reason) {
        return new BodyFraming(Type.NONE, 0, reason);
    }

    public static BodyFraming contentLength(long n, String reason) {
        return new BodyFraming(Type.CONTENT_LENGTH, n, reason);
    }

    public static BodyFraming chunked(String reason) {
        return new BodyFraming(Type.CHUNKED, -1, reason);
    }

    public static BodyFraming untilClose(String reason) {
        return new BodyFraming(Type.UNTIL_CLOSE, -1, reason);
    }
}
