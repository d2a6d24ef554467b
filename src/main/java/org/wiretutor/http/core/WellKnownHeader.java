package org.wiretutor.http.core;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
            int d = distance(name, known);
            if (d <= allowed && d < bestDistance) {
                best = h;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * How many single-character insertions, deletions, substitutions or swaps of two neighbours turn {@code a} into
     * {@code b} (the optimal string alignment distance).
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
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
