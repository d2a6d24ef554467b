package org.wiretutor.http;

import java.util.Objects;
import org.wiretutor.text.Escape;

/**
 * One labelled line of explanation, e.g. ("code", "200 — OK: ..."); never holds a control character (see {@link Escape}).
 * The label is words for the reader; a renderer that must find a particular detail asks for its {@link Topic}, never
 * its label, so a reworded or translated label changes nothing but the words.
 */
public record Detail(String label, String text, Topic topic) {

    /** What a detail is about, where a renderer treats it apart from the rest. */
    public enum Topic {
        /** Any explanation. */
        GENERAL,
        /** A body's bytes set against its characters: the count learners get wrong, kept on the first view. */
        CHARACTERS,
        /** What kind of data a binary body is, told from its bytes: kept on the first view beside its hex. */
        KIND
    }

    public Detail {
        label = Escape.string(Objects.requireNonNullElse(label, ""));
        text = Escape.string(Objects.requireNonNullElse(text, ""));
        topic = Objects.requireNonNullElse(topic, Topic.GENERAL);
    }

    /** A general detail. */
    public Detail(String label, String text) {
        this(label, text, Topic.GENERAL);
    }

    @Override
    public String toString() {
        return label + ": " + text;
    }
}
