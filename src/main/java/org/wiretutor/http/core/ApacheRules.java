package org.wiretutor.http.core;

import java.util.List;
import java.util.Optional;

/**
 * How Apache 2.4 (data.pr4e.org's server) acts on each diagnosis while it reads a request head: the mirror answers
 * by these rules, and the narrator uses them to explain a reply after it arrived. One table, so the mirror and what
 * the learner is told cannot drift apart. Measured against a real Apache by the tests that run one.
 */
public final class ApacheRules {

    /** The longest request line Apache reads (LimitRequestLine). */
    public static final int REQUEST_LINE = 8190;
    /** The longest header line Apache reads (LimitRequestFieldSize). */
    public static final int HEADER_LINE = 8190;
    /** The most header lines Apache reads (LimitRequestFields). */
    public static final int HEADER_COUNT = 100;
    /** Empty lines Apache skips before a request line before it gives up. */
    public static final int LEADING_EMPTY_LINES = 10;

    private ApacheRules() {
    }

    /**
     * The status Apache answers with as soon as the line carrying this diagnosis has ended, before reading any more;
     * empty when the diagnosis does not stop it there (it may still answer an error after the blank line, as 501
     * for an unknown method).
     *
     * @param line the request line the diagnosis belongs to (needed for a line with no version, which Apache takes
     *             as HTTP/0.9 only in the form {@code GET /path})
     */
    public static Optional<Integer> statusAtOnce(Diagnosis d, RequestLine line) {
        return Optional.ofNullable(switch (d.kind()) {
            case BARE_LF, TOO_MANY_EMPTY_LINES, LEADING_SPACE, TRAILING_SPACE, EXTRA_SPACE, TAB, CONTROL_CHARACTER,
                 NO_TARGET, SPACE_IN_TARGET, EXTRA_WORDS, MALFORMED_METHOD, LOWERCASE_VERSION, MALFORMED_VERSION,
                 EMPTY_REQUEST_LINE, HEADER_TOO_LONG, TOO_MANY_HEADERS, FOLDED_HEADER, NO_COLON, EMPTY_HEADER_NAME,
                 SPACE_BEFORE_COLON, MALFORMED_HEADER_NAME, MISSING_HOST, TWO_HOSTS, BAD_CONTENT_LENGTH,
                 PLAIN_HTTP_ON_HTTPS_PORT -> 400;
            // on its plain HTTP port Apache answers a TLS ClientHello with a 400 at once (measured with curl -k)
            case TLS_HANDSHAKE -> 400;
            case REQUEST_LINE_TOO_LONG -> 414;
            case UNSUPPORTED_VERSION -> RequestLine.wellFormedVersion(d.subject()) ? 505 : 400;
            case NO_VERSION -> http09(line) ? null : 400;
            // a name Apache does not know is a header like any other: only what is missing because of it counts
            case HEADER_NAME_NEAR_MISS, REQUEST_LINE_AS_HEADER -> null;
            case NOTHING_RECEIVED, NO_BLANK_LINE, CLIENT_GONE, TURNED_AWAY_PER_CLIENT, TURNED_AWAY_SERVER_FULL,
                 NON_ASCII, BAD_TARGET, LOWERCASE_METHOD, UNKNOWN_METHOD, UNKNOWN_MINOR_VERSION -> null;
            // about replies, which Apache sends rather than reads
            case NO_STATUS_LINE, MALFORMED_STATUS_LINE, UNUSUAL_VERSION, STATUS_CODE_OUT_OF_RANGE,
                 STATUS_LINE_EXTRA_SPACE, NO_SPACE_AFTER_CODE, REPLY_BARE_LF, REPLY_STRAY_CR, REPLY_LINE_TOO_LONG,
                 REPLY_TOO_MANY_HEADERS, REPLY_FOLDED_HEADER, STRAY_INDENTED_LINE, REPLY_NO_COLON, REPLY_EMPTY_HEADER_NAME,
                 REPLY_SPACE_BEFORE_COLON, REPLY_MALFORMED_HEADER_NAME, REPLY_BAD_CONTENT_LENGTH,
                 CONFLICTING_CONTENT_LENGTHS, REPEATED_CONTENT_LENGTH, CONTENT_LENGTH_LIST,
                 TRANSFER_ENCODING_AND_CONTENT_LENGTH, BODY_LENGTH_UNKNOWN, CHUNK_SIZE_NOT_HEX, CHUNK_SIZE_ABSURD,
                 CHUNK_SIZE_JUNK, CHUNK_LONGER_THAN_SIZE, NO_REPLY, NO_FINAL_REPLY, STATUS_LINE_CUT_OFF, LINE_CUT_OFF,
                 REPLY_NO_BLANK_LINE, BODY_CUT_SHORT, CHUNKED_BODY_CUT_OFF, NO_BLANK_LINE_AFTER_TRAILERS, SURPLUS_BYTES,
                 SECOND_REPLY, UNREADABLE_BYTES -> null;
        });
    }

    /** The first diagnosis that makes Apache answer at once, with its status. */
    public static Optional<Rejection> firstRejection(List<Diagnosis> diagnoses, RequestLine line) {
        for (Diagnosis d : diagnoses) {
            Optional<Integer> status = statusAtOnce(d, line);
            if (status.isPresent()) {
                return Optional.of(new Rejection(status.get(), d));
            }
        }
        return Optional.empty();
    }

    /** A request line Apache answers as HTTP/0.9: {@code GET} and a path, no version, nothing else wrong. */
    public static boolean http09(RequestLine line) {
        return !line.hasVersion() && line.method().equals("GET") && line.target().startsWith("/");
    }

    /** Apache stops reading and answers {@code status} because of {@code cause}. */
    public record Rejection(int status, Diagnosis cause) {
    }
}
