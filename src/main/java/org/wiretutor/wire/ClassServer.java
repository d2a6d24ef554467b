package org.wiretutor.wire;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wiretutor.text.Messages;

/**
 * The server a class uses in place of data.pr4e.org (a teacher's {@code wiretutor serve}, or a department server made
 * with {@code export-mirror}), named with {@code --server HOST[:PORT]} or {@code WIRETUTOR_SERVER}. While one is set,
 * opening data.pr4e.org port 80 reaches it, so lessons run against the room's own server.
 */
public record ClassServer(String host, int port) {
    /** The environment variable that names the class server when the option does not. */
    public static final String ENV = "WIRETUTOR_SERVER";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,252})?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]*)\\](?::(.*))?");

    public ClassServer {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("host is empty");
        if (port < 1 || port > 65_535) throw new IllegalArgumentException("port out of range: " + port);
    }

    /**
     * Reads {@code HOST}, {@code HOST:PORT}, {@code [IPV6]} or {@code [IPV6]:PORT} (port 80 when none is given).
     *
     * @throws IllegalArgumentException saying why, for the user, when the value is not one of those
     */
    public static ClassServer parse(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) throw new IllegalArgumentException(Messages.get("wire.server.empty"));
        if (v.contains("://") || v.contains("/")) {
            throw new IllegalArgumentException(Messages.get("wire.server.notUrl"));
        }
        String host;
        String port;
        Matcher bracketed = BRACKETED.matcher(v);
        if (bracketed.matches()) {
            host = bracketed.group(1);
            port = bracketed.group(2);
            if (!IPV6.matcher(host).matches() || !host.contains(":")) {
                throw new IllegalArgumentException(Messages.get("wire.server.badHost"));
            }
        } else {
            int colon = v.lastIndexOf(':');
            if (colon >= 0 && v.indexOf(':') != colon) {
                throw new IllegalArgumentException(Messages.get("wire.server.ipv6Brackets"));
            }
            host = colon < 0 ? v : v.substring(0, colon);
            port = colon < 0 ? null : v.substring(colon + 1);
            if (!NAME.matcher(host).matches()) throw new IllegalArgumentException(Messages.get("wire.server.badHost"));
        }
        return new ClassServer(host.toLowerCase(Locale.ROOT), port == null ? Target.HTTP_PORT : port(port));
    }

    private static int port(String text) {
        if (!text.matches("\\d{1,5}")) throw new IllegalArgumentException(Messages.get("wire.server.badPort"));
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65_535) throw new IllegalArgumentException(Messages.get("wire.server.badPort"));
        return port;
    }

    /**
     * The class server to use: the option's value when given, else the environment variable's, else none. A value
     * that is set but blank counts as unset only for the environment (an empty export), never for the option.
     *
     * @throws IllegalArgumentException a sentence for the user naming the bad value and where it came from
     */
    public static Optional<ClassServer> choose(String option, String environment) {
        if (option != null) return Optional.of(parse(option, true));
        if (environment != null && !environment.isBlank()) {
            return Optional.of(parse(environment, false));
        }
        return Optional.empty();
    }

    private static ClassServer parse(String value, boolean fromOption) {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(fromOption
                    ? Messages.get("wire.server.fromOption", value.strip(), e.getMessage())
                    : Messages.get("wire.server.fromEnv", value.strip(), e.getMessage()), e);
        }
    }

    /** True when a learner's target names this server itself, as typed (e.g. {@code open 127.0.0.1 18481}). */
    public boolean is(Target target) {
        return target.port() == port && target.host().equalsIgnoreCase(host);
    }

    /** How to write this server in a URL or on a command line: brackets around an IPv6 address. */
    public String hostForUrl() {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    @Override
    public String toString() {
        return hostForUrl() + ":" + port;
    }
}
