package org.wiretutor.http;

import java.util.Locale;
import java.util.Set;
import org.wiretutor.text.Messages;

/**
 * One-line explanations of response header fields, for a beginner, from the catalogue ({@code http.header.NAME}).
 * Lookup is case-insensitive, because field names are (RFC 9110 §5.1). An ETag's value is read further, by
 * {@link EtagExplainer}: how it was built depends on the server that sent it.
 */
public final class HeaderGlossary {
    private HeaderGlossary() {
    }

    /** The fields with a note of their own, by lower-case name; the note is {@code http.header.NAME}. */
    private static final Set<String> KNOWN = Set.of("date", "server", "last-modified", "etag", "accept-ranges",
            "content-length", "content-type", "cache-control", "pragma", "expires", "connection", "keep-alive",
            "transfer-encoding", "location", "set-cookie", "vary", "content-encoding", "allow", "content-range",
            "content-language", "content-disposition", "age", "retry-after", "www-authenticate",
            "strict-transport-security", "upgrade", "trailer", "access-control-allow-origin", "x-content-type-options",
            "x-frame-options");

    /** Every field with a note of its own, lower case. */
    static Set<String> known() {
        return KNOWN;
    }

    /** The one-line explanation for a field, or a generic note for fields we do not describe. */
    public static String explain(String name, String value) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (KNOWN.contains(key)) {
            return Messages.get("http.header." + key);
        }
        return key.startsWith("x-") ? Messages.get("http.header.nonstandard") : Messages.get("http.header.unknown");
    }

    /** True if we have a specific explanation for this field. */
    public static boolean isKnown(String name) {
        return name != null && KNOWN.contains(name.trim().toLowerCase(Locale.ROOT));
    }
}
