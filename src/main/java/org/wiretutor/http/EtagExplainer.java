package org.wiretutor.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wiretutor.http.core.ContentLength;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;

/**
 * Reads an ETag the way the server that sent it builds one, which the Server header of the same reply names. Apache's
 * default ({@code FileETag MTime Size}) is {@code "SIZE-MTIME"}, the modification time in microseconds since the
 * epoch, both hex ({@code "a7-54f6609245537"}; Apache 2.2 put the inode first, and mod_deflate or mod_brotli append
 * {@code -gzip} or {@code -br}). nginx's is {@code "MTIME-SIZE"}, the time in seconds, both hex
 * ({@code "5916ec6e-a7"}). Any other server's tag, a tag of another shape, or one with no Server header to say who made
 * it, is read as opaque: nothing is computed from it. The words are the catalogue's {@code http.etag.*}.
 *
 * <p>Needs the whole head: Server may come after the ETag, and Content-Length (to check the size against) does come
 * after it from Apache. {@link ResponseAnnotator} holds an ETag's part back until the head has ended.
 */
final class EtagExplainer {
    private EtagExplainer() {
    }

    /** Modification times outside these years are not read as one: the tag is not what the server makes for a file. */
    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
    /** The longest Server value quoted. */
    private static final int SERVER_SHOWN = 40;
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'UTC'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MICROSECONDS =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss.SSSSSS 'UTC'", Locale.US).withZone(ZoneOffset.UTC);

    private enum Maker { APACHE, NGINX, OTHER, UNNAMED }

    /** Detail labels of an ETag's reading. */
    static final String ETAG_FORMAT = "format";
    static final String ETAG_SIZE = "size";
    static final String ETAG_CHANGED = "changed";
    static final String ETAG_INODE = "inode";
    static final String ETAG_SUFFIX = "suffix";
    static final String ETAG_WEAK = "weak";

    /**
     * The details that explain this ETag value, after the field's "means".
     *
     * @param head every field of the reply's head known when the explanation is made (all of them once it has ended)
     */
    static List<Detail> details(String value, List<HeaderField> head) {
        List<Detail> d = new ArrayList<>();
        String v = value == null ? "" : value.strip();
        boolean weak = v.startsWith("W/");
        if (weak) {
            v = v.substring(2);
        }
        String tag = v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : null;
        String server = first(head, "Server");
        Maker maker = maker(server);
        String shown = server == null ? "" : shown(server);
        boolean read = switch (maker) {
            case APACHE -> apache(tag, shown, head, d);
            case NGINX -> nginx(tag, shown, head, d);
            case OTHER -> {
                d.add(new Detail(ETAG_FORMAT, Messages.get("http.etag.opaque.server", shown)));
                yield false;
            }
            case UNNAMED -> {
                d.add(new Detail(ETAG_FORMAT, Messages.get("http.etag.opaque.unnamed")));
                yield false;
            }
        };
        if (weak) {
            String weakText = Messages.get("http.etag.weak");
            String why = maker == Maker.APACHE ? "http.etag.weak.apache" : "http.etag.weak.nginx";
            d.add(new Detail(ETAG_WEAK, read ? Messages.get(why, weakText) : weakText));
        }
        return d;
    }

    /** Apache's size-mtime (or inode-size-mtime), with an optional -gzip/-br; false, and an opaque reading, otherwise. */
    private static boolean apache(String tag, String server, List<HeaderField> head, List<Detail> d) {
        String[] parts = tag == null ? new String[0] : tag.split("-", -1);
        String suffix = null;
        if (parts.length >= 3 && (parts[parts.length - 1].equals("gzip") || parts[parts.length - 1].equals("br"))) {
            suffix = parts[parts.length - 1];
            parts = java.util.Arrays.copyOf(parts, parts.length - 1);
        }
        boolean inode = parts.length == 3;
        if (parts.length < 2 || parts.length > 3 || !allHex(parts)) {
            d.add(new Detail(ETAG_FORMAT, Messages.get("http.etag.opaque.apache", server)));
            return false;
        }
        String sizeHex = parts[parts.length - 2];
        String timeHex = parts[parts.length - 1];
        long micros = Long.parseLong(timeHex, 16);
        Instant changed = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
        if (!plausible(changed)) {
            d.add(new Detail(ETAG_FORMAT, Messages.get("http.etag.opaque.apache", server)));
            return false;
        }
        d.add(new Detail(ETAG_FORMAT, Messages.get(inode ? "http.etag.apache.inode" : "http.etag.apache", server)));
        if (inode) {
            d.add(new Detail(ETAG_INODE, Messages.get("http.etag.inode", parts[0], Long.parseLong(parts[0], 16))));
        }
        d.add(new Detail(ETAG_SIZE, size(sizeHex, head)));
        d.add(new Detail(ETAG_CHANGED, sameSecond(Messages.get("http.etag.microseconds", timeHex,
                MICROSECONDS.format(changed)), changed, head)));
        if (suffix != null) {
            d.add(new Detail(ETAG_SUFFIX, Messages.get("http.etag.suffix", suffix)));
        }
        return true;
    }

    /** nginx's mtime-size; false, and an opaque reading, for any other shape (e.g. a tag passed on from behind). */
    private static boolean nginx(String tag, String server, List<HeaderField> head, List<Detail> d) {
        String[] parts = tag == null ? new String[0] : tag.split("-", -1);
        if (parts.length != 2 || !allHex(parts)) {
            d.add(new Detail(ETAG_FORMAT, Messages.get("http.etag.opaque.nginx", server)));
            return false;
        }
        long seconds = Long.parseLong(parts[0], 16);
        Instant changed = Instant.ofEpochSecond(Math.min(seconds, LATEST.getEpochSecond()));
        if (!plausible(changed)) {
            d.add(new Detail(ETAG_FORMAT, Messages.get("http.etag.opaque.nginx", server)));
            return false;
        }
        d.add(new Detail(ETAG_FORMAT, Messages.get("http.etag.nginx", server)));
        d.add(new Detail(ETAG_CHANGED, sameSecond(Messages.get("http.etag.seconds", parts[0], seconds,
                SECONDS.format(changed)), changed, head)));
        d.add(new Detail(ETAG_SIZE, size(parts[1], head)));
        return true;
    }

    /** The size sentence, and how it compares with Content-Length when the head has one. */
    private static String size(String hex, List<HeaderField> head) {
        long n = Long.parseLong(hex, 16);
        String text = Messages.get("http.etag.size", hex, n);
        String lengthValue = first(head, "Content-Length");
        Long length = lengthValue == null ? null : ContentLength.parse(lengthValue);
        if (length == null) {
            return text;
        }
        if (length == n) {
            return Messages.get("http.etag.size.agrees", text, length);
        }
        String encoding = first(head, "Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
            return Messages.get("http.etag.size.compressed", text, length, shown(encoding));
        }
        return Messages.get(first(head, "Content-Range") != null ? "http.etag.size.part" : "http.etag.size.differs",
                text, length);
    }

    /** The sentence on when the file changed, and that Last-Modified names the same second when it does. */
    private static String sameSecond(String text, Instant changed, List<HeaderField> head) {
        String lastModified = first(head, "Last-Modified");
        if (lastModified == null) {
            return text;
        }
        try {
            Instant lm = Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(lastModified.strip()));
            return lm.equals(changed.truncatedTo(ChronoUnit.SECONDS))
                    ? Messages.get("http.etag.same.second", text) : text;
        } catch (java.time.DateTimeException e) {
            return text;
        }
    }

    /** Which server built the tag, from the product name that starts the Server value ("Apache/2.4.52 (Ubuntu)"). */
    private static Maker maker(String server) {
        if (server == null || server.isBlank()) {
            return Maker.UNNAMED;
        }
        String product = server.strip().split("[\\s/]", 2)[0];
        if (product.equalsIgnoreCase("Apache")) {
            return Maker.APACHE;
        }
        return product.equalsIgnoreCase("nginx") ? Maker.NGINX : Maker.OTHER;
    }

    /** The Server value's first word ("nginx/1.22.1"), escaped and cut short. */
    private static String shown(String value) {
        String word = value.strip().split("\\s", 2)[0];
        String cut = word.length() > SERVER_SHOWN ? word.substring(0, SERVER_SHOWN) + "…" : word;
        return Escape.latin1(cut);
    }

    private static boolean allHex(String[] parts) {
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 15 || !p.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128)) {
                return false;
            }
        }
        return true;
    }

    private static boolean plausible(Instant t) {
        return !t.isBefore(EARLIEST) && t.isBefore(LATEST);
    }

    private static String first(List<HeaderField> head, String name) {
        if (head == null) {
            return null;
        }
        for (HeaderField f : head) {
            if (f.is(name)) {
                return f.value();
            }
        }
        return null;
    }
}
