package org.wiretutor.http;

import java.util.Map;

/**
 * What status codes mean, in plain words for a beginner (RFC 9110 §15). Texts only; no protocol logic beyond the
 * class of a code.
 */
public final class StatusCodes {
    private StatusCodes() {
    }

    private record Entry(String reason, String meaning) {
    }

    private static final Map<Integer, Entry> CODES = Map.ofEntries(
            e(100, "Continue", "the server has the headers and is ready for the body; keep sending."),
            e(101, "Switching Protocols", "from the next byte on, this connection speaks another protocol (for example WebSocket)."),
            e(103, "Early Hints", "a preview of headers (often links to preload); the real answer is still coming."),
            e(200, "OK", "the request worked; the body is what you asked for."),
            e(201, "Created", "the request made something new; Location often says where it lives."),
            e(202, "Accepted", "the server took the job but has not finished it yet."),
            e(204, "No Content", "it worked, and there is deliberately no body."),
            e(206, "Partial Content", "here is only the part you asked for with Range; Content-Range says which bytes."),
            e(301, "Moved Permanently", "the page has a new address for good; Location gives it."),
            e(302, "Found", "the page is temporarily somewhere else; Location gives it."),
            e(303, "See Other", "go and GET the address in Location instead."),
            e(304, "Not Modified", "your cached copy is still good, so no body is sent."),
            e(307, "Temporary Redirect", "try the address in Location, with the same method."),
            e(308, "Permanent Redirect", "the address in Location is the new one for good, same method."),
            e(400, "Bad Request", "the server could not understand the request; check every byte, especially line endings and the blank line."),
            e(401, "Unauthorized", "you need to log in (send credentials) to get this."),
            e(403, "Forbidden", "the server understood but will not give you this."),
            e(404, "Not Found", "there is nothing at that path on this server; check the spelling."),
            e(405, "Method Not Allowed", "this path does not accept that method; Allow lists the ones it does."),
            e(406, "Not Acceptable", "the server has no version matching your Accept headers."),
            e(408, "Request Timeout", "the server waited too long for the rest of your request (often the blank line) and gave up."),
            e(409, "Conflict", "the request clashes with the current state of the thing."),
            e(410, "Gone", "it used to be here and has been removed for good."),
            e(411, "Length Required", "the server wants a Content-Length on your request."),
            e(412, "Precondition Failed", "a condition in your request (such as If-None-Match) was not met, so nothing was done."),
            e(413, "Content Too Large", "your request body is bigger than the server accepts."),
            e(414, "URI Too Long", "the request target is longer than the server accepts."),
            e(415, "Unsupported Media Type", "the server cannot handle the type of body you sent."),
            e(416, "Range Not Satisfiable", "the Range you asked for lies outside the file."),
            e(417, "Expectation Failed", "the server cannot meet your Expect header."),
            e(418, "I'm a teapot", "a joke code from an April Fools' RFC; not a real error."),
            e(421, "Misdirected Request", "this server is not the right one for that host."),
            e(426, "Upgrade Required", "the server wants you to switch protocol first."),
            e(429, "Too Many Requests", "slow down; you sent too many requests."),
            e(431, "Request Header Fields Too Large", "your headers (one line or all together) are too big."),
            e(500, "Internal Server Error", "something broke inside the server; not your request's fault."),
            e(501, "Not Implemented", "the server does not know that method (methods are case-sensitive: GET, not get)."),
            e(502, "Bad Gateway", "a server in the middle got a bad answer from the one behind it."),
            e(503, "Service Unavailable", "the server is overloaded or down for maintenance; try later."),
            e(504, "Gateway Timeout", "a server in the middle waited too long for the one behind it."),
            e(505, "HTTP Version Not Supported", "the server does not speak the HTTP version in your request line."));

    private static Map.Entry<Integer, Entry> e(int code, String reason, String meaning) {
        return Map.entry(code, new Entry(reason, meaning));
    }

    /** The standard reason phrase, or empty if we do not know the code. */
    public static String reason(int code) {
        Entry e = CODES.get(code);
        return e == null ? "" : e.reason();
    }

    /** True if this code is one we have an explanation for. */
    public static boolean isKnown(int code) {
        return CODES.containsKey(code);
    }

    /** The class of a code from its first digit, e.g. "2xx success". */
    public static String classOf(int code) {
        return switch (code / 100) {
            case 1 -> "1xx informational: an interim note, the final answer follows";
            case 2 -> "2xx success: the request worked";
            case 3 -> "3xx redirection: look elsewhere (or use your cached copy)";
            case 4 -> "4xx client error: something about the request is wrong";
            case 5 -> "5xx server error: the server failed";
            default -> "not a valid class: status codes run from 100 to 599";
        };
    }

    /** One line: "200 — OK: the request worked; ... (2xx success: the request worked)". */
    public static String explain(int code) {
        Entry e = CODES.get(code);
        String cls = classOf(code);
        if (e != null) {
            return code + " — " + e.reason() + ": " + e.meaning() + " (" + cls + ")";
        }
        if (code >= 100 && code <= 599) {
            return code + " — not a code we know; a program treats it like " + (code / 100) + "00 (" + cls + ")";
        }
        return code + " — " + cls + ".";
    }
}
