package org.wiretutor.http.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the end of a reply's body is found (RFC 9112 §6.3): the rule that applied, in the RFC's order, and the length
 * it gave. No words: the annotator explains each rule from the catalogue.
 *
 * @param rule   the rule that applied
 * @param length the declared length for {@link Rule#CONTENT_LENGTH}, 0 for a rule without a body, otherwise -1
 * @param code   the status code it was decided for, -1 when there was none
 */
public record ResponseFraming(Rule rule, long length, int code) {

    /** How the parser reads the body under a rule. */
    public enum Reading { UNDECIDED, NONE, LENGTH, CHUNKED, CLOSE }

    /** The rules of RFC 9112 §6.3, and the two cases before them: not decided yet, and no status line at all. */
    public enum Rule {
        /** The headers have not ended yet. */
        UNDECIDED(Reading.UNDECIDED),
        /** The request was HEAD (rule 1). */
        HEAD(Reading.NONE),
        /** A 1xx reply (rule 1). */
        INFORMATIONAL(Reading.NONE),
        /** A 204 or 304 reply (rule 1): {@link #code()} says which. */
        NO_CONTENT(Reading.NONE),
        /** A successful CONNECT (rule 2). */
        CONNECT(Reading.NONE),
        /** Transfer-Encoding with chunked last (rule 4). */
        CHUNKED(Reading.CHUNKED),
        /** Transfer-Encoding without chunked last: until the server closes (rule 4). */
        NOT_CHUNKED(Reading.CLOSE),
        /** Content-Length not one valid number (rule 5): read until the server closes. */
        BAD_CONTENT_LENGTH(Reading.CLOSE),
        /** A valid Content-Length (rule 6). */
        CONTENT_LENGTH(Reading.LENGTH),
        /** Neither Content-Length nor Transfer-Encoding: until the server closes (rule 8). */
        UNTIL_CLOSE(Reading.CLOSE),
        /** No status line, no headers (HTTP/0.9 style): everything until the server closes. */
        NO_STATUS_LINE(Reading.CLOSE);

        private final Reading reading;

        Rule(Reading reading) {
            this.reading = reading;
        }

        public Reading reading() {
            return reading;
        }
    }

    /** Before the headers have ended. */
    public static ResponseFraming undecided() {
        return new ResponseFraming(Rule.UNDECIDED, -1, -1);
    }

    /** How the parser reads the body. */
    public Reading reading() {
        return rule.reading();
    }

    /** The framing, and what in the headers is worth a finding of its own. */
    record Decision(ResponseFraming framing, List<DiagnosisKind> problems) {
    }

    /** Decides by RFC 9112 §6.3, in its order, from the request's method, the status code and the headers. */
    static Decision decide(String method, int code, List<ResponsePart.FieldRead> headers) {
        List<DiagnosisKind> problems = new ArrayList<>();
        // methods are case-sensitive (RFC 9110 §9.1): a server answers "head" as an unknown method, with a body
        String m = method == null ? "" : method.strip();
        if (m.equals("HEAD")) {
            return new Decision(new ResponseFraming(Rule.HEAD, 0, code), problems);
        }
        if (code >= 100 && code < 200) {
            return new Decision(new ResponseFraming(Rule.INFORMATIONAL, 0, code), problems);
        }
        if (code == 204 || code == 304) {
            return new Decision(new ResponseFraming(Rule.NO_CONTENT, 0, code), problems);
        }
        if (m.equals("CONNECT") && code >= 200 && code < 300) {
            return new Decision(new ResponseFraming(Rule.CONNECT, 0, code), problems);
        }
        List<String> codings = new ArrayList<>();
        List<String> lengths = new ArrayList<>();
        boolean transferEncoding = false;
        for (ResponsePart.FieldRead h : headers) {
            if (h.is("Transfer-Encoding")) {
                transferEncoding = true;
                for (String c : h.value().split(",")) {
                    if (!c.isBlank()) {
                        codings.add(c.strip().toLowerCase(Locale.ROOT));
                    }
                }
            } else if (h.is("Content-Length")) {
                lengths.add(h.value());
            }
        }
        if (transferEncoding) {
            if (!lengths.isEmpty()) {
                problems.add(DiagnosisKind.TRANSFER_ENCODING_AND_CONTENT_LENGTH);
            }
            boolean chunked = !codings.isEmpty() && codings.get(codings.size() - 1).equals("chunked");
            return new Decision(new ResponseFraming(chunked ? Rule.CHUNKED : Rule.NOT_CHUNKED, -1, code), problems);
        }
        if (!lengths.isEmpty()) {
            Long n = ContentLength.parse(String.join(",", lengths));
            if (n == null) {
                problems.add(DiagnosisKind.BODY_LENGTH_UNKNOWN);
                return new Decision(new ResponseFraming(Rule.BAD_CONTENT_LENGTH, -1, code), problems);
            }
            return new Decision(new ResponseFraming(Rule.CONTENT_LENGTH, n, code), problems);
        }
        return new Decision(new ResponseFraming(Rule.UNTIL_CLOSE, -1, code), problems);
    }
}
