package org.wiretutor.mirror;

import java.util.List;
import java.util.Optional;

/**
 * A request line and header fields that passed the protocol core's framing checks, as the responder routes them.
 *
 * @param method      the method exactly as sent (case matters)
 * @param target      the request target as sent
 * @param version     the version the reply is framed for
 * @param requestLine the request line escaped for display
 * @param headers     header fields in arrival order
 */
record ReceivedRequest(String method, String target, HttpVersion version, String requestLine,
                       List<Field> headers) {

    ReceivedRequest {
        headers = List.copyOf(headers);
    }

    /** Every value of the named field, in order. */
    List<String> values(String name) {
        return headers.stream().filter(h -> h.is(name)).map(Field::value).toList();
    }

    /** The first value of the named field. */
    Optional<String> first(String name) {
        return headers.stream().filter(h -> h.is(name)).map(Field::value).findFirst();
    }

    /** Whether a comma-separated field such as Connection lists this token. */
    boolean hasToken(String name, String token) {
        for (String value : values(name)) {
            for (String part : value.split(",")) {
                if (part.trim().equalsIgnoreCase(token)) {
                    return true;
                }
            }
        }
        return false;
    }
}
