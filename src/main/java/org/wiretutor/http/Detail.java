package org.wiretutor.http;

import java.util.Objects;
import org.wiretutor.text.Escape;

/** One labelled line of explanation, e.g. ("code", "200 — OK: ..."); never holds a control character (see {@link Escape}). */
public record Detail(String label, String text) {
    public Detail {
        label = Escape.string(Objects.requireNonNullElse(label, ""));
        text = Escape.string(Objects.requireNonNullElse(text, ""));
    }

    @Override
    public String toString() {
        return label + ": " + text;
    }
}
