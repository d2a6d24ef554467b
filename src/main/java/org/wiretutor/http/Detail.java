package org.wiretutor.http;

import java.util.Objects;

/** One labelled line of explanation, e.g. ("code", "200 — OK: ..."). */
public record Detail(String label, String text) {
    public Detail {
        label = Objects.requireNonNullElse(label, "");
        text = Objects.requireNonNullElse(text, "");
    }

    @Override
    public String toString() {
        return label + ": " + text;
    }
}
