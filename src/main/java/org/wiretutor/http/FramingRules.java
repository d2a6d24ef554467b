package org.wiretutor.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides how long a response body is, following RFC 9112 §6.3 in order: no body for HEAD, 1xx, 204 and 304 (and a
 * successful CONNECT); Transfer-Encoding wins over Content-Length; an invalid Content-Length is an error; a valid one
 * gives the length; otherwise the body runs until the server closes the connection.
 */
final class FramingRules {
    private FramingRules() {
    }

    /** The framing, plus problems worth their own annotation (e.g. both Transfer-Encoding and Content-Length). */
    record Decision(BodyFraming framing, List<Annotation> problems) {
    }

    static Decision decide(String method, int code, List<HeaderField> headers) {
        List<Annotation> problems = new ArrayList<>();
        String m = method == null ? "" : method.strip().toUpperCase(Locale.ROOT);
        if (m.equals("HEAD")) {
            return new Decision(BodyFraming.none("the request was HEAD: the reply describes the body (Content-Length"
                    + " and all) but never sends it (RFC 9112 §6.3 rule 1)."), problems);
        }
        if (code >= 100 && code < 200) {
            return new Decision(BodyFraming.none("a 1xx reply never has a body (RFC 9112 §6.3 rule 1)."), problems);
        }
        if (code == 204 || code == 304) {
            return new Decision(BodyFraming.none("a " + code + " reply never has a body, whatever its headers say"
                    + " (RFC 9112 §6.3 rule 1)."), problems);
        }
        if (m.equals("CONNECT") && code >= 200 && code < 300) {
            return new Decision(BodyFraming.none("a successful CONNECT turns the connection into a tunnel; there is no"
                    + " body (RFC 9112 §6.3 rule 2)."), problems);
        }
        List<String> codings = new ArrayList<>();
        List<String> lengths = new ArrayList<>();
        for (HeaderField h : headers) {
            if (h.is("Transfer-Encoding")) {
                for (String c : h.value().split(",")) {
                    if (!c.isBlank()) {
                        codings.add(c.strip().toLowerCase(Locale.ROOT));
                    }
                }
            } else if (h.is("Content-Length")) {
                lengths.add(h.value());
            }
        }
        if (!codings.isEmpty() || headers.stream().anyMatch(h -> h.is("Transfer-Encoding"))) {
            if (!lengths.isEmpty()) {
                problems.add(problem("Both Transfer-Encoding and Content-Length", Severity.WARNING,
                        "the reply has both. Transfer-Encoding wins and Content-Length is ignored (RFC 9112 §6.3 rule 3);"
                                + " a correct server never sends both."));
            }
            if (!codings.isEmpty() && codings.get(codings.size() - 1).equals("chunked")) {
                return new Decision(BodyFraming.chunked("Transfer-Encoding: chunked — the body comes in chunks, each"
                        + " with its size in hex; a chunk of size 0 ends it (RFC 9112 §6.3 rule 4, §7.1)."), problems);
            }
            return new Decision(BodyFraming.untilClose("Transfer-Encoding is present but chunked is not the last"
                    + " coding, so the body ends when the server closes the connection (RFC 9112 §6.3 rule 4)."), problems);
        }
        if (!lengths.isEmpty()) {
            Long n = ContentLength.parse(String.join(",", lengths));
            if (n == null) {
                problems.add(problem("Invalid Content-Length", Severity.ERROR, "Content-Length " + String.join(" / ",
                        lengths) + " is not one valid number, so the body length is unknown. RFC 9112 §6.3 rule 5 says"
                        + " a client must treat this as an error; here the rest is shown until the server closes."));
                return new Decision(BodyFraming.untilClose("Content-Length is invalid, so the length is unknown;"
                        + " reading until the server closes the connection."), problems);
            }
            return new Decision(BodyFraming.contentLength(n, "Content-Length: " + n + " — exactly " + n + " byte"
                    + (n == 1 ? "" : "s") + " of body follow the blank line (RFC 9112 §6.3 rule 6)."), problems);
        }
        return new Decision(BodyFraming.untilClose("no Content-Length and no Transfer-Encoding, so the body ends when"
                + " the server closes the connection (RFC 9112 §6.3 rule 8)."), problems);
    }

    static Annotation problem(String title, Severity sev, String text) {
        return new Annotation(Kind.PROBLEM, new byte[0], title, List.of(new Detail("problem", text)), sev, Display.NONE);
    }
}
