package org.wiretutor.mirror.export;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.wiretutor.text.Messages;

/**
 * How an export addresses the real server and whether it may write over an earlier one.
 *
 * @param port  the port the generated configurations listen on (80 for a department's server)
 * @param bind  the address they listen on, as an IP literal; empty for every address the host has
 * @param force write into a folder that is not empty, replacing the files an export writes
 */
public record ExportOptions(int port, Optional<String> bind, boolean force) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    public ExportOptions {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException(Messages.get("mirror.export.badPort", Integer.toString(port)));
        }
        bind = bind == null ? Optional.empty() : bind;
    }

    /**
     * Options from the command line, the address checked and written the way both servers read it.
     *
     * @param bind an IPv4 or IPv6 literal, or null; host names are refused so that no lookup happens here and
     *             the configuration does not depend on DNS when the server starts
     * @throws IllegalArgumentException saying what is wrong
     */
    public static ExportOptions of(int port, String bind, boolean force) {
        return new ExportOptions(port, Optional.ofNullable(bind).map(ExportOptions::literal), force);
    }

    private static String literal(String text) {
        String t = text.strip();
        try {
            if (IPV4.matcher(t).matches()) {
                byte[] octets = new byte[4];
                String[] parts = t.split("\\.");
                for (int i = 0; i < 4; i++) {
                    int n = Integer.parseInt(parts[i]);
                    if (n > 255) {
                        throw new UnknownHostException(t);
                    }
                    octets[i] = (byte) n;
                }
                return InetAddress.getByAddress(octets).getHostAddress();
            }
            if (IPV6.matcher(t).matches()) {
                InetAddress.getByName("[" + t + "]"); // in brackets it is only parsed, never looked up
                return t;
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(Messages.get("mirror.export.badAddress", text));
        }
        throw new IllegalArgumentException(Messages.get("mirror.export.nameNotAddress", text));
    }

    /** The address and port as both servers write them: {@code 80}, {@code 127.0.0.1:8080}, {@code [::1]:80}. */
    String listen() {
        return bind.map(b -> (b.contains(":") ? "[" + b + "]" : b) + ":" + port).orElse(Integer.toString(port));
    }
}
