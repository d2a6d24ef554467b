package org.wiretutor.http.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wiretutor.http.core.ResponsePart.BlankLine;
import org.wiretutor.http.core.ResponsePart.BlankLineRole;
import org.wiretutor.http.core.ResponsePart.Body;
import org.wiretutor.http.core.ResponsePart.ChunkData;
import org.wiretutor.http.core.ResponsePart.ChunkEnd;
import org.wiretutor.http.core.ResponsePart.ChunkSize;
import org.wiretutor.http.core.ResponsePart.Failure;
import org.wiretutor.http.core.ResponsePart.FieldRead;
import org.wiretutor.http.core.ResponsePart.LineRole;
import org.wiretutor.http.core.ResponsePart.LineTooLong;
import org.wiretutor.http.core.ResponsePart.NoBody;
import org.wiretutor.http.core.ResponsePart.NoStatusLine;
import org.wiretutor.http.core.ResponsePart.Outcome;
import org.wiretutor.http.core.ResponsePart.Section;
import org.wiretutor.http.core.ResponsePart.StatusLineRead;
import org.wiretutor.http.core.ResponsePart.Stop;
import org.wiretutor.http.core.ResponsePart.Stopped;
import org.wiretutor.http.core.ResponsePart.StrayIndentedLine;
import org.wiretutor.http.core.ResponsePart.Surplus;
import org.wiretutor.http.core.ResponsePart.TooManyLines;
import org.wiretutor.http.core.ResponsePart.Unfinished;
import org.wiretutor.http.core.ResponsePart.Unreadable;

/**
 * Reads one HTTP/1.x reply as its bytes arrive and reports each {@link ResponsePart part} as it ends, with typed
 * {@link Diagnosis diagnoses} and no words: the status line, the header lines, the blank line, then the body framed
 * per RFC 9112 §6.3 (none, Content-Length, chunked with its sizes and trailers, or until close), interim 1xx replies
 * before the final one, and a reply without a status line (HTTP/0.9 style). Every decision depends only on the bytes
 * seen so far, so feeding byte by byte, in random pieces or all at once gives the same parts at the same bytes.
 *
 * <p>A field is reported when the first byte of the next line shows it is not folded onward. Memory is bounded: lines
 * are read up to {@link #MAX_LINE} bytes (a longer one stops the reading), a section up to {@link #MAX_HEADER_LINES}
 * lines, and bodies keep a {@link #PREVIEW}-byte preview while counting every byte. After {@link #isComplete()},
 * further bytes are kept in {@link #surplus()}: on a keep-alive connection they are the next reply. Not thread-safe.
 */
public final class ResponseParser {
    /** Longest status, header or chunk-size line read as such; a longer one stops the reading. */
    public static final int MAX_LINE = 64 * 1024;
    /** Most header (or trailer) lines read in one section. */
    public static final int MAX_HEADER_LINES = 200;
    /** Body and chunk bytes kept; the rest are only counted. */
    public static final int PREVIEW = 4096;
    /** Bytes after the end of the reply kept for the next one. */
    public static final int MAX_SURPLUS = 1 << 20;
    /** Bytes of an over-long field line's name kept. */
    public static final int NAME_KEPT = 100;

    /** Where the reading stands. */
    public enum Stage {
        STATUS, HEADERS, BODY_LENGTH, BODY_CLOSE, CHUNK_SIZE, CHUNK_DATA, CHUNK_DATA_END, TRAILERS, LONG_LINE,
        UNREADABLE, DONE, CLOSED
    }

    /** How the reply ended, once it has. */
    public enum Ending {
        NOT_YET,
        /** All the bytes Content-Length declared arrived. */
        ALL_DECLARED_BYTES,
        /** The last chunk and the blank line after it arrived. */
        LAST_CHUNK,
        /** 101: the connection switched protocols. */
        SWITCHED_PROTOCOLS,
        /** The headers ended and the reply has no body. */
        NO_BODY,
        /** Content-Length: 0, so the blank line ended it. */
        EMPTY_BODY,
        /** The connection closed without a reply. */
        NO_REPLY,
        /** The connection closed in the middle of the status line. */
        CUT_IN_STATUS_LINE,
        /** The connection closed before the blank line that ends the headers. */
        CUT_BEFORE_BLANK_LINE,
        /** The connection closed before the end Content-Length declared. */
        CUT_IN_BODY,
        /** The close ended the body, which is what ends it under its framing. */
        CLOSE_ENDED_BODY,
        /** The connection closed in the middle of the chunked body. */
        CUT_IN_CHUNKS,
        /** The connection closed before the blank line after the last chunk. */
        CUT_IN_TRAILERS,
        /** The connection closed in the middle of a line too long. */
        CUT_IN_LONG_LINE,
        /** The connection closed; the rest could not be read as HTTP. */
        UNREADABLE
    }

    private static final byte[] HTTP_PREFIX = {'H', 'T', 'T', 'P', '/'};

    private final String method;
    private Stage stage = Stage.STATUS;
    private final ByteSink line = new ByteSink(MAX_LINE + 1);
    /** Where the line being read starts, and its number in the reply. */
    private long lineStart;
    private int lineNumber = 1;
    /** The next byte's offset. */
    private long at;
    private final List<ResponseLines.Line> pending = new ArrayList<>();
    private int sectionLines;
    private StatusLineRead status;
    private final List<FieldRead> headers = new ArrayList<>();
    private final List<FieldRead> trailers = new ArrayList<>();
    private ResponseFraming framing = ResponseFraming.undecided();
    private boolean headersComplete;
    private boolean complete;
    private boolean http09;
    private int interim;
    private Ending ending = Ending.NOT_YET;
    private boolean closedAfterEnd;
    private final ByteSink body = new ByteSink(PREVIEW);
    private long bodyStart;
    private final ByteSink chunk = new ByteSink(PREVIEW + 2);
    private long chunkStart;
    private long chunkSize;
    private long chunkRemaining;
    private boolean chunkCr;
    private long chunks;
    private final ByteSink garbage = new ByteSink(PREVIEW);
    private long garbageStart;
    private Stop garbageReason = Stop.INTERNAL_ERROR;
    /** A line past {@link #MAX_LINE}: its first bytes, what it is, its name (null when not a field), its start. */
    private final ByteSink longLine = new ByteSink(PREVIEW);
    private LineRole longRole = LineRole.STATUS_LINE;
    private byte[] longName;
    private boolean longNameCut;
    private boolean longCr;
    private long longStart;
    private int longNumber;
    private final ByteSink surplus = new ByteSink(MAX_SURPLUS);
    private long surplusStart;
    private long totalBytes;
    private List<ResponsePart> out = new ArrayList<>();

    /** @param requestMethod the request's method ("GET", "HEAD", ...) or null if unknown; HEAD means no body. */
    public ResponseParser(String requestMethod) {
        this.method = requestMethod == null ? "" : requestMethod;
    }

    /** Feeds {@code len} bytes from {@code data} at {@code off}; returns the parts these bytes completed. */
    public List<ResponsePart> feed(byte[] data, int off, int len) {
        out = new ArrayList<>();
        if (data == null || stage == Stage.CLOSED) {
            return out;
        }
        int from = Math.max(0, Math.min(off, data.length));
        int end = Math.max(from, Math.min(data.length, from + Math.max(0, len)));
        totalBytes += end - from;
        try {
            int i = from;
            while (i < end) {
                i = step(data, i, end);
            }
        } catch (RuntimeException | StackOverflowError e) {
            fail(e);
        }
        return out;
    }

    /** Feeds a whole array. */
    public List<ResponsePart> feed(byte[] data) {
        return feed(data, 0, data == null ? 0 : data.length);
    }

    /** The server closed the connection: what is left (an until-close body, cut-off parts, bytes after the reply). */
    public List<ResponsePart> endOfStream() {
        out = new ArrayList<>();
        if (stage == Stage.CLOSED) {
            return out;
        }
        try {
            flushAtClose();
        } catch (RuntimeException | StackOverflowError e) {
            fail(e);
        }
        stage = Stage.CLOSED;
        return out;
    }

    /**
     * Stops reading the rest as HTTP, as after an internal failure: for a caller that failed while telling a part.
     * The bytes from here are {@link Unreadable}.
     */
    public void abandon() {
        if (stage == Stage.CLOSED) {
            return;
        }
        pending.clear();
        line.clear();
        garbageReason = Stop.INTERNAL_ERROR;
        garbageStart = at;
        stage = Stage.UNREADABLE;
    }

    /** Reads one line as a status line, alone: for a line that did not come through a parser. */
    public static StatusLineRead readStatusLine(byte[] raw) {
        return ResponseLines.statusLine(raw, 0, 1);
    }

    // ---------------------------------------------------------------- what was read

    public Stage stage() {
        return stage;
    }

    /** How the reply ended; {@link Ending#NOT_YET} while it has not. */
    public Ending ending() {
        return ending;
    }

    /** True when the server closed the connection after the reply had ended by its framing. */
    public boolean closedAfterEnd() {
        return closedAfterEnd;
    }

    /** True once the reply is complete per its framing (or, for an until-close body, once the server closed). */
    public boolean isComplete() {
        return complete;
    }

    /** Bytes fed after completion: on a keep-alive connection, the start of the next reply. */
    public byte[] surplus() {
        return surplus.bytes();
    }

    /** How many bytes arrived after completion, including any beyond {@link #MAX_SURPLUS} that were not kept. */
    public long surplusCount() {
        return surplus.total();
    }

    /** The bytes after completion, kept and counted. */
    public Preview surplusPreview() {
        return surplus.preview();
    }

    /** What the bytes after completion are, or null when none came: surplus, or the start of a second reply. */
    public Diagnosis surplusDiagnosis() {
        if (surplus.total() == 0) {
            return null;
        }
        boolean next = surplus.kept() >= HTTP_PREFIX.length
                && Arrays.equals(Arrays.copyOf(surplus.bytes(), HTTP_PREFIX.length), HTTP_PREFIX);
        return new Diagnosis(next ? DiagnosisKind.SECOND_REPLY : DiagnosisKind.SURPLUS_BYTES, surplusStart, 0, 0,
                Long.toString(surplus.total()));
    }

    /** The final reply's status line as read (readable or not); null before it, or after an interim reply. */
    public StatusLineRead statusLine() {
        return status;
    }

    /** The final reply's header fields with a name, in order. */
    public List<FieldRead> headers() {
        return List.copyOf(headers);
    }

    /** Trailer fields after a chunked body. */
    public List<FieldRead> trailers() {
        return List.copyOf(trailers);
    }

    /** The body so far (decoded from chunks for a chunked body): its first bytes and the count. */
    public Preview body() {
        return body.preview();
    }

    /** Every byte fed so far, surplus included. */
    public long totalBytesReceived() {
        return totalBytes;
    }

    /** How the body length was decided; UNDECIDED until the headers end. */
    public ResponseFraming framing() {
        return framing;
    }

    /** True once the blank line after the headers was read (or the reply turned out to have no headers at all). */
    public boolean headersComplete() {
        return headersComplete;
    }

    /** True if the reply had no status line: the server answered HTTP/0.9 style. */
    public boolean isHttp09() {
        return http09;
    }

    /** How many interim 1xx replies came before the final one. */
    public int interimResponses() {
        return interim;
    }

    /** How many chunks (of size above 0) have started. */
    public long chunks() {
        return chunks;
    }

    // ---------------------------------------------------------------- the state machine

    /** Consumes one byte, or a run of body bytes; returns the next index. */
    private int step(byte[] data, int i, int end) {
        switch (stage) {
            case BODY_LENGTH -> {
                int n = (int) Math.min(end - i, framing.length() - body.total());
                body.add(data, i, n);
                advance(data, i, n);
                if (body.total() == framing.length()) {
                    emit(new Body(bodyStart, Outcome.COMPLETE, body.preview(), 0, List.of()));
                    complete(Ending.ALL_DECLARED_BYTES);
                }
                return i + n;
            }
            case BODY_CLOSE -> {
                body.add(data, i, end - i);
                advance(data, i, end - i);
                return end;
            }
            case CHUNK_DATA -> {
                int n = (int) Math.min(end - i, chunkRemaining);
                chunk.add(data, i, n);
                body.add(data, i, n);
                chunkRemaining -= n;
                advance(data, i, n);
                if (chunkRemaining == 0) {
                    stage = Stage.CHUNK_DATA_END;
                }
                return i + n;
            }
            case LONG_LINE -> {
                int j = i;
                while (j < end && data[j] != '\n') {
                    j++;
                }
                if (j > i) {
                    longCr = data[j - 1] == '\r';
                }
                if (j == end) {
                    longLine.add(data, i, end - i);
                    advance(data, i, end - i);
                    return end;
                }
                longLine.add(data, i, j + 1 - i);
                advance(data, i, j + 1 - i);
                longLineDone(true);
                toGarbage(new byte[0], Stop.LINE_TOO_LONG, at);
                return j + 1;
            }
            case UNREADABLE -> {
                garbage.add(data, i, end - i);
                advance(data, i, end - i);
                return end;
            }
            case DONE -> {
                if (surplus.total() == 0) {
                    surplusStart = at;
                }
                surplus.add(data, i, end - i);
                advance(data, i, end - i);
                return end;
            }
            default -> {
                int b = data[i] & 0xFF;
                lineByte(b);
                advance(data, i, 1);
                return i + 1;
            }
        }
    }

    /** Counts {@code n} consumed bytes, and the lines they end. */
    private void advance(byte[] data, int i, int n) {
        for (int k = i; k < i + n; k++) {
            if (data[k] == '\n') {
                lineNumber = lineNumber == Integer.MAX_VALUE ? lineNumber : lineNumber + 1;
                lineStart = at + (k - i) + 1;
            }
        }
        at += n;
    }

    private void lineByte(int b) {
        switch (stage) {
            case STATUS -> {
                long k = line.total();
                if (k < HTTP_PREFIX.length && b != HTTP_PREFIX[(int) k]) {
                    startHttp09(b);
                    return;
                }
                if (addLineByte(b, LineRole.STATUS_LINE) && b == '\n') {
                    statusLineDone();
                }
            }
            case HEADERS, TRAILERS -> {
                if (line.isEmpty() && !pending.isEmpty() && b != ' ' && b != '\t') {
                    flushPending();
                }
                if (addLineByte(b, stage == Stage.HEADERS ? LineRole.HEADER_LINE : LineRole.TRAILER_LINE)
                        && b == '\n') {
                    fieldLineDone();
                }
            }
            case CHUNK_SIZE -> {
                if (addLineByte(b, LineRole.CHUNK_SIZE_LINE) && b == '\n') {
                    chunkSizeDone();
                }
            }
            case CHUNK_DATA_END -> chunkEndByte(b);
            default -> {
            }
        }
    }

    /**
     * Adds to the current line; past {@link #MAX_LINE} stops the reading: the line is then only counted to its end
     * and reported there, with its name and length. Returns false if the reading stopped.
     */
    private boolean addLineByte(int b, LineRole role) {
        line.add(b);
        if (line.total() > MAX_LINE) {
            flushPending();
            byte[] raw = line.bytes();
            line.clear();
            longRole = role;
            longStart = lineStart;
            longNumber = lineNumber;
            longName = null;
            longNameCut = false;
            if (role == LineRole.HEADER_LINE || role == LineRole.TRAILER_LINE) {
                int colon = indexOf(raw, ':');
                longName = colon < 0 ? new byte[0] : Arrays.copyOf(raw, Math.min(colon, NAME_KEPT));
                longNameCut = colon > NAME_KEPT;
            }
            longLine.clear();
            longLine.add(raw);
            if (b == '\n') {
                longCr = raw.length >= 2 && raw[raw.length - 2] == '\r';
                longLineDone(true);
                toGarbage(new byte[0], Stop.LINE_TOO_LONG, at + 1);
            } else {
                longCr = b == '\r';
                stage = Stage.LONG_LINE;
            }
            return false;
        }
        return true;
    }

    /** Reports the over-long line once its end is known: at its LF, or when the connection closed first. */
    private void longLineDone(boolean ended) {
        Diagnosis d = ResponseLines.at(DiagnosisKind.REPLY_LINE_TOO_LONG, longStart + MAX_LINE, longNumber, longStart,
                Integer.toString(MAX_LINE));
        emit(new LineTooLong(longRole, longStart, longLine.preview(), longName, longNameCut, ended, longCr,
                List.of(d)));
        longLine.clear();
    }

    private void startHttp09(int b) {
        http09 = true;
        headersComplete = true;
        emit(new NoStatusLine(lineStart, List.of(onLine(DiagnosisKind.NO_STATUS_LINE, lineStart, ""))));
        framing = new ResponseFraming(ResponseFraming.Rule.NO_STATUS_LINE, -1, -1);
        bodyStart = lineStart;
        body.add(line.bytes());
        line.clear();
        body.add(b);
        stage = Stage.BODY_CLOSE;
    }

    private void statusLineDone() {
        byte[] raw = line.bytes();
        line.clear();
        status = ResponseLines.statusLine(raw, lineStart, lineNumber);
        emit(status);
        headers.clear();
        sectionLines = 0;
        stage = Stage.HEADERS;
    }

    private void fieldLineDone() {
        byte[] raw = line.bytes();
        line.clear();
        if (Lines.contentLength(raw) == 0) {
            flushPending();
            if (stage == Stage.HEADERS) {
                headersEnd(raw);
            } else {
                trailersEnd(raw);
            }
            return;
        }
        if (++sectionLines > MAX_HEADER_LINES) {
            flushPending();
            emit(new TooManyLines(lineStart, raw, List.of(onLine(DiagnosisKind.REPLY_TOO_MANY_HEADERS, lineStart,
                    Integer.toString(MAX_HEADER_LINES)))));
            toGarbage(raw, Stop.TOO_MANY_LINES, lineStart);
            return;
        }
        if (raw[0] == ' ' || raw[0] == '\t') {
            if (!pending.isEmpty()) {
                pending.add(new ResponseLines.Line(raw, lineStart, lineNumber));
                return;
            }
            List<Diagnosis> found = new ArrayList<>();
            found.add(onLine(DiagnosisKind.STRAY_INDENTED_LINE, lineStart, ""));
            ResponseLines.lineEndings(raw, lineStart, lineNumber, found);
            emit(new StrayIndentedLine(lineStart, raw, found));
            return;
        }
        pending.add(new ResponseLines.Line(raw, lineStart, lineNumber));
    }

    /** Reports the field whose lines are pending, now that the next line shows it is not folded onward. */
    private void flushPending() {
        if (pending.isEmpty()) {
            return;
        }
        boolean trailer = stage == Stage.TRAILERS;
        List<FieldRead> list = trailer ? trailers : headers;
        FieldRead field = ResponseLines.field(trailer ? Section.TRAILERS : Section.HEADERS, pending, list);
        pending.clear();
        emit(field);
        if (field.hasColon()) {
            list.add(field);
        }
    }

    private void headersEnd(byte[] raw) {
        int code = status != null && status.readable() ? status.code() : -1;
        List<Diagnosis> found = new ArrayList<>();
        ResponseLines.lineEndings(raw, lineStart, lineNumber, found);
        if (code >= 100 && code < 200 && code != 101) {
            emit(new BlankLine(BlankLineRole.END_OF_INTERIM_REPLY, lineStart, raw, code, framing, found));
            interim++;
            status = null;
            headers.clear();
            stage = Stage.STATUS;
            return;
        }
        headersComplete = true;
        ResponseFraming.Decision decision = ResponseFraming.decide(method, code, headers);
        framing = decision.framing();
        for (DiagnosisKind kind : decision.problems()) {
            found.add(onLine(kind, lineStart, ""));
        }
        emit(new BlankLine(BlankLineRole.END_OF_HEADERS, lineStart, raw, code, framing, found));
        bodyStart = lineStart + raw.length;
        switch (framing.reading()) {
            case NONE -> {
                emit(new NoBody(bodyStart, framing, List.of()));
                complete(code == 101 ? Ending.SWITCHED_PROTOCOLS : Ending.NO_BODY);
            }
            case LENGTH -> {
                if (framing.length() == 0) {
                    emit(new NoBody(bodyStart, framing, List.of()));
                    complete(Ending.EMPTY_BODY);
                } else {
                    stage = Stage.BODY_LENGTH;
                }
            }
            case CHUNKED -> {
                sectionLines = 0;
                stage = Stage.CHUNK_SIZE;
            }
            default -> stage = Stage.BODY_CLOSE;
        }
    }

    private void chunkSizeDone() {
        byte[] raw = line.bytes();
        line.clear();
        String content = Lines.content(raw);
        int i = 0;
        while (i < content.length() && Character.digit(content.charAt(i), 16) >= 0) {
            i++;
        }
        String digits = content.substring(0, i);
        String rest = content.substring(i).strip();
        String significant = digits.replaceFirst("^0+(?=.)", "");
        List<Diagnosis> found = new ArrayList<>();
        if (digits.isEmpty()) {
            found.add(onLine(DiagnosisKind.CHUNK_SIZE_NOT_HEX, lineStart, content.isEmpty() ? ""
                    : content.substring(0, 1)));
        } else if (significant.length() > 15) {
            found.add(onLine(DiagnosisKind.CHUNK_SIZE_ABSURD, lineStart, digits));
        } else if (!rest.isEmpty() && !rest.startsWith(";")) {
            found.add(onLine(DiagnosisKind.CHUNK_SIZE_JUNK, lineStart + content.indexOf(rest, i), rest));
        }
        boolean readable = found.isEmpty();
        ResponseLines.lineEndings(raw, lineStart, lineNumber, found);
        if (!readable) {
            emit(new ChunkSize(lineStart, raw, false, digits, -1, rest, 0, found));
            toGarbage(new byte[0], Stop.BAD_CHUNK_SIZE, lineStart + raw.length);
            return;
        }
        long size = Long.parseLong(significant, 16);
        if (size == 0) {
            emit(new ChunkSize(lineStart, raw, true, digits, 0, rest, 0, found));
            sectionLines = 0;
            stage = Stage.TRAILERS;
        } else {
            chunks++;
            emit(new ChunkSize(lineStart, raw, true, digits, size, rest, chunks, found));
            chunkSize = size;
            chunkRemaining = size;
            chunkCr = false;
            chunk.clear();
            chunkStart = lineStart + raw.length;
            stage = Stage.CHUNK_DATA;
        }
    }

    private void chunkEndByte(int b) {
        if (b == '\r' && !chunkCr) {
            chunkCr = true;
            chunk.add(b);
            return;
        }
        if (b == '\n') {
            chunk.add(b);
            List<Diagnosis> found = new ArrayList<>();
            if (!chunkCr) {
                found.add(here(DiagnosisKind.REPLY_BARE_LF, ""));
            }
            emit(new ChunkData(chunkStart, chunks, chunkSize, chunk.preview(), chunkCr ? ChunkEnd.CRLF
                    : ChunkEnd.BARE_LF, chunkSize, -1, false, found));
            chunk.clear();
            stage = Stage.CHUNK_SIZE;
            return;
        }
        emit(new ChunkData(chunkStart, chunks, chunkSize, chunk.preview(), ChunkEnd.WRONG_BYTE, chunkSize, b, chunkCr,
                List.of(here(DiagnosisKind.CHUNK_LONGER_THAN_SIZE, String.valueOf((char) b)))));
        chunk.clear();
        toGarbage(new byte[] {(byte) b}, Stop.CHUNK_NOT_ENDED, at);
    }

    private void trailersEnd(byte[] raw) {
        List<Diagnosis> found = new ArrayList<>();
        ResponseLines.lineEndings(raw, lineStart, lineNumber, found);
        emit(new BlankLine(BlankLineRole.END_OF_CHUNKED_BODY, lineStart, raw, status == null ? -1 : status.code(),
                framing, found));
        emit(new Body(bodyStart, Outcome.COMPLETE, body.preview(), chunks, List.of()));
        complete(Ending.LAST_CHUNK);
    }

    private void flushAtClose() {
        switch (stage) {
            case STATUS -> {
                if (line.isEmpty()) {
                    unfinished(interim > 0 ? DiagnosisKind.NO_FINAL_REPLY : DiagnosisKind.NO_REPLY, at, "", null);
                    ending = Ending.NO_REPLY;
                } else {
                    unfinished(DiagnosisKind.STATUS_LINE_CUT_OFF, lineStart, "", line.bytes());
                    ending = Ending.CUT_IN_STATUS_LINE;
                }
            }
            case HEADERS -> {
                flushPending();
                cutOffLine();
                unfinished(DiagnosisKind.REPLY_NO_BLANK_LINE, at, "", null);
                ending = Ending.CUT_BEFORE_BLANK_LINE;
            }
            case BODY_LENGTH -> {
                emit(new Body(bodyStart, Outcome.CLOSED, body.preview(), 0, List.of()));
                unfinished(DiagnosisKind.BODY_CUT_SHORT, at, Long.toString(framing.length() - body.total()), null);
                ending = Ending.CUT_IN_BODY;
            }
            case BODY_CLOSE -> {
                emit(new Body(bodyStart, Outcome.CLOSED, body.preview(), 0, List.of()));
                complete = true;
                ending = Ending.CLOSE_ENDED_BODY;
            }
            case CHUNK_SIZE, CHUNK_DATA, CHUNK_DATA_END -> {
                if (stage == Stage.CHUNK_SIZE) {
                    cutOffLine();
                } else {
                    emit(new ChunkData(chunkStart, chunks, chunkSize, chunk.preview(), ChunkEnd.CUT,
                            chunkSize - chunkRemaining, -1, false, List.of()));
                    chunk.clear();
                }
                unfinished(DiagnosisKind.CHUNKED_BODY_CUT_OFF, at, "", null);
                emit(new Body(bodyStart, Outcome.CLOSED, body.preview(), chunks, List.of()));
                ending = Ending.CUT_IN_CHUNKS;
            }
            case TRAILERS -> {
                flushPending();
                cutOffLine();
                unfinished(DiagnosisKind.NO_BLANK_LINE_AFTER_TRAILERS, at, "", null);
                emit(new Body(bodyStart, Outcome.COMPLETE, body.preview(), chunks, List.of()));
                ending = Ending.CUT_IN_TRAILERS;
            }
            case LONG_LINE -> {
                longLineDone(false);
                ending = Ending.CUT_IN_LONG_LINE;
            }
            case UNREADABLE -> {
                emit(new Unreadable(garbageStart, garbageReason, garbage.preview(), List.of(new Diagnosis(
                        DiagnosisKind.UNREADABLE_BYTES, garbageStart, 0, 0, Long.toString(garbage.total())))));
                ending = Ending.UNREADABLE;
            }
            case DONE -> {
                Diagnosis extra = surplusDiagnosis();
                if (extra != null) {
                    emit(new Surplus(surplusStart, surplus.preview(), List.of(extra)));
                }
                closedAfterEnd = true;
            }
            default -> {
            }
        }
    }

    private void cutOffLine() {
        if (!line.isEmpty()) {
            unfinished(DiagnosisKind.LINE_CUT_OFF, lineStart, "", line.bytes());
            line.clear();
        }
    }

    // ---------------------------------------------------------------- helpers

    private void unfinished(DiagnosisKind kind, long offset, String subject, byte[] raw) {
        emit(new Unfinished(offset, raw == null ? new byte[0] : raw, List.of(onLine(kind, offset, subject))));
    }

    private void complete(Ending how) {
        complete = true;
        ending = how;
        stage = Stage.DONE;
    }

    private void toGarbage(byte[] first, Stop reason, long offset) {
        emit(new Stopped(offset, reason, List.of()));
        garbage.add(first);
        garbageReason = reason;
        garbageStart = offset;
        stage = Stage.UNREADABLE;
    }

    private void fail(Throwable e) {
        emit(new Failure(at, e.toString(), List.of()));
        abandon();
    }

    private void emit(ResponsePart part) {
        out.add(part);
    }

    /** A finding at the byte being read. */
    private Diagnosis here(DiagnosisKind kind, String subject) {
        return onLine(kind, at, subject);
    }

    /** A finding at {@code offset} of the line being read. */
    private Diagnosis onLine(DiagnosisKind kind, long offset, String subject) {
        return ResponseLines.at(kind, offset, lineNumber, lineStart, subject);
    }

    private static int indexOf(byte[] raw, int b) {
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
