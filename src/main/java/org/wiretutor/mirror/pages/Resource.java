package org.wiretutor.mirror.pages;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a path on the mirror names, as {@link MirrorFiles#lookup} says; the server decides how to send it. */
public sealed interface Resource {

    /** A file sent with Content-Length. */
    record Plain(MirrorFile file) implements Resource {
    }

    /** A file sent with chunked transfer coding to HTTP/1.1 clients, and like a plain file to the others. */
    record Chunked(MirrorFile file) implements Resource {
    }

    /**
     * A path that answers 301 Moved Permanently, pointing at {@code location} (an absolute URL on data.pr4e.org, the
     * host this mirror stands for) or, when the request names a host, at the same path on that host.
     */
    record Moved(String location) implements Resource {
        /** A host name, IPv4 or bracketed IPv6 address, and an optional port: what may go into a Location. */
        private static final Pattern HOST = Pattern.compile("([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::(\\d{1,5}))?");

        /** The path the redirect points at, for a server that builds the URL itself (Apache, nginx). */
        public String path() {
            return URI.create(location).getRawPath();
        }

        /**
         * The Location for a request whose Host header says {@code host}. As Apache does with a redirect to a path
         * (and UseCanonicalName Off, its default): the host the client named in Host, lowercased, with the port Host
         * gave unless 80; the mirror's own name when there is no usable Host (HTTP/1.0 without one). So a class
         * server, reached under any name, redirects to itself, never out to the real data.pr4e.org. One difference:
         * for a Host without a port, Apache and nginx add the port they listen on (unless 80); the mirror, which
         * does not know its port here, leaves it out, which is what they send on port 80.
         *
         * @param host the first Host header's value, empty when the request has none
         */
        public String locationFor(Optional<String> host) {
            return host.map(String::strip).map(HOST::matcher).filter(Matcher::matches)
                    .map(m -> "http://" + m.group(1).toLowerCase(Locale.ROOT)
                            + (m.group(2) == null || Integer.parseInt(m.group(2)) == 80 ? "" : ":" + m.group(2))
                            + path())
                    .orElse(location);
        }
    }
}
