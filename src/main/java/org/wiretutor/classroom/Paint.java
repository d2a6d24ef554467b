package org.wiretutor.classroom;

import java.util.List;
import org.wiretutor.text.Escape;

/** ANSI colour for the few things worth colouring on a projector, or nothing at all when {@code on} is false. */
record Paint(boolean on) {
    private static final String RESET = "\u001b[0m";
    private static final List<String> OWN =
            List.of("\u001b[1;33m", "\u001b[1;31m", "\u001b[1;32m", "\u001b[2m", RESET);

    String mistake(String s) {
        return wrap("1;33", s);
    }

    String status(int status, String s) {
        return wrap(status >= 400 ? "1;31" : "1;32", s);
    }

    String quiet(String s) {
        return wrap("2", s);
    }

    private String wrap(String code, String s) {
        return on ? "\u001b[" + code + "m" + s + RESET : s;
    }

    /**
     * The live view's last guard before the projector: every unsafe character escaped (see {@link Escape#string})
     * except the colour sequences this class writes itself. A line from the view is text plus these, nothing else.
     */
    static String safe(String line) {
        if (Escape.firstUnsafe(line) < 0) return line;
        StringBuilder out = new StringBuilder(line.length() + 16);
        int i = 0;
        while (i < line.length()) {
            String own = ownSequenceAt(line, i);
            if (own != null) {
                out.append(own);
                i += own.length();
                continue;
            }
            int next = i + 1;
            while (next < line.length() && line.charAt(next) != '\u001b') next++;
            out.append(Escape.string(line.substring(i, next)));
            i = next;
        }
        return out.toString();
    }

    private static String ownSequenceAt(String line, int i) {
        for (String own : OWN) {
            if (line.startsWith(own, i)) return own;
        }
        return null;
    }
}
