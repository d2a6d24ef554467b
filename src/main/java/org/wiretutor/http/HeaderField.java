package org.wiretutor.http;

import java.util.Objects;

/**
 * One header (or trailer) field: name as sent, value with surrounding whitespace removed (folded lines joined with a
 * single space), and the raw line(s) as they crossed the wire.
 */
public record HeaderField(String name, String value, byte[] raw) {
    public HeaderField {
        name = Objects.requireNonNullElse(name, "");
        value = Objects.requireNonNullElse(value, "");
        raw = raw == null ? new byte[0] : raw.clone();
    }

    /** Field names are case-insensitive (RFC 9110 §5.1). */
    public boolean is(String other) {
        return name.equalsIgnoreCase(other);
    }

    @Override
    public String toString() {
        return name + ": " + value;
    }
}
