package org.wiretutor.mirror;

import java.util.Locale;

/**
 * What a Range header asks of a file of a given size. Only one range is honoured; anything the mirror does not
 * understand (other units, several ranges, bad syntax) means "send the whole file", which RFC 9110 §14.2 allows.
 */
sealed interface ByteRange {

    record Whole() implements ByteRange {
    }

    record Slice(long first, long last) implements ByteRange {
        long length() {
            return last - first + 1;
        }
    }

    record Unsatisfiable() implements ByteRange {
    }

    static ByteRange parse(String header, long size) {
        String spec = header.trim();
        if (!spec.toLowerCase(Locale.ROOT).startsWith("bytes=")) {
            return new Whole();
        }
        spec = spec.substring("bytes=".length()).trim();
        if (spec.contains(",")) {
            return new Whole();
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        String from = spec.substring(0, dash).trim();
        String to = spec.substring(dash + 1).trim();
        if (from.isEmpty()) {
            if (!isNumber(to)) {
                return new Whole();
            }
            long suffix = Long.parseLong(to);
            if (suffix == 0 || size == 0) {
                return new Unsatisfiable();
            }
            return new Slice(Math.max(0, size - suffix), size - 1);
        }
        if (!isNumber(from) || !(to.isEmpty() || isNumber(to))) {
            return new Whole();
        }
        long first = Long.parseLong(from);
        if (!to.isEmpty() && Long.parseLong(to) < first) {
            return new Whole();
        }
        long last = to.isEmpty() ? size - 1 : Long.parseLong(to);
        if (first >= size) {
            return new Unsatisfiable();
        }
        return new Slice(first, Math.min(last, size - 1));
    }

    private static boolean isNumber(String s) {
        return s.matches("\\d{1,18}");
    }
}
