package org.wiretutor.mirror;

/**
 * One header field of a request or a reply, name as sent (compare case-insensitively), value with surrounding
 * whitespace removed. (Not {@code org.wiretutor.http.HeaderField}, which keeps the raw bytes a learner typed.)
 */
record Field(String name, String value) {

    boolean is(String other) {
        return name.equalsIgnoreCase(other);
    }
}
