package org.wiretutor.wire;

import java.util.Locale;

/**
 * Where the learner asked to connect, exactly as typed, before any mirror substitution.
 * Lessons check against this, so "open data.pr4e.org 80" counts even when the mirror answers.
 */
public record Target(String host, int port) {
    public static final int HTTP_PORT = 80;

    public Target {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("host is empty");
        if (port < 1 || port > 65_535) throw new IllegalArgumentException("port out of range: " + port);
        host = host.trim();
    }

    /** True when this host names the server the built-in mirror stands in for. */
    public boolean isMirrored() {
        String h = host.toLowerCase(Locale.ROOT);
        return MirroredHosts.NAMES.contains(h);
    }

    /** The host names the built-in mirror stands in for, lower case: what {@code run} redirects to it. */
    public static java.util.Set<String> mirroredHosts() {
        return MirroredHosts.NAMES;
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
