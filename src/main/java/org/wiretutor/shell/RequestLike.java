package org.wiretutor.shell;

import java.util.regex.Pattern;

/** Recognises a request line typed at the command prompt, so the learner hears why nothing was sent. */
final class RequestLike {
    private static final Pattern REQUEST = Pattern.compile(
            "(?i)^(GET|HEAD|POST|PUT|DELETE|OPTIONS|PATCH|TRACE|CONNECT)\\s+\\S+.*$");

    private RequestLike() {}

    static boolean looksLikeRequest(String line) {
        return REQUEST.matcher(line.trim()).matches();
    }
}
