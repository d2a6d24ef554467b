package org.wiretutor.shell.command;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * What a learner typed where {@code open} wants a host: a host name, {@code host:port}, or a URL pasted whole
 * ({@code https://data.pr4e.org:8443/page2.htm}). open connects to the host; the parts it cannot use are kept so
 * the learner can be told where they belong instead of losing them without a word.
 *
 * @param host   the host to connect to
 * @param port   the port written in it ({@code :8080}), if any
 * @param path   the path and query after the host, as typed, or empty
 * @param secure true for an {@code https://} address, whose port is 443 unless one is written
 */
record TypedAddress(String host, OptionalInt port, String path, boolean secure) {
    /** The port an https:// address means when it names none. */
    static final int HTTPS_PORT = 443;

    static TypedAddress parse(String typed) {
        String rest = typed;
        boolean secure = false;
        int scheme = rest.indexOf("://");
        if (scheme >= 0) {
            secure = rest.substring(0, scheme).toLowerCase(Locale.ROOT).equals("https");
            rest = rest.substring(scheme + 3);
        }
        String path = "";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            path = rest.substring(slash);
            rest = rest.substring(0, slash);
        }
        OptionalInt port = OptionalInt.empty();
        int colon = rest.indexOf(':');
        // one colon and digits after it: a port; more colons are an IPv6 address, left whole
        if (colon > 0 && colon == rest.lastIndexOf(':') && rest.substring(colon + 1).matches("\\d{1,5}")) {
            port = OptionalInt.of(Integer.parseInt(rest.substring(colon + 1)));
            rest = rest.substring(0, colon);
        }
        if (rest.isEmpty() || port.isPresent() && (port.getAsInt() < 1 || port.getAsInt() > 65_535)) {
            return new TypedAddress(typed, OptionalInt.empty(), "", false);
        }
        return new TypedAddress(rest, port, path, secure);
    }
}
