package org.wiretutor.mirror;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a request target into the decoded path it asks for. Accepts origin form ({@code /romeo.txt}), absolute
 * form with any host ({@code http://data.pr4e.org/romeo.txt} — the mirror stands in for every host) and
 * {@code *} for OPTIONS. The result is only ever used as a key into {@link MirrorFiles}, never as a file path.
 */
final class RequestTarget {

    private RequestTarget() {
    }

    /** The decoded path, or empty when the target is malformed (answered 400). */
    static Optional<String> path(String target) {
        String rest = target;
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            String afterScheme = target.substring(target.indexOf("://") + 3);
            int slash = afterScheme.indexOf('/');
            String authority = slash < 0 ? afterScheme : afterScheme.substring(0, slash);
            if (authority.isEmpty() || authority.contains("@")) {
                return Optional.empty();
            }
            rest = slash < 0 ? "/" : afterScheme.substring(slash);
        } else if (target.equals("*")) {
            return Optional.of("*");
        } else if (!target.startsWith("/")) {
            return Optional.empty();
        }
        int query = indexOfAny(rest, "?#");
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        return percentDecode(rest);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Decodes %XX escapes; a broken escape or an encoded NUL makes the target malformed. */
    private static Optional<String> percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '%') {
                out.write(c);
                continue;
            }
            if (i + 2 >= s.length()) {
                return Optional.empty();
            }
            int hi = Character.digit(s.charAt(i + 1), 16);
            int lo = Character.digit(s.charAt(i + 2), 16);
            if (hi < 0 || lo < 0 || (hi == 0 && lo == 0)) {
                return Optional.empty();
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return Optional.of(out.toString(StandardCharsets.ISO_8859_1));
    }
}
