package org.wiretutor.http.core;

import java.util.List;

/**
 * One part of a reply as {@link ResponseParser} read it, in wire order, with the {@link Diagnosis diagnoses} about its
 * bytes. Each part starts at {@link #offset()}, counting from the reply's first byte (the first byte the parser was
 * fed); its diagnoses point at bytes the same way. Typed values only: the words are the annotator's.
 */
public sealed interface ResponsePart {

    /** Where the part starts, counting from the reply's first byte. */
    long offset();

    /** What was found in the part, in the order the annotator tells it. */
    List<Diagnosis> diagnoses();

    /** Whether a diagnosis of this kind was made about this part. */
    default boolean has(DiagnosisKind kind) {
        return diagnoses().stream().anyMatch(d -> d.kind() == kind);
    }

    /** The first diagnosis of this kind, or null. */
    default Diagnosis first(DiagnosisKind kind) {
        return diagnoses().stream().filter(d -> d.kind() == kind).findFirst().orElse(null);
    }

    /** The section a field line is in. */
    enum Section { HEADERS, TRAILERS }

    /** What a line was read as. */
    enum LineRole { STATUS_LINE, HEADER_LINE, TRAILER_LINE, CHUNK_SIZE_LINE }

    /** What an empty line ended. */
    enum BlankLineRole { END_OF_INTERIM_REPLY, END_OF_HEADERS, END_OF_CHUNKED_BODY }

    /** How chunk data ended. */
    enum ChunkEnd {
        CRLF,
        BARE_LF,
        /** Another byte where its CR LF belonged. */
        WRONG_BYTE,
        /** The connection closed first. */
        CUT
    }

    /** How a body ended. */
    enum Outcome { COMPLETE, CLOSED, IN_PROGRESS }

    /** Why the parser stopped reading the rest as HTTP. */
    enum Stop { LINE_TOO_LONG, TOO_MANY_LINES, BAD_CHUNK_SIZE, CHUNK_NOT_ENDED, INTERNAL_ERROR }

    /** The reply does not start with {@code HTTP/}: everything is body ({@link DiagnosisKind#NO_STATUS_LINE}). */
    record NoStatusLine(long offset, List<Diagnosis> diagnoses) implements ResponsePart {
        public NoStatusLine {
            diagnoses = List.copyOf(diagnoses);
        }
    }

    /**
     * A status line, or a line starting {@code HTTP/} that is not one ({@code readable} false).
     *
     * @param raw the line with its ending
     */
    record StatusLineRead(long offset, byte[] raw, boolean readable, String version, int code, String reason,
                          List<Diagnosis> diagnoses) implements ResponsePart {
        public StatusLineRead {
            raw = raw.clone();
            diagnoses = List.copyOf(diagnoses);
        }

        @Override
        public byte[] raw() {
            return raw.clone();
        }
    }

    /**
     * One header or trailer field: its first line and any obs-fold continuation lines. Without a colon
     * ({@code hasColon} false) it has no name and value.
     *
     * @param line       the reply's line number of its first line
     * @param lines      each line with its ending
     * @param nameAsSent the bytes before the colon, one character per byte
     * @param name       the same without surrounding whitespace
     * @param value      the value without surrounding whitespace, continuation lines joined with a space
     */
    record FieldRead(Section section, long offset, int line, List<byte[]> lines, boolean hasColon, String nameAsSent,
                     String name, String value, List<Diagnosis> diagnoses) implements ResponsePart {
        public FieldRead {
            lines = lines.stream().map(byte[]::clone).toList();
            diagnoses = List.copyOf(diagnoses);
        }

        @Override
        public List<byte[]> lines() {
            return lines.stream().map(byte[]::clone).toList();
        }

        /** All its lines as they crossed the wire. */
        public byte[] raw() {
            return Lines.concat(lines);
        }

        /** Field names are case-insensitive (RFC 9110 §5.1). */
        public boolean is(String other) {
            return name.equalsIgnoreCase(other);
        }
    }

    /** A line starting with whitespace with no field before it ({@link DiagnosisKind#STRAY_INDENTED_LINE}). */
    record StrayIndentedLine(long offset, byte[] raw, List<Diagnosis> diagnoses) implements ResponsePart {
        public StrayIndentedLine {
            raw = raw.clone();
            diagnoses = List.copyOf(diagnoses);
        }

        @Override
        public byte[] raw() {
            return raw.clone();
        }
    }

    /** The line past {@link ResponseParser#MAX_HEADER_LINES} in one section; reading stops after it. */
    record TooManyLines(long offset, byte[] raw, List<Diagnosis> diagnoses) implements ResponsePart {
        public TooManyLines {
            raw = raw.clone();
            diagnoses = List.copyOf(diagnoses);
        }

        @Override
        public byte[] raw() {
            return raw.clone();
        }
    }

    /**
     * A line past {@link ResponseParser#MAX_LINE}, told once its end is known: at its LF ({@code ended}) or when the
     * connection closed first.
     *
     * @param line     its first bytes and its length, line ending included
     * @param name     for a field line, the bytes of its name (at most {@link ResponseParser#NAME_KEPT}), empty when no
     *                 colon came in its first bytes; null for another line
     * @param nameCut  true when the name was longer than was kept
     * @param cr       true when its last byte before the LF (or the close) was a CR
     */
    record LineTooLong(LineRole role, long offset, Preview line, byte[] name, boolean nameCut, boolean ended,
                       boolean cr, List<Diagnosis> diagnoses) implements ResponsePart {
        public LineTooLong {
            name = name == null ? null : name.clone();
            diagnoses = List.copyOf(diagnoses);
        }

        @Override
        public byte[] name() {
            return name == null ? null : name.clone();
        }

        /** Its length without the line ending. */
        public long length() {
            return ended ? line.total() - (cr ? 2 : 1) : line.total();
        }
    }

    /**
     * An empty line that ended something: an interim reply, the headers (with the framing then decided, and the
     * findings about it), or a chunked body's trailers.
     *
     * @param code the status code of the reply it ends, -1 when none
     */
    record BlankLine(BlankLineRole role, long offset, byte[] raw, int code, ResponseFraming framing,
                     List<Diagnosis> diagnoses) implements ResponsePart {
        public BlankLine {
            raw = raw.clone();
            diagnoses = List.copyOf(diagnoses);
        }

        @Override
        public byte[] raw() {
            return raw.clone();
        }
    }

    /** A reply without a body, or with Content-Length: 0. */
    record NoBody(long offset, ResponseFraming framing, List<Diagnosis> diagnoses) implements ResponsePart {
        public NoBody {
            diagnoses = List.copyOf(diagnoses);
        }
    }

    /**
     * A chunk-size line; {@code readable} false when it cannot be followed (then the reading stops after it).
     *
     * @param digits    the hex digits as sent
     * @param size      the size they give
     * @param extension what follows the size (a ;extension), stripped; empty when nothing
     * @param index     which chunk it starts, counting from 1; 0 for the last chunk and for an unreadable line
     */
    record ChunkSize(long offset, byte[] raw, boolean readable, String digits, long size, String extension,
                     long index, List<Diagnosis> diagnoses) implements ResponsePart {
        public ChunkSize {
            raw = raw.clone();
            diagnoses = List.copyOf(diagnoses);
        }

        @Override
        public byte[] raw() {
            return raw.clone();
        }

        /** A chunk of size 0: the data is complete. */
        public boolean last() {
            return readable && size == 0;
        }
    }

    /**
     * The data of one chunk and what came after it.
     *
     * @param data      its first bytes, with the CR LF (or LF) that closed it, and the count
     * @param received  how many of its {@code size} bytes arrived
     * @param wrongByte for {@link ChunkEnd#WRONG_BYTE}, the byte found instead of CR LF, else -1
     * @param afterCr   for {@link ChunkEnd#WRONG_BYTE}, true when a CR came first
     */
    record ChunkData(long offset, long index, long size, Preview data, ChunkEnd end, long received, int wrongByte,
                     boolean afterCr, List<Diagnosis> diagnoses) implements ResponsePart {
        public ChunkData {
            diagnoses = List.copyOf(diagnoses);
        }
    }

    /** The body as far as it came: complete, cut off by the close, or still arriving. */
    record Body(long offset, Outcome outcome, Preview data, long chunks, List<Diagnosis> diagnoses)
            implements ResponsePart {
        public Body {
            diagnoses = List.copyOf(diagnoses);
        }
    }

    /** From here the bytes are not read as HTTP any more. */
    record Stopped(long offset, Stop reason, List<Diagnosis> diagnoses) implements ResponsePart {
        public Stopped {
            diagnoses = List.copyOf(diagnoses);
        }
    }

    /** The bytes after the reading stopped, told when the connection closed. */
    record Unreadable(long offset, Stop reason, Preview data, List<Diagnosis> diagnoses) implements ResponsePart {
        public Unreadable {
            diagnoses = List.copyOf(diagnoses);
        }
    }

    /**
     * What the close left unfinished, e.g. {@link DiagnosisKind#REPLY_NO_BLANK_LINE}.
     *
     * @param raw the line cut off, for {@link DiagnosisKind#STATUS_LINE_CUT_OFF} and
     *            {@link DiagnosisKind#LINE_CUT_OFF}; otherwise empty
     */
    record Unfinished(long offset, byte[] raw, List<Diagnosis> diagnoses) implements ResponsePart {
        public Unfinished {
            raw = raw.clone();
            diagnoses = List.copyOf(diagnoses);
        }

        @Override
        public byte[] raw() {
            return raw.clone();
        }

        /** What was left unfinished. */
        public DiagnosisKind kind() {
            return diagnoses.get(0).kind();
        }
    }

    /** Bytes after the end of the reply, told when the connection closed. */
    record Surplus(long offset, Preview data, List<Diagnosis> diagnoses) implements ResponsePart {
        public Surplus {
            diagnoses = List.copyOf(diagnoses);
        }
    }

    /** The parser itself failed ({@code error} names the exception); the rest is unread. */
    record Failure(long offset, String error, List<Diagnosis> diagnoses) implements ResponsePart {
        public Failure {
            diagnoses = List.copyOf(diagnoses);
        }
    }
}
