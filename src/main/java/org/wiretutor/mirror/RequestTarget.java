package org.wiretutor.mirror;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import org.wiretutor.text.Messages;

/**
 * Turns a request target into the decoded path it asks for. Accepts origin form ({@code /romeo.txt}), absolute
 * form with any host ({@code http://data.pr4e.org/romeo.txt} — the mirror stands in for every host) and
 * {@code *} for OPTIONS. The result is only ever used as a key into
 * {@link org.wiretutor.mirror.pages.MirrorFiles}, never as a file path.
 */
final class RequestTarget {

    private RequestTarget() {
    }

    /** Where a target leads once resolved as Apache resolves it: a path to look up, or a flaw to answer. */
    sealed interface Resolution {
    }

    /** A normalised path ({@code /romeo.txt}, {@code /}) or {@code *}: a key to look up. */
    record Path(String path) implements Resolution {
    }

    /** A target answered for its flaw, without any lookup. */
    record Invalid(Flaw flaw) implements Resolution {

        /** The status Apache answers the flaw with. */
        int status() {
            return flaw.status;
        }

        /** The sentence for the error page. */
        String explanation() {
            return flaw.explanation();
        }
    }

    /** What is wrong with a target that Apache refuses before looking for a file, typed; the words come after. */
    enum Flaw {
        /** Neither a path nor an http(s) URL, or a broken or NUL %XX escape: 400. */
        MALFORMED(400),
        /** A {@code ..} segment that would climb above /: 400. */
        ABOVE_ROOT(400),
        /** An encoded slash, {@code %2F}, which Apache's AllowEncodedSlashes Off answers with 404. */
        ENCODED_SLASH(404);

        private final int status;

        Flaw(int status) {
            this.status = status;
        }

        String explanation() {
            return switch (this) {
                case MALFORMED -> Messages.get("mirror.page.malformedTarget");
                case ABOVE_ROOT -> Messages.get("mirror.page.aboveRoot");
                case ENCODED_SLASH -> Messages.get("mirror.page.encodedSlash");
            };
        }
    }

    /**
     * Resolves a target the way Apache 2.4 (and nginx) do before looking for a file: %XX escapes decoded, runs of
     * slashes merged, {@code .} and {@code ..} segments removed ({@code /x/../romeo.txt} is {@code /romeo.txt});
     * a {@code ..} that would climb above / is a 400, and an encoded slash a 404 (Apache's AllowEncodedSlashes
     * Off), so {@code /x/..%2fromeo.txt} never reaches a file.
     */
    static Resolution resolve(String target) {
        Optional<String> raw = rawPath(target);
        if (raw.isEmpty()) {
            return new Invalid(Flaw.MALFORMED);
        }
        if (raw.get().equals("*")) {
            return new Path("*");
        }
        if (raw.get().toLowerCase(Locale.ROOT).contains("%2f")) {
            return new Invalid(Flaw.ENCODED_SLASH);
        }
        Optional<String> decoded = percentDecode(raw.get());
        if (decoded.isEmpty()) {
            return new Invalid(Flaw.MALFORMED);
        }
        return withoutDotSegments(decoded.get().replaceAll("/{2,}", "/"))
                .<Resolution>map(Path::new)
                .orElse(new Invalid(Flaw.ABOVE_ROOT));
    }

    /**
     * RFC 3986's remove_dot_segments on an absolute path, with Apache's rule that {@code ..} at the top is an
     * error rather than ignored. A path ending in {@code .} or {@code ..} names a folder, so keeps its final slash.
     */
    private static Optional<String> withoutDotSegments(String path) {
        String[] segments = path.substring(1).split("/", -1);
        Deque<String> kept = new ArrayDeque<>();
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if (s.equals(".") || s.equals("..")) {
                if (s.equals("..")) {
                    if (kept.isEmpty()) {
                        return Optional.empty();
                    }
                    kept.removeLast();
                }
                if (last) {
                    kept.addLast("");
                }
            } else {
                kept.addLast(s);
            }
        }
        return Optional.of("/" + String.join("/", kept));
    }

    /** The decoded path as sent, dot segments and all, or empty when the target is malformed (answered 400). */
    static Optional<String> path(String target) {
        return rawPath(target).flatMap(p -> p.equals("*") ? Optional.of(p) : percentDecode(p));
    }

    /** The path part of a target, still encoded, without query or fragment; {@code *} as it is. */
    private static Optional<String> rawPath(String target) {
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
        return Optional.of(rest);
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
