package org.wiretutor.http;

import java.util.Locale;
import java.util.Map;

/**
 * One-line explanations of response header fields, for a beginner. Lookup is case-insensitive, because field names
 * are (RFC 9110 §5.1). An ETag's value is read further, by {@link EtagExplainer}, with the sentences below
 * ({@code ETAG_*}): how it was built depends on the server that sent it.
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

    // ---------------------------------------------------------------- ETag: how the sending server built it

    /** Detail labels of an ETag's reading. */
    static final String ETAG_FORMAT = "format";
    static final String ETAG_SIZE = "size";
    static final String ETAG_CHANGED = "changed";
    static final String ETAG_INODE = "inode";
    static final String ETAG_SUFFIX = "suffix";
    static final String ETAG_WEAK = "weak";

    /** Each {@code %s} below that follows "Server:" is the first word of the Server value, e.g. "Apache/2.4.52". */
    static final String ETAG_APACHE =
            "Apache's (Server: %s): size-modification time, both in hex.";
    static final String ETAG_APACHE_INODE =
            "Apache's, with the inode first (Server: %s): inode-size-modification time, all in hex. Apache 2.2 built"
                    + " its tags this way by default.";
    static final String ETAG_NGINX =
            "nginx's (Server: %s): modification time-size, both in hex, the other way round from Apache.";
    /** The rest of every opaque reading: what a client does with a tag it cannot take apart. */
    private static final String ETAG_OPAQUE_TAIL = " it is only a name the server chose for this version of the content."
            + " A client never takes it apart or computes anything from it: it keeps the tag exactly as sent, quotes"
            + " included, and sends it back in If-None-Match.";
    private static final String ETAG_OPAQUE = "opaque, as HTTP means every tag to be. ";
    static final String ETAG_OPAQUE_SERVER = ETAG_OPAQUE
            + "Server: %s is neither Apache nor nginx, whose usual tags are taken apart here, so" + ETAG_OPAQUE_TAIL;
    static final String ETAG_OPAQUE_NO_SERVER = ETAG_OPAQUE
            + "No Server header names the program that made this one, so" + ETAG_OPAQUE_TAIL;
    static final String ETAG_OPAQUE_NOT_APACHE = ETAG_OPAQUE + "Server: %s, but the tag is not in the size-time shape"
            + " Apache gives the files it serves itself (a program running behind Apache chose it), so" + ETAG_OPAQUE_TAIL;
    static final String ETAG_OPAQUE_NOT_NGINX = ETAG_OPAQUE + "Server: %s, but the tag is not in the time-size shape"
            + " nginx gives the files it serves itself (a program or server behind nginx chose it), so" + ETAG_OPAQUE_TAIL;

    /** Hex digits, the number, "byte(s)". */
    static final String ETAG_SIZE_TEXT = "%s hex = %d %s, the file's size as stored on the server.";
    static final String ETAG_SIZE_AGREES = " Content-Length is %d too: they agree.";
    static final String ETAG_SIZE_DIFFERS = " Content-Length is %d: the body sent is not the stored file byte for byte";
    static final String ETAG_SIZE_COMPRESSED = " (it is compressed: Content-Encoding: %s).";
    static final String ETAG_SIZE_PART = " (only part of the file is sent: see Content-Range).";
    static final String ETAG_SIZE_OTHER = ".";
    /** Hex digits, the number, the instant (UTC). */
    static final String ETAG_MICROSECONDS =
            "%s hex = %d microseconds since 1 January 1970 = %s, when the file last changed.";
    static final String ETAG_SECONDS = "%s hex = %d seconds since 1 January 1970 = %s, when the file last changed.";
    static final String ETAG_SAME_AS_LAST_MODIFIED = " Last-Modified names the same second.";
    static final String ETAG_INODE_TEXT = "%s hex = %d, the file's inode number: where it lies on the server's disk.";
    static final String ETAG_SUFFIX_TEXT = "-%s was added by Apache's compression module: this body is the file"
            + " compressed (Content-Encoding), other bytes than the stored file, so it gets a tag of its own.";
    static final String ETAG_WEAK_TEXT = "W/ marks a weak tag: the server promises only that the content means the"
            + " same, not that every byte is the same. If-None-Match works with it all the same.";
    static final String ETAG_WEAK_APACHE = " Apache makes a tag weak when the file changed less than a second before"
            + " the reply: it could change again within that second without the tag changing.";
    static final String ETAG_WEAK_NGINX = " nginx makes a tag weak when it changes the file on the way, e.g."
            + " compresses it: the size in the tag is then the stored file's, not the size of what is sent.";

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
        return text;
    }

    /** True if we have a specific explanation for this field. */
    public static boolean isKnown(String name) {
        return name != null && TEXTS.containsKey(name.trim().toLowerCase(Locale.ROOT));
    }
}
