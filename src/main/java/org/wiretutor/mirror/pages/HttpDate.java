package org.wiretutor.mirror.pages;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP dates (RFC 9110 §5.6.7): IMF-fixdate out, the three historic forms in. Here because a file's Last-Modified
 * is part of what is served (and of the expected answers); the server writes its Date header with it too.
 */
public final class HttpDate {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final List<DateTimeFormatter> ACCEPTED = List.of(
            IMF_FIXDATE,
            DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC),
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC));

    private HttpDate() {
    }

    /** IMF-fixdate, e.g. {@code Sat, 13 May 2017 11:22:22 GMT}: what Date and Last-Modified carry. */
    public static String format(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }

    /** The instant a header names, or empty when it is not a valid HTTP date (such headers are ignored). */
    public static Optional<Instant> parse(String text) {
        for (DateTimeFormatter f : ACCEPTED) {
            try {
                return Optional.of(LocalDateTime.parse(text.trim(), f).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
