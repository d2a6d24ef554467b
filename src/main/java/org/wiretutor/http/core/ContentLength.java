package org.wiretutor.http.core;

/** Reads a Content-Length value strictly: digits only; a list of identical numbers ("167, 167") is tolerated. */
public final class ContentLength {
    private ContentLength() {
    }

    /** The length, or null if the value is not valid (empty, non-digits, too big, or a list that disagrees). */
    public static Long parse(String value) {
        if (value == null) {
            return null;
        }
        Long result = null;
        for (String part : value.split(",", -1)) {
            String p = part.strip();
            if (p.isEmpty() || p.length() > 18) {
                return null;
            }
            for (int i = 0; i < p.length(); i++) {
                if (p.charAt(i) < '0' || p.charAt(i) > '9') {
                    return null;
                }
            }
            long n = Long.parseLong(p);
            if (result != null && result != n) {
                return null;
            }
            result = n;
        }
        return result;
    }
}
