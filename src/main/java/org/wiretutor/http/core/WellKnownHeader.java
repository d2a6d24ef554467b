package org.wiretutor.http.core;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.wiretutor.text.Typos;

/**
 * The request headers a learner types by hand in this course, so that a header name typed a letter or two wrong
 * ({@code Hots}, {@code Conection}, {@code Referrer}) can be named with the one that was meant: a server ignores a
 * name it does not know, and only the effect (a 400 for a missing Host, a connection left open) shows. Names compare
 * case-insensitively, as HTTP compares them.
 */
public enum WellKnownHeader {
    HOST("Host"),
    CONNECTION("Connection"),
    USER_AGENT("User-Agent"),
    ACCEPT("Accept"),
    IF_NONE_MATCH("If-None-Match"),
    IF_MODIFIED_SINCE("If-Modified-Since"),
    RANGE("Range"),
    CONTENT_LENGTH("Content-Length"),
    CONTENT_TYPE("Content-Type"),
    COOKIE("Cookie"),
    REFERER("Referer");

    /** Names no longer than this are allowed one edit; longer ones two, as a typo in a long name is likelier. */
    private static final int SHORT_NAME = 5;

    /**
     * Real header names within reach of a typo of one above: a learner who typed one of these meant it (lower case,
     * as compared).
     */
    private static final Set<String> REAL_NEIGHBOURS = Set.of("cookie2", "if-unmodified-since");

    private final String fieldName;

    WellKnownHeader(String fieldName) {
        this.fieldName = fieldName;
    }

    /** The name as the RFCs spell it, e.g. {@code User-Agent}. */
    public String fieldName() {
        return fieldName;
    }

    /** Whether {@code name} is exactly this header's name, in any case. */
    public boolean is(String name) {
        return fieldName.equalsIgnoreCase(name);
    }

    /**
     * The well-known header {@code typed} is, or is a typo of: the same name in any case, or one whose name is within
     * one edit (two for a name longer than five characters) of it, a swap of two neighbouring letters counting as
     * one; the nearest if several are, the first listed on a tie. Empty for any other name, and for a real header
     * that happens to be that near (Cookie2).
     */
    public static Optional<WellKnownHeader> nearest(String typed) {
        String name = typed.toLowerCase(Locale.ROOT);
        if (name.isEmpty() || REAL_NEIGHBOURS.contains(name)) {
            return Optional.empty();
        }
        WellKnownHeader best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (WellKnownHeader h : values()) {
            String known = h.fieldName.toLowerCase(Locale.ROOT);
            int allowed = known.length() <= SHORT_NAME ? 1 : 2;
            if (Math.abs(known.length() - name.length()) > allowed) {
                continue;
            }
            int d = Typos.distance(name, known);
            if (d <= allowed && d < bestDistance) {
                best = h;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }


    /** Where {@code typed} first differs from this header's name, case aside: the byte to point at, from 0. */
    int firstDifference(String typed) {
        int n = Math.min(typed.length(), fieldName.length());
        for (int i = 0; i < n; i++) {
            if (Character.toLowerCase(typed.charAt(i)) != Character.toLowerCase(fieldName.charAt(i))) {
                return i;
            }
        }
        return n;
    }
}
