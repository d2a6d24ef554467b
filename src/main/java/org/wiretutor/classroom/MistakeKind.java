package org.wiretutor.classroom;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.DiagnosisKind;

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

    /**
     * The mistakes of one finished request, from the protocol core's diagnoses of it and the status it was answered
     * with (0: none): the tally's one rule, so the projector, the summary and the saved file agree, and no word of a
     * message is read.
     */
    public static Set<MistakeKind> of(List<Diagnosis> diagnoses, int status) {
        Set<MistakeKind> made = EnumSet.noneOf(MistakeKind.class);
        for (Diagnosis d : diagnoses) {
            of(d.kind()).ifPresent(made::add);
        }
        if (status == 404) {
            made.add(NOT_FOUND);
        } else if (status == 408) {
            made.add(NO_BLANK_LINE);
        }
        if (status >= 400 && made.isEmpty()) {
            made.add(OTHER);
        }
        return made;
    }

    /** The mistake a diagnosis counts as, if any. */
    static Optional<MistakeKind> of(DiagnosisKind kind) {
        return Optional.ofNullable(switch (kind) {
            case BARE_LF -> BARE_LF;
            case NO_BLANK_LINE -> NO_BLANK_LINE;
            case MISSING_HOST -> NO_HOST;
            case LOWERCASE_METHOD, UNKNOWN_METHOD, MALFORMED_METHOD -> BAD_METHOD;
            case NO_VERSION -> NO_VERSION;
            case UNSUPPORTED_VERSION -> HTTP2;
            case CONTROL_CHARACTER, TAB -> CONTROL_CHARACTER;
            default -> null;
        });
    }

    /** How the tally names it, e.g. {@code bare LF}. */
    public String label() {
        return LiveText.label(this);
    }
}
