package org.wiretutor.http.core;

import java.util.Objects;
import java.util.Optional;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;

/**
 * One finding about the bytes of a request: what kind it is, the byte it points at and the line it is on. No words:
 * {@link #words()} and {@link #label()} look them up in the catalogue, for display only.
 *
 * @param kind    what was found
 * @param offset  the byte it points at, counting from 0 at the start of its line until a head parser places it in
 *                the head; -1 when it is about no one byte
 * @param line    the line of the head it is on, counting from 1; 0 when it is about the whole head or connection
 * @param column  the byte of its line it points at, counting from 1; 0 when none
 * @param subject the bytes it is about, one character per byte (ISO-8859-1), e.g. the method {@code get}, the
 *                version {@code HTTP/2.0} or a header name; empty when none. Escaped whenever it is shown.
 */
public record Diagnosis(DiagnosisKind kind, long offset, int line, int column, String subject) {

    public Diagnosis {
        Objects.requireNonNull(kind, "kind");
        subject = subject == null ? "" : subject;
    }

    /** A finding about the whole head or connection, about {@code subject} (e.g. a limit). */
    public static Diagnosis of(DiagnosisKind kind, String subject) {
        return new Diagnosis(kind, -1, 0, 0, subject);
    }

    /** A finding about the whole head or connection. */
    public static Diagnosis of(DiagnosisKind kind) {
        return new Diagnosis(kind, -1, 0, 0, "");
    }

    /** A finding at {@code offset} of a line, about {@code subject}. */
    static Diagnosis at(DiagnosisKind kind, long offset, String subject) {
        return new Diagnosis(kind, offset, 1, offset < 0 ? 0 : (int) offset + 1, subject);
    }

    /** The same finding placed in a head: its line, and its offset counted from the head's first byte. */
    public Diagnosis placed(int lineNumber, long lineStart) {
        return new Diagnosis(kind, offset < 0 ? lineStart : lineStart + offset, lineNumber, column, subject);
    }

    /** This finding in a sentence, from the catalogue's {@code diagnosis} family. */
    public String words() {
        return text("diagnosis");
    }

    /** The short form a log line and a tally use, e.g. {@code bare LF line ending}. */
    public String label() {
        return text("label");
    }

    /**
     * This finding in the words of one catalogue family ({@code family.KIND}, or {@code family.KIND.nameless} when it
     * has no subject and the catalogue has that key): {@code {0}} is the subject escaped, {@code {1}} the position in
     * its line counting from 1, {@code {2}} the subject as a number, {@code {3}} the name of the header meant (see
     * {@link #meantHeader()}), or empty.
     */
    public String text(String family) {
        String key = family + "." + kind.name();
        if (subject.isEmpty() && Messages.has(key + ".nameless")) {
            key += ".nameless";
        }
        return Messages.get(key, Escape.latin1(subject), column, count(),
                meantHeader().map(WellKnownHeader::fieldName).orElse(""));
    }

    /**
     * For a {@link DiagnosisKind#HEADER_NAME_NEAR_MISS}, the well-known header its subject is a typo of (or, on a line
     * without a colon, is); empty for every other kind. Read from the subject, the name as typed.
     */
    public Optional<WellKnownHeader> meantHeader() {
        if (kind != DiagnosisKind.HEADER_NAME_NEAR_MISS) {
            return Optional.empty();
        }
        String name = subject.endsWith(":") ? subject.substring(0, subject.length() - 1) : subject;
        return WellKnownHeader.nearest(name);
    }

    /** The subject as a whole number (a limit), or 0 when it is not one. */
    private long count() {
        return subject.matches("\\d{1,18}") ? Long.parseLong(subject) : 0;
    }
}
