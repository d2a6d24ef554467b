package org.wiretutor.mirror;

import java.util.Optional;

/** Reason phrases, worded as Apache words them where it differs from RFC 9110. */
public final class Status {

    private Status() {
    }

    /**
     * The phrase the mirror sends after the code, so whoever reports a status words it as the reply did; empty for a
     * code the mirror never sends.
     */
    public static Optional<String> reason(int status) {
        return Optional.ofNullable(switch (status) {
            case 200 -> "OK";
            case 206 -> "Partial Content";
            case 301 -> "Moved Permanently";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 412 -> "Precondition Failed";
            case 413 -> "Request Entity Too Large";
            case 414 -> "Request-URI Too Long";
            case 416 -> "Requested Range Not Satisfiable";
            case 431 -> "Request Header Fields Too Large";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            case 505 -> "HTTP Version Not Supported";
            default -> null;
        });
    }

    /** The phrase for a status line the mirror writes: Apache's, or "Unknown" for a code it has none for. */
    static String phrase(int status) {
        return reason(status).orElse("Unknown");
    }
}
