package org.wiretutor.http;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.wiretutor.text.Messages;

/**
 * Names a file type from its first bytes ("magic numbers"), so a binary body can be identified even when the
 * Content-Type is missing or wrong. Also decides whether bytes look like text.
 */
public final class MediaTypes {
    private MediaTypes() {
    }

    /** Magic bytes → a human name such as "PNG image" (the catalogue's {@code http.media.*}); empty if unknown. */
    public static Optional<String> sniff(byte[] p) {
        if (p == null || p.length == 0) {
            return Optional.empty();
        }
        if (starts(p, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return named("png");
        }
        if (starts(p, 0xFF, 0xD8, 0xFF)) {
            return named("jpeg");
        }
        if (startsAscii(p, "GIF87a") || startsAscii(p, "GIF89a")) {
            return named("gif");
        }
        if (startsAscii(p, "%PDF-")) {
            return named("pdf");
        }
        if (starts(p, 'P', 'K', 3, 4) || starts(p, 'P', 'K', 5, 6) || starts(p, 'P', 'K', 7, 8)) {
            return named("zip");
        }
        if (starts(p, 0x1F, 0x8B)) {
            return named("gzip");
        }
        if (p.length >= 12 && startsAscii(p, "RIFF") && ascii(p, 8, 4).equals("WEBP")) {
            return named("webp");
        }
        if (startsAscii(p, "BZh")) {
            return named("bzip2");
        }
        if (starts(p, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return named("7z");
        }
        if (starts(p, 0x00, 0x00, 0x01, 0x00)) {
            return named("ico");
        }
        if (startsAscii(p, "wOFF") || startsAscii(p, "wOF2")) {
            return named("woff");
        }
        if (starts(p, 0x00, 'a', 's', 'm')) {
            return named("wasm");
        }
        if (starts(p, 0x7F, 'E', 'L', 'F')) {
            return named("elf");
        }
        if (startsAscii(p, "ID3")) {
            return named("mp3");
        }
        if (startsAscii(p, "OggS")) {
            return named("ogg");
        }
        return Optional.empty();
    }

    /**
     * True if the bytes look like binary data rather than text: a NUL byte, or more than 1 in 10 bytes being control
     * characters other than tab, CR, LF, form feed and ESC. Bytes ≥ 0x80 count as text (UTF-8, Latin-1).
     */
    public static boolean looksBinary(byte[] b, int len) {
        if (b == null) {
            return false;
        }
        int n = Math.min(len, b.length);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != 0x1B || c == 0x7F) {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

    /** True for media types that carry text: text/*, JSON, XML, JavaScript, form data. */
    public static boolean isTextual(String mediaType) {
        if (mediaType == null) {
            return false;
        }
        String m = mediaType.toLowerCase(java.util.Locale.ROOT);
        return m.startsWith("text/") || m.endsWith("+json") || m.endsWith("+xml") || m.equals("application/json")
                || m.equals("application/xml") || m.equals("application/javascript")
                || m.equals("application/x-www-form-urlencoded") || m.equals("image/svg+xml");
    }

    private static Optional<String> named(String type) {
        return Optional.of(Messages.get("http.media." + type));
    }

    private static boolean starts(byte[] p, int... magic) {
        if (p.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((p[i] & 0xFF) != (magic[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsAscii(byte[] p, String s) {
        return p.length >= s.length() && ascii(p, 0, s.length()).equals(s);
    }

    private static String ascii(byte[] p, int off, int len) {
        return new String(p, off, Math.min(len, p.length - off), StandardCharsets.ISO_8859_1);
    }
}
