package org.wiretutor.http;

import org.wiretutor.http.core.ResponseFraming;
import org.wiretutor.text.Messages;

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

    /** The {@code {0}} of a sentence that inserts no text: the catalogue keeps {@code {0}} for text. */
    private static final String NO_TEXT = "";

    public static BodyFraming undecided() {
        return of(ResponseFraming.undecided());
    }

    /** The framing the parser decided, explained from its rule. */
    public static BodyFraming of(ResponseFraming f) {
        Type type = switch (f.reading()) {
            case UNDECIDED -> Type.UNDECIDED;
            case NONE -> Type.NONE;
            case LENGTH -> Type.CONTENT_LENGTH;
            case CHUNKED -> Type.CHUNKED;
            case CLOSE -> Type.UNTIL_CLOSE;
        };
        String reason = switch (f.rule()) {
            case NO_CONTENT -> Messages.get("http.framing.NO_CONTENT", NO_TEXT, f.code());
            case CONTENT_LENGTH -> Messages.get("http.framing.CONTENT_LENGTH", NO_TEXT, f.length());
            default -> Messages.get("http.framing." + f.rule().name());
        };
        return new BodyFraming(type, f.length(), reason);
    }
}
