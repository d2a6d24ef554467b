package org.wiretutor.http;

import java.util.Map;
import org.wiretutor.text.Messages;

/**
 * What status codes mean, in plain words for a beginner (RFC 9110 §15): the standard reason phrase of each code
 * we know (protocol data, compared with what a server sent), and its meaning from the catalogue
 * ({@code http.status.CODE}). No protocol logic beyond the class of a code.
 */
public final class StatusCodes {
    private StatusCodes() {
    }

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(100, "Continue"),
            Map.entry(101, "Switching Protocols"),
            Map.entry(103, "Early Hints"),
            Map.entry(200, "OK"),
            Map.entry(201, "Created"),
            Map.entry(202, "Accepted"),
            Map.entry(204, "No Content"),
            Map.entry(206, "Partial Content"),
            Map.entry(301, "Moved Permanently"),
            Map.entry(302, "Found"),
            Map.entry(303, "See Other"),
            Map.entry(304, "Not Modified"),
            Map.entry(307, "Temporary Redirect"),
            Map.entry(308, "Permanent Redirect"),
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"),
            Map.entry(408, "Request Timeout"),
            Map.entry(409, "Conflict"),
            Map.entry(410, "Gone"),
            Map.entry(411, "Length Required"),
            Map.entry(412, "Precondition Failed"),
            Map.entry(413, "Content Too Large"),
            Map.entry(414, "URI Too Long"),
            Map.entry(415, "Unsupported Media Type"),
            Map.entry(416, "Range Not Satisfiable"),
            Map.entry(417, "Expectation Failed"),
            Map.entry(418, "I'm a teapot"),
            Map.entry(421, "Misdirected Request"),
            Map.entry(426, "Upgrade Required"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"),
            Map.entry(505, "HTTP Version Not Supported"));

    /** The standard reason phrase, or empty if we do not know the code. */
    public static String reason(int code) {
        return REASONS.getOrDefault(code, "");
    }

    /** True if this code is one we have an explanation for. */
    public static boolean isKnown(int code) {
        return REASONS.containsKey(code);
    }

    /** The class of a code from its first digit, e.g. "2xx success". */
    public static String classOf(int code) {
        int first = code / 100;
        return Messages.get(first >= 1 && first <= 5 ? "http.status.class." + first : "http.status.class.none");
    }

    /** One line: "200 — OK: the request worked; ... (2xx success: the request worked)". */
    public static String explain(int code) {
        String cls = classOf(code);
        if (isKnown(code)) {
            return Messages.get("http.status.explain", reason(code), code, Messages.get("http.status." + code), cls);
        }
        if (code >= 100 && code <= 599) {
            return Messages.get("http.status.explain.unknown", cls, code, code / 100);
        }
        return Messages.get("http.status.explain.invalid", cls, code);
    }
}
