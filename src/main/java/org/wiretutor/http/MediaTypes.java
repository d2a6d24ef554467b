package org.wiretutor.http;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Names a file type from its first bytes ("magic numbers"), so a binary body can be identified even when the
 * Content-Type is missing or wrong. Also decides whether bytes look like text.
 */
public final class MediaTypes {
    private MediaTypes() {
    }

    /** Magic bytes → a human name such as "PNG image"; empty if the start is not recognised. */
    public static Optional<String> sniff(byte[] p) {
        if (p == null || p.length == 0) {
            return Optional.empty();
        }
        if (starts(p, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("PNG image");
        }
        if (starts(p, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("JPEG image");
        }
        if (startsAscii(p, "GIF87a") || startsAscii(p, "GIF89a")) {
            return Optional.of("GIF image");
        }
        if (startsAscii(p, "%PDF-")) {
            return Optional.of("PDF document");
        }
        if (starts(p, 'P', 'K', 3, 4) || starts(p, 'P', 'K', 5, 6) || starts(p, 'P', 'K', 7, 8)) {
            return Optional.of("ZIP archive");
        }
        if (starts(p, 0x1F, 0x8B)) {
            return Optional.of("gzip-compressed data");
        }
        if (p.length >= 12 && startsAscii(p, "RIFF") && ascii(p, 8, 4).equals("WEBP")) {
            return Optional.of("WebP image");
        }
        if (startsAscii(p, "BZh")) {
            return Optional.of("bzip2-compressed data");
        }
        if (starts(p, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return Optional.of("7-Zip archive");
        }
        if (starts(p, 0x00, 0x00, 0x01, 0x00)) {
            return Optional.of("Windows icon (ICO)");
        }
        if (startsAscii(p, "wOFF") || startsAscii(p, "wOF2")) {
            return Optional.of("web font (WOFF)");
        }
        if (starts(p, 0x00, 'a', 's', 'm')) {
            return Optional.of("WebAssembly module");
        }
        if (starts(p, 0x7F, 'E', 'L', 'F')) {
            return Optional.of("ELF executable");
        }
        if (startsAscii(p, "ID3")) {
            return Optional.of("MP3 audio");
        }
        if (startsAscii(p, "OggS")) {
            return Optional.of("Ogg audio/video");
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
