package org.wiretutor.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text that did not come from wiretutor itself — bytes from a server, a client of {@code serve}, a graded program, a
 * lesson folder or a file in the learner's home — kept as such until it is shown. Its only rendering is
 * {@link #shown()}, which goes through {@link Escape}; {@link #toString()} renders the same way, so even string
 * concatenation cannot put a raw control sequence on a screen. Protocol code that needs the exact bytes asks for
 * {@link #bytes()} by name.
 */
public final class Foreign {
    private final byte[] bytes;

    private Foreign(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Bytes as received. */
    public static Foreign of(byte[] bytes) {
        return new Foreign(bytes == null ? new byte[0] : bytes.clone());
    }

    /** A string the HTTP parser decoded byte for byte (ISO-8859-1): a header name or value, a reason phrase. */
    public static Foreign latin1(String s) {
        if (s == null) return new Foreign(new byte[0]);
        return Escape.isByteString(s) ? new Foreign(s.getBytes(StandardCharsets.ISO_8859_1)) : text(s);
    }

    /** Text already decoded from UTF-8 (a lesson file, a program's output, a stored id). */
    public static Foreign text(String s) {
        return new Foreign(s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8));
    }

    /** The one way to show it: decoded where it is valid UTF-8, every control, C1, bidi and stray byte escaped. */
    public String shown() {
        return Escape.bytes(bytes);
    }

    /** The exact bytes, for parsing and counting; never for display. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /** The same as {@link #shown()}: a {@code Foreign} in a string is always escaped. */
    @Override
    public String toString() {
        return shown();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Foreign f && Arrays.equals(bytes, f.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
