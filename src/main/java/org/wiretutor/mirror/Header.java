package org.wiretutor.mirror;

/** One header field, name as sent (compare case-insensitively), value with surrounding whitespace removed. */
record Header(String name, String value) {

    boolean is(String other) {
        return name.equalsIgnoreCase(other);
    }
}
