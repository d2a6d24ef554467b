package org.wiretutor.http;

import java.util.Locale;
import java.util.Map;

/**
 * One-line explanations of response header fields, for a beginner. Lookup is case-insensitive, because field names
 * are (RFC 9110 §5.1). Some explanations look at the value, e.g. an Apache ETag's size.
 */
public final class HeaderGlossary {
    private HeaderGlossary() {
    }

    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("date", "When the server made this reply, in GMT. Clients use it to reason about caching."),
            Map.entry("server", "Which server software answered. Informational only; nothing depends on it."),
            Map.entry("last-modified", "When the file last changed on the server. Send it back in If-Modified-Since to get a 304 if it has not changed."),
            Map.entry("etag", "A tag that changes whenever the content changes. Send it back in If-None-Match to get a 304 if your copy is current."),
            Map.entry("accept-ranges", "\"bytes\" means you may ask for just part of the file with a Range header; \"none\" means you may not."),
            Map.entry("content-length", "How many bytes of body follow the blank line. The client reads exactly that many."),
            Map.entry("content-type", "What kind of data the body is (a media type), and for text often its charset."),
            Map.entry("cache-control", "Rules for caches (browser, proxies): whether and how long they may keep and reuse this reply."),
            Map.entry("pragma", "An old HTTP/1.0 cache switch; \"no-cache\" asks caches to check with the server first. Cache-Control replaces it."),
            Map.entry("expires", "After this moment the reply counts as stale. A date in the past means \"already stale, do not reuse\"."),
            Map.entry("connection", "What happens to the TCP connection after this reply: \"close\" means the server will hang up; \"keep-alive\" means it stays open for another request."),
            Map.entry("keep-alive", "How long (timeout, seconds) and for how many more requests (max) the server keeps the connection open."),
            Map.entry("transfer-encoding", "How the body is packaged for the trip. \"chunked\" means it comes in pieces, each preceded by its size in hex, ending with a 0-size chunk."),
            Map.entry("location", "The address to go to next (for redirects) or of the thing just created."),
            Map.entry("set-cookie", "Asks the client to store a cookie and send it back in a Cookie header on later requests."),
            Map.entry("vary", "Which request headers changed the answer; caches must keep separate copies per value of these."),
            Map.entry("content-encoding", "The body is compressed (e.g. gzip); the client must decompress it to get the real content."),
            Map.entry("allow", "The methods this resource accepts; sent with 405 and 501 replies."),
            Map.entry("content-range", "Which bytes of the whole file this partial body holds, and the file's full size (\"bytes first-last/total\")."),
            Map.entry("content-language", "The human language of the content, e.g. en."),
            Map.entry("content-disposition", "Whether to show the body or save it as a download, and a suggested file name."),
            Map.entry("age", "How many seconds this reply has sat in a cache on the way to you."),
            Map.entry("retry-after", "How long to wait before trying again (seconds or a date)."),
            Map.entry("www-authenticate", "How to log in to get this resource (sent with 401)."),
            Map.entry("strict-transport-security", "Tells browsers to use only HTTPS for this site from now on."),
            Map.entry("upgrade", "The protocol the server offers or switches to (e.g. with 101)."),
            Map.entry("trailer", "Names the fields that will come as trailers after a chunked body."),
            Map.entry("access-control-allow-origin", "Which other web sites' scripts may read this reply (CORS)."),
            Map.entry("x-content-type-options", "\"nosniff\" tells browsers to trust Content-Type and not guess the type."),
            Map.entry("x-frame-options", "Whether other sites may show this page inside a frame."));

    /** The one-line explanation for a field, or a generic note for fields we do not describe. */
    public static String explain(String name, String value) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        String text = TEXTS.get(key);
        if (text == null) {
            if (key.startsWith("x-")) {
                return "A non-standard (\"X-\") field this server adds; HTTP itself gives it no meaning.";
            }
            return "A field we have no note for. Unknown fields are allowed; a client that does not understand one ignores it.";
        }
        if (key.equals("etag")) {
            String size = apacheEtagSize(value);
            if (size != null) {
                text += " On Apache the hex before the dash is the size: " + size + ".";
            }
        }
        return text;
    }

    /** True if we have a specific explanation for this field. */
    public static boolean isKnown(String name) {
        return name != null && TEXTS.containsKey(name.trim().toLowerCase(Locale.ROOT));
    }

    /** For an Apache-style ETag "a7-54f6609245537" returns "a7 hex = 167 bytes"; null if not that shape. */
    static String apacheEtagSize(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() < 2 || v.charAt(0) != '"' || v.charAt(v.length() - 1) != '"') {
            return null;
        }
        String[] parts = v.substring(1, v.length() - 1).split("-");
        if (parts.length < 2 || parts[0].isEmpty() || parts[0].length() > 12 || !parts[0].matches("[0-9a-fA-F]+")) {
            return null;
        }
        long n = Long.parseLong(parts[0], 16);
        return parts[0] + " hex = " + n + " byte" + (n == 1 ? "" : "s");
    }
}
