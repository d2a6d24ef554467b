package org.wiretutor.mirror.pages;

/**
 * The no-cache headers data.pr4e.org sends with every file, in one place because three rooms must agree on them:
 * the server sends them, the export configures Apache and nginx to send them, and the expected answers quote
 * Cache-Control to graders verbatim.
 */
public final class NoCache {

    /** Sent with every file, as data.pr4e.org does; graders expect it verbatim. */
    public static final String CACHE_CONTROL = "max-age=0, no-cache, no-store, must-revalidate";
    public static final String PRAGMA = "no-cache";
    /** A date long past, so a cache that ignores Cache-Control still treats the file as stale. */
    public static final String EXPIRES = "Wed, 11 Jan 1984 05:00:00 GMT";

    private NoCache() {
    }
}
