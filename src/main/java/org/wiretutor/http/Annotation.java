package org.wiretutor.http;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.wiretutor.text.Escape;

/**
 * One explained part of a message, in wire order.
 *
 * <p>{@code raw} holds the exact bytes of the part as they crossed the wire (for bodies and chunk data only a bounded
 * preview); it is copied on the way in so that annotations can be kept and compared safely. {@code display} tells the
 * renderer whether {@code raw} reads as text or needs a hex dump. The title (like every {@link Detail}) passes through
 * {@link Escape#string}: explainers escape the wire text they quote, and this guard keeps one they missed harmless.
 *
 * <p>{@code utf8} is true for text whose Content-Type declares {@code charset=utf-8}: a preview may then show
 * {@code raw} decoded, as {@link Escape#bytes} does (controls and bidi escaped, bytes that do not decode as
 * {@code \xNN}); otherwise it shows exact bytes, as {@link Escape#wire} does.
 */
public record Annotation(Kind kind, byte[] raw, String title, List<Detail> details, Severity severity, Display display,
                         boolean utf8) {

    public Annotation {
        Objects.requireNonNull(kind, "kind");
        raw = raw == null ? new byte[0] : raw.clone();
        title = Escape.string(Objects.requireNonNullElse(title, ""));
        details = details == null ? List.of() : List.copyOf(details);
        severity = Objects.requireNonNullElse(severity, Severity.INFO);
        display = Objects.requireNonNullElse(display, Display.TEXT);
    }

    /** Bytes shown exactly, never decoded. */
    public Annotation(Kind kind, byte[] raw, String title, List<Detail> details, Severity severity, Display display) {
        this(kind, raw, title, details, severity, display, false);
    }

    /** The shape from the project brief: shown as text. */
    public Annotation(Kind kind, byte[] raw, String title, List<Detail> details, Severity severity) {
        this(kind, raw, title, details, severity, Display.TEXT, false);
    }

    /** The first detail about this topic, if any: how code finds a detail, whatever its label says. */
    public java.util.Optional<String> detail(Detail.Topic topic) {
        return details.stream().filter(d -> d.topic() == topic).map(Detail::text).findFirst();
    }

    /** The first detail with this label, if any: what a reader sees, for tests; code asks by {@link Detail.Topic}. */
    public java.util.Optional<String> detail(String label) {
        return details.stream().filter(d -> d.label().equals(label)).map(Detail::text).findFirst();
    }

    /** All detail texts joined, handy for searching in tests and logs. */
    public String detailText() {
        StringBuilder sb = new StringBuilder();
        for (Detail d : details) {
            sb.append(d.label()).append(": ").append(d.text()).append('\n');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Annotation a && kind == a.kind && Arrays.equals(raw, a.raw) && title.equals(a.title)
                && details.equals(a.details) && severity == a.severity && display == a.display && utf8 == a.utf8;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, Arrays.hashCode(raw), title, details, severity, display, utf8);
    }

    @Override
    public String toString() {
        return kind + "[" + severity + "," + display + (utf8 ? ",utf-8" : "") + "] " + title + " raw=\"" + Escape.wire(raw) + "\" " + details;
    }
}
