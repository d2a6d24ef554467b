package org.wiretutor.http;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.wiretutor.text.Escape;

/**
 * Feeds bytes as they arrive; returns the parts completed by those bytes. Never throws.
 *
 * <p>A byte-driven state machine over one HTTP/1.x response: status line, header lines, blank line, then the body
 * framed per RFC 9112 §6.3 (none, Content-Length, chunked, or until close). Every decision depends only on the bytes
 * seen so far, so feeding byte by byte, in random pieces or all at once gives the same annotations. Memory is
 * bounded: lines are capped at {@link #MAX_LINE} bytes, the header section at {@link #MAX_HEADER_LINES} lines, and
 * bodies keep only a {@link #PREVIEW}-byte preview while counting every byte.
 *
 * <p>An ETag is read the way the server named by Server builds its tags, and checked against Content-Length; both
 * may come after it. So from an ETag header to the end of the head, parts are held back and come out, in wire order,
 * with the blank line (or when the head is cut short).
 *
 * <p>After {@link #isComplete()}, further bytes are kept in {@link #surplus()} (up to {@link #MAX_SURPLUS}): on a
 * keep-alive connection they are the next response, so a caller should hand them to a fresh annotator.
 */
public final class ResponseAnnotator {
    /** Longest status, header or chunk-size line read as such; longer ones end HTTP parsing. */
    public static final int MAX_LINE = 64 * 1024;
    /** Most header (or trailer) lines read in one section. */
    public static final int MAX_HEADER_LINES = 200;
    /** Body and chunk bytes kept for display; the rest are only counted. */
    public static final int PREVIEW = 4096;
    /** Bytes after the end of the message kept for the next response. */
    public static final int MAX_SURPLUS = 1 << 20;

    private enum State {
        STATUS, HEADERS, BODY_LENGTH, BODY_CLOSE, CHUNK_SIZE, CHUNK_DATA, CHUNK_DATA_END, TRAILERS, LONG_LINE, GARBAGE,
        DONE, CLOSED
    }

    /** How many bytes of extra data after a message its explanation quotes, escaped. */
    static final int EXTRA_SHOWN = 1024;
    /** How many bytes of an over-long header line's name its explanation quotes. */
    private static final int NAME_SHOWN = 100;

    private static final byte[] HTTP_PREFIX = {'H', 'T', 'T', 'P', '/'};

    private final String method;
    private State state = State.STATUS;
    private final ByteSink line = new ByteSink(MAX_LINE + 1);
    private final List<byte[]> pending = new ArrayList<>();
    private int sectionLines;
    private Optional<StatusLine> status = Optional.empty();
    private final List<HeaderField> headers = new ArrayList<>();
    private final List<HeaderField> trailers = new ArrayList<>();
    private BodyFraming framing = BodyFraming.undecided();
    private boolean headersComplete;
    private boolean complete;
    private boolean http09;
    private int interim;
    private String ending = "";
    private final ByteSink body = new ByteSink(PREVIEW);
    private final ByteSink chunk = new ByteSink(PREVIEW + 2);
    private long chunkSize;
    private long chunkRemaining;
    private boolean chunkCr;
    private long chunks;
    private final ByteSink garbage = new ByteSink(PREVIEW);
    /** A line past {@link #MAX_LINE}: its first bytes, its name (escaped, or null), what it is, and its length. */
    private final ByteSink longLine = new ByteSink(PREVIEW);
    private String longWhat = "";
    private String longName;
    private boolean longCr;
    private String garbageReason = "";
    private final ByteSink surplus = new ByteSink(MAX_SURPLUS);
    private long totalBytes;
    private final Map<Kind, Integer> kindCounts = new EnumMap<>(Kind.class);
    private int warnings;
    private int errors;
    private List<Annotation> out = new ArrayList<>();
    /** Parts held back from an ETag header to the end of the head, in wire order; an ETag's is made at release. */
    private final List<Supplier<Annotation>> held = new ArrayList<>();

    /** @param requestMethod the request's method ("GET", "HEAD", ...) or null if unknown; HEAD means no body. */
    public ResponseAnnotator(String requestMethod) {
        this.method = requestMethod == null ? "" : requestMethod;
    }

    /** Feeds {@code len} bytes from {@code data} at {@code off}; returns the parts these bytes completed. */
    public List<Annotation> feed(byte[] data, int off, int len) {
        out = new ArrayList<>();
        if (data == null || state == State.CLOSED) {
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
            internalError(e);
        }
        return out;
    }

    /** Feeds a whole array. */
    public List<Annotation> feed(byte[] data) {
        return feed(data, 0, data == null ? 0 : data.length);
    }

    /** The server closed the connection: flushes what is left (an until-close body, cut-off parts) and a SUMMARY. */
    public List<Annotation> endOfStream() {
        out = new ArrayList<>();
        if (state == State.CLOSED) {
            return out;
        }
        try {
            flushAtClose();
            releaseHeld();
        } catch (RuntimeException | StackOverflowError e) {
            internalError(e);
        }
        state = State.CLOSED;
        emit(summary());
        return out;
    }

    /** True once the message is complete per its framing (or, for an until-close body, once the server closed). */
    public boolean isComplete() {
        return complete;
    }

    /** Bytes fed after completion: on a keep-alive connection, the start of the next response. */
    public byte[] surplus() {
        return surplus.bytes();
    }

    /** How many bytes arrived after completion, including any beyond {@link #MAX_SURPLUS} that were not kept. */
    public long surplusCount() {
        return surplus.total();
    }

    /** The final response's status line, once read. */
    public Optional<StatusLine> statusLine() {
        return status;
    }

    /** The final response's header fields, in order, folded lines joined. */
    public List<HeaderField> headers() {
        return List.copyOf(headers);
    }

    /** Trailer fields after a chunked body. */
    public List<HeaderField> trailers() {
        return List.copyOf(trailers);
    }

    /** Body bytes received so far (decoded from chunks for a chunked body). */
    public long bodyBytesReceived() {
        return body.total();
    }

    /** Every byte fed so far, surplus included. */
    public long totalBytesReceived() {
        return totalBytes;
    }

    /** How the body length was decided; UNDECIDED until the headers end. */
    public BodyFraming framing() {
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

    /** How many interim 1xx responses came before the final one. */
    public int interimResponses() {
        return interim;
    }

    /**
     * A provisional view of the body being received, for when the server goes quiet mid-body: e.g. "received 167 but
     * Content-Length promised 500 — the server is still holding the connection". Empty when no body is in progress.
     * Not part of the annotation stream.
     */
    public Optional<Annotation> inProgress() {
        return switch (state) {
            case BODY_LENGTH, BODY_CLOSE, CHUNK_SIZE, CHUNK_DATA, CHUNK_DATA_END, TRAILERS -> Optional.of(
                    BodyExplainer.body("Body (still arriving)", body, framing, headers, BodyExplainer.Outcome.IN_PROGRESS,
                            chunks));
            default -> Optional.empty();
        };
    }

    /** The SUMMARY for the current state: bytes, parts, and how the message ended. */
    public Annotation summary() {
        List<Detail> d = new ArrayList<>();
        d.add(new Detail("received", totalBytes + " byte" + (totalBytes == 1 ? "" : "s") + " in total, "
                + body.total() + " of them body" + (framing.type() == BodyFraming.Type.CHUNKED ? " (after decoding chunks)" : "")));
        d.add(new Detail("parts", partsText()));
        d.add(new Detail("ended", endedText()));
        d.add(new Detail("problems", errors == 0 && warnings == 0 ? "none"
                : plural(errors, "error") + ", " + plural(warnings, "warning")));
        Severity sev = errors > 0 ? Severity.ERROR : warnings > 0 ? Severity.WARNING : Severity.INFO;
        return new Annotation(Kind.SUMMARY, new byte[0], "Summary", d, sev, Display.NONE);
    }

    // ---------------------------------------------------------------- the state machine

    /** Consumes one byte, or a run of body bytes; returns the next index. */
    private int step(byte[] data, int i, int end) {
        switch (state) {
            case BODY_LENGTH -> {
                int n = (int) Math.min(end - i, framing.length() - body.total());
                body.add(data, i, n);
                if (body.total() == framing.length()) {
                    emit(BodyExplainer.body("Body", body, framing, headers, BodyExplainer.Outcome.COMPLETE, 0));
                    complete("all " + framing.length() + " bytes that Content-Length promised arrived");
                }
                return i + n;
            }
            case BODY_CLOSE -> {
                body.add(data, i, end - i);
                return end;
            }
            case CHUNK_DATA -> {
                int n = (int) Math.min(end - i, chunkRemaining);
                chunk.add(data, i, n);
                body.add(data, i, n);
                chunkRemaining -= n;
                if (chunkRemaining == 0) {
                    state = State.CHUNK_DATA_END;
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
                    return end;
                }
                longLine.add(data, i, j + 1 - i);
                longLineDone(true);
                toGarbage(new byte[0], "after a line that was too long, the rest could not be read as HTTP");
                return j + 1;
            }
            case GARBAGE -> {
                garbage.add(data, i, end - i);
                return end;
            }
            case DONE -> {
                surplus.add(data, i, end - i);
                return end;
            }
            default -> {
                lineByte(data[i] & 0xFF);
                return i + 1;
            }
        }
    }

    private void lineByte(int b) {
        switch (state) {
            case STATUS -> {
                long at = line.total();
                if (at < HTTP_PREFIX.length && b != HTTP_PREFIX[(int) at]) {
                    startHttp09(b);
                    return;
                }
                if (addLineByte(b, "status line") && b == '\n') {
                    statusLineDone();
                }
            }
            case HEADERS, TRAILERS -> {
                if (line.isEmpty() && !pending.isEmpty() && b != ' ' && b != '\t') {
                    flushPending();
                }
                if (addLineByte(b, state == State.HEADERS ? "header line" : "trailer line") && b == '\n') {
                    fieldLineDone();
                }
            }
            case CHUNK_SIZE -> {
                if (addLineByte(b, "chunk-size line") && b == '\n') {
                    chunkSizeDone();
                }
            }
            case CHUNK_DATA_END -> chunkEndByte(b);
            default -> {
            }
        }
    }

    /**
     * Adds to the current line; past {@link #MAX_LINE} stops HTTP parsing: the line is then only counted to its end
     * and explained there, with its name and length. Returns false if parsing stopped.
     */
    private boolean addLineByte(int b, String what) {
        line.add(b);
        if (line.total() > MAX_LINE) {
            flushPending();
            byte[] raw = line.bytes();
            line.clear();
            longWhat = what;
            longName = what.equals("header line") || what.equals("trailer line") ? fieldName(raw) : null;
            longLine.clear();
            longLine.add(raw);
            if (b == '\n') {
                longCr = raw.length >= 2 && raw[raw.length - 2] == '\r';
                longLineDone(true);
                toGarbage(new byte[0], "after a line that was too long, the rest could not be read as HTTP");
            } else {
                longCr = b == '\r';
                state = State.LONG_LINE;
            }
            return false;
        }
        return true;
    }

    /** The escaped name before the colon of an over-long field line, or "" when no colon came in its first bytes. */
    private static String fieldName(byte[] raw) {
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == ':') {
                String name = Escape.bytes(raw, 0, Math.min(i, NAME_SHOWN)).strip();
                return i > NAME_SHOWN ? name + "…" : name;
            }
        }
        return "";
    }

    /** Explains the over-long line once its end is known: at its LF, or when the connection closed first. */
    private void longLineDone(boolean ended) {
        long total = longLine.total();
        long length = ended ? total - (longCr ? 2 : 1) : total;
        String what = longWhat.equals("header line") ? "header" : longWhat.equals("trailer line") ? "trailer"
                : longWhat;
        String subject;
        if (longName == null) {
            subject = "The " + longWhat;
        } else if (longName.isEmpty()) {
            subject = "A " + longWhat + " with no colon in its first " + grouped(MAX_LINE) + " bytes";
        } else {
            subject = "The " + what + " " + longName;
        }
        String size = ended ? subject + " is " + grouped(length) + " bytes long, not counting its line ending."
                : subject + " had " + grouped(length) + " bytes and no line ending when the connection closed.";
        String text = size + " Clients refuse a line this long (Python's http.client stops at " + grouped(MAX_LINE)
                + " bytes), so here HTTP parsing stops and " + (ended ? "the rest is shown as raw bytes."
                : "the reply ends here.");
        List<Detail> d = new ArrayList<>();
        d.add(new Detail("problem", text));
        d.add(new Detail("preview", "the first " + longLine.kept() + " of its " + grouped(total) + " bytes are kept"));
        emit(new Annotation(Kind.PROBLEM, longLine.bytes(), "Line too long", d, Severity.ERROR, Display.TEXT));
        longLine.clear();
    }

    /** A byte count with thousands separators, as in 200,008. */
    private static String grouped(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    private void startHttp09(int b) {
        http09 = true;
        headersComplete = true;
        emit(new Annotation(Kind.PROBLEM, new byte[0], "No status line (HTTP/0.9 style reply)", List.of(
                new Detail("problem", "the reply does not start with \"HTTP/\", so there is no status line and no"
                        + " headers. The server treated the request as HTTP/0.9, most likely because the request"
                        + " line had no version (e.g. GET /romeo.txt without HTTP/1.0)."),
                new Detail("means", "everything the server sends is body, until it closes the connection. There is"
                        + " no status code, so you cannot tell success from an error page.")),
                Severity.WARNING, Display.NONE));
        framing = BodyFraming.untilClose("no status line and no headers (HTTP/0.9 style): the body is everything"
                + " until the server closes the connection.");
        body.add(line.bytes());
        line.clear();
        body.add(b);
        state = State.BODY_CLOSE;
    }

    private void statusLineDone() {
        byte[] raw = line.bytes();
        line.clear();
        StatusLineExplainer.Explained e = StatusLineExplainer.explain(raw);
        emit(e.annotation());
        status = e.statusLine();
        headers.clear();
        sectionLines = 0;
        state = State.HEADERS;
    }

    private void fieldLineDone() {
        byte[] raw = line.bytes();
        line.clear();
        if (Lines.contentLength(raw) == 0) {
            flushPending();
            if (state == State.HEADERS) {
                headersEnd(raw);
            } else {
                trailersEnd(raw);
            }
            return;
        }
        if (++sectionLines > MAX_HEADER_LINES) {
            flushPending();
            emit(new Annotation(Kind.PROBLEM, raw, "Too many header lines", List.of(new Detail("problem",
                    "more than " + MAX_HEADER_LINES + " lines in one header section. Real servers stop far earlier"
                            + " (Apache at 100); here HTTP parsing stops and the rest is shown as raw bytes.")),
                    Severity.ERROR, Display.TEXT));
            toGarbage(raw, "after too many header lines, the rest could not be read as HTTP");
            return;
        }
        if (raw[0] == ' ' || raw[0] == '\t') {
            if (!pending.isEmpty()) {
                pending.add(raw);
                return;
            }
            List<Detail> d = new ArrayList<>();
            d.add(new Detail("problem", "this line starts with whitespace, but there is no field before it to"
                    + " continue (RFC 9112 §2.2, §5.2). It is ignored."));
            HeaderExplainer.addLineEndingNotes(List.of(raw), d);
            emit(new Annotation(Kind.PROBLEM, raw, "Stray indented line", d, Severity.ERROR, Display.TEXT));
            return;
        }
        pending.add(raw);
    }

    private void flushPending() {
        if (pending.isEmpty()) {
            return;
        }
        boolean trailer = state == State.TRAILERS;
        List<HeaderField> list = trailer ? trailers : headers;
        Kind kind = trailer ? Kind.TRAILER : Kind.HEADER;
        HeaderExplainer.Explained e = HeaderExplainer.explain(kind, pending, list, headers);
        if (!trailer && e.field() != null && e.field().is("ETag")) {
            // read again once the head has ended: Server and Content-Length may still come
            List<byte[]> lines = List.copyOf(pending);
            List<HeaderField> earlier = List.copyOf(list);
            held.add(() -> HeaderExplainer.explain(kind, lines, earlier, headers).annotation());
        } else {
            emit(e.annotation());
        }
        pending.clear();
        if (e.field() != null) {
            list.add(e.field());
        }
    }

    private void headersEnd(byte[] raw) {
        releaseHeld();
        int code = status.map(StatusLine::code).orElse(-1);
        List<Detail> d = new ArrayList<>();
        if (code >= 100 && code < 200 && code != 101) {
            d.add(new Detail("means", "CR LF on its own ends this interim " + code + " reply. It has no body; the"
                    + " final reply starts right after this line."));
            lineEndingNotes(raw, d);
            emit(new Annotation(Kind.BLANK_LINE, raw, "Blank line (end of the interim reply)", d, sev(d), Display.TEXT));
            interim++;
            status = Optional.empty();
            headers.clear();
            state = State.STATUS;
            return;
        }
        headersComplete = true;
        FramingRules.Decision decision = FramingRules.decide(method, code, headers);
        framing = decision.framing();
        d.add(new Detail("means", "CR LF on its own: the end of the headers. The body starts with the very next byte."));
        d.add(new Detail("body", switch (framing.type()) {
            case NONE -> "no body follows: " + framing.reason();
            case CONTENT_LENGTH -> framing.length() + " byte" + (framing.length() == 1 ? "" : "s")
                    + " of body follow (Content-Length).";
            case CHUNKED -> "the body follows in chunks (Transfer-Encoding: chunked).";
            default -> "the body follows until the server closes the connection.";
        }));
        lineEndingNotes(raw, d);
        emit(new Annotation(Kind.BLANK_LINE, raw, "Blank line (end of headers)", d, sev(d), Display.TEXT));
        decision.problems().forEach(this::emit);
        switch (framing.type()) {
            case NONE -> {
                emit(BodyExplainer.noBody(framing));
                complete(code == 101 ? "the server switched protocols; what follows is not HTTP/1.1"
                        : "the headers ended and this reply has no body");
            }
            case CONTENT_LENGTH -> {
                if (framing.length() == 0) {
                    emit(BodyExplainer.noBody(framing));
                    complete("Content-Length: 0, so the reply ended with the blank line");
                } else {
                    state = State.BODY_LENGTH;
                }
            }
            case CHUNKED -> {
                sectionLines = 0;
                state = State.CHUNK_SIZE;
            }
            default -> state = State.BODY_CLOSE;
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
        if (digits.isEmpty() || significant.length() > 15 || !rest.isEmpty() && !rest.startsWith(";")) {
            String why = digits.isEmpty()
                    ? "a chunk must start with its size in hex digits (0-9, a-f), but this line starts with "
                            + (content.isEmpty() ? "nothing" : "\"" + Escape.wire(raw, 0, 1) + "\"")
                    : significant.length() > 15 ? "the chunk size " + digits + " is absurdly large"
                    : "after the size " + digits + " only a ;extension may follow, not \"" + Escape.latin1(rest) + "\"";
            List<Detail> d = new ArrayList<>();
            d.add(new Detail("problem", why + ". The chunked body cannot be followed from here; the rest is shown as"
                    + " raw bytes."));
            lineEndingNotes(raw, d);
            emit(new Annotation(Kind.PROBLEM, raw, "Bad chunk-size line", d, Severity.ERROR, Display.TEXT));
            toGarbage(new byte[0], "after a bad chunk-size line, the rest could not be read as chunks");
            return;
        }
        long size = Long.parseLong(significant, 16);
        List<Detail> d = new ArrayList<>();
        if (size == 0) {
            d.add(new Detail("size", digits + " — a chunk of size 0 is the last chunk: the data is complete. Trailer"
                    + " fields may follow, then a blank line ends the body."));
        } else {
            d.add(new Detail("size", digits + " hex = " + size + " byte" + (size == 1 ? "" : "s")
                    + " of data follow this line, then CR LF."));
        }
        if (!rest.isEmpty()) {
            d.add(new Detail("extension", Escape.latin1(rest) + " — a chunk extension: extra name=value information attached to"
                    + " this chunk. Clients ignore extensions they do not know."));
        }
        lineEndingNotes(raw, d);
        if (size == 0) {
            emit(new Annotation(Kind.LAST_CHUNK, raw, "Last chunk (size 0)", d, sev(d), Display.TEXT));
            sectionLines = 0;
            state = State.TRAILERS;
        } else {
            chunks++;
            emit(new Annotation(Kind.CHUNK_SIZE, raw, "Chunk " + chunks + " size: " + digits + " hex = " + size
                    + " bytes", d, sev(d), Display.TEXT));
            chunkSize = size;
            chunkRemaining = size;
            chunkCr = false;
            chunk.clear();
            state = State.CHUNK_DATA;
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
            List<Detail> d = chunkDataDetails(chunkCr ? "then CR LF closes the chunk" : "then a bare LF closes the chunk");
            if (!chunkCr) {
                d.add(new Detail("line ending", Lines.BARE_LF));
            }
            emitChunkData(d);
            state = State.CHUNK_SIZE;
            return;
        }
        List<Detail> d = chunkDataDetails("but then " + (chunkCr ? "CR is followed by " : "") + "\""
                + Escape.wire(new byte[] {(byte) b}) + "\" instead of CR LF");
        d.add(new Detail("problem", "after " + chunkSize + " bytes of data a CR LF must come. The data is longer than"
                + " its size line said, or the size is wrong. The rest is shown as raw bytes."));
        emitChunkData(d);
        toGarbage(new byte[] {(byte) b}, "after a chunk that did not end where its size said, the rest could not"
                + " be read as chunks");
    }

    private List<Detail> chunkDataDetails(String how) {
        List<Detail> d = new ArrayList<>();
        d.add(new Detail("size", chunkSize + " byte" + (chunkSize == 1 ? "" : "s") + " of data, " + how + "."));
        return d;
    }

    private void emitChunkData(List<Detail> d) {
        byte[] preview = chunk.bytes();
        BodyExplainer.Content c = BodyExplainer.content(preview, headers);
        d.addAll(c.details());
        if (chunk.dropped() > 0) {
            d.add(new Detail("preview", BodyExplainer.previewText(chunk)));
        }
        emit(new Annotation(Kind.CHUNK_DATA, preview, "Chunk " + chunks + " data", d, sev(d), c.display(), c.utf8()));
        chunk.clear();
    }

    private void trailersEnd(byte[] raw) {
        List<Detail> d = new ArrayList<>();
        d.add(new Detail("means", "CR LF on its own after the last chunk" + (trailers.isEmpty() ? "" : " and its trailers")
                + ": the chunked body is complete."));
        lineEndingNotes(raw, d);
        emit(new Annotation(Kind.BLANK_LINE, raw, "Blank line (end of the chunked body)", d, sev(d), Display.TEXT));
        emit(BodyExplainer.body("Body (decoded from chunks)", body, framing, headers, BodyExplainer.Outcome.COMPLETE,
                chunks));
        complete("the last chunk (size 0) and the final blank line arrived");
    }

    private void flushAtClose() {
        switch (state) {
            case STATUS -> {
                if (line.isEmpty()) {
                    emit(problem(interim > 0 ? "No final reply" : "No reply at all", Severity.ERROR,
                            interim > 0 ? "after the interim 1xx reply the server closed without sending the final one."
                                    : "the server closed the connection without sending a single byte. Servers do this"
                                    + " when they give up waiting for a complete request (often the blank line).", null));
                    ending = "the server closed the connection without a reply";
                } else {
                    emit(problem("Cut-off status line", Severity.ERROR, "the connection closed in the middle of the"
                            + " status line, before its line ending.", line.bytes()));
                    ending = "the connection closed in the middle of the status line";
                }
            }
            case HEADERS -> {
                flushPending();
                cutOffLine();
                emit(problem("The blank line never came", Severity.ERROR, "the server closed the connection before"
                        + " sending the blank line (CR LF on its own) that ends the headers. So the reply is incomplete:"
                        + " you cannot know whether more headers were coming, and there is no body. curl reports"
                        + " \"transfer closed\" here; some tools quietly show an empty body.", null));
                ending = "the connection closed before the blank line that ends the headers";
            }
            case BODY_LENGTH -> {
                emit(BodyExplainer.body("Body", body, framing, headers, BodyExplainer.Outcome.CLOSED, 0));
                emit(problem("Body shorter than declared", Severity.ERROR, "Content-Length promised "
                        + framing.length() + " bytes but only " + body.total() + " arrived before the connection"
                        + " ended; " + (framing.length() - body.total()) + " bytes are missing.", null));
                ending = "the connection ended " + (framing.length() - body.total())
                        + " bytes before the end that Content-Length promised";
            }
            case BODY_CLOSE -> {
                emit(BodyExplainer.body(http09 ? "Body (HTTP/0.9 style, no headers)" : "Body", body, framing, headers,
                        BodyExplainer.Outcome.CLOSED, 0));
                complete = true;
                ending = "the server closed the connection, which is what ends this body";
            }
            case CHUNK_SIZE, CHUNK_DATA, CHUNK_DATA_END -> {
                if (state == State.CHUNK_SIZE) {
                    cutOffLine();
                } else {
                    List<Detail> d = chunkDataDetails("but only " + (chunkSize - chunkRemaining) + " of them arrived");
                    emitChunkData(d);
                }
                emit(problem("Chunked body not finished", Severity.ERROR, "the connection ended before the last"
                        + " chunk (size 0) arrived, so the body is incomplete.", null));
                emit(BodyExplainer.body("Body (decoded from chunks)", body, framing, headers,
                        BodyExplainer.Outcome.CLOSED, chunks));
                ending = "the connection ended in the middle of the chunked body";
            }
            case TRAILERS -> {
                flushPending();
                cutOffLine();
                emit(problem("No final blank line", Severity.WARNING, "the last chunk arrived, but the connection"
                        + " closed before the blank line that ends the trailers. The body data itself is complete.", null));
                emit(BodyExplainer.body("Body (decoded from chunks)", body, framing, headers,
                        BodyExplainer.Outcome.COMPLETE, chunks));
                ending = "the connection closed before the blank line after the last chunk";
            }
            case LONG_LINE -> {
                longLineDone(false);
                ending = "the connection closed in the middle of a line that was too long";
            }
            case GARBAGE -> {
                byte[] preview = garbage.bytes();
                List<Detail> d = new ArrayList<>();
                d.add(new Detail("problem", garbageReason + "."));
                d.add(new Detail("received", garbage.total() + " more byte" + (garbage.total() == 1 ? "" : "s")
                        + " until the server closed the connection"));
                BodyExplainer.Content c = BodyExplainer.content(preview, List.of());
                d.addAll(c.details());
                if (garbage.total() > 0) {
                    d.add(new Detail("preview", BodyExplainer.previewText(garbage)));
                }
                emit(new Annotation(Kind.PROBLEM, preview, "Unreadable bytes", d, Severity.ERROR, c.display()));
                ending = "the connection closed; the reply could not be read as HTTP to its end";
            }
            case DONE -> {
                if (surplus.total() > 0) {
                    emit(extraBytes());
                }
                ending = ending + ", then the server closed the connection";
            }
            default -> {
            }
        }
    }

    /**
     * The bytes that arrived after the complete message, explained as not part of it; empty when none came. For a
     * caller that knows they are not the next reply (no request is waiting for one); they stay in {@link #surplus()}.
     */
    public Optional<Annotation> afterMessage() {
        return complete && surplus.total() > 0 ? Optional.of(extraBytes()) : Optional.empty();
    }

    /** The part for bytes after the end of the message: how many, why a client never reads them, and the bytes. */
    private Annotation extraBytes() {
        long n = surplus.total();
        byte[] extra = java.util.Arrays.copyOf(surplus.bytes(), (int) Math.min(PREVIEW, surplus.kept()));
        String count = n + " byte" + (n == 1 ? "" : "s");
        boolean next = surplus.kept() >= 5 && java.util.Arrays.equals(java.util.Arrays.copyOf(extra, 5), HTTP_PREFIX);
        Display display = MediaTypes.looksBinary(extra, extra.length) ? Display.HEX : Display.TEXT;
        List<Detail> d = new ArrayList<>();
        if (next) {
            d.add(new Detail("problem", count + " arrived after the end of the message. They start with HTTP/, so they"
                    + " look like a second reply on the same connection."));
        } else {
            int code = status.map(StatusLine::code).orElse(-1);
            String why = switch (framing.type()) {
                case CONTENT_LENGTH -> "Content-Length said " + framing.length() + ", so a client stops reading after "
                        + framing.length() + " byte" + (framing.length() == 1 ? "" : "s")
                        + " of body and never sees them: the server sent more than it declared.";
                case CHUNKED -> "The chunked body ended with the last chunk (size 0) and its blank line, so a client"
                        + " stops reading there and never sees them.";
                case NONE -> code == 101 ? "After 101 Switching Protocols the connection speaks another protocol,"
                        + " so these bytes are no longer HTTP." : "This reply has no body, so a client stops reading"
                        + " after its blank line and never sees them.";
                default -> "A client stops reading where the message ends and never sees them.";
            };
            d.add(new Detail("problem", count + " after the body " + (n == 1 ? "is" : "are") + " not part of this"
                    + " reply. " + why));
        }
        int shown = (int) Math.min(EXTRA_SHOWN, surplus.kept());
        d.add(new Detail("bytes", Escape.wire(extra, 0, shown)));
        if (n > shown) {
            d.add(new Detail("shown", "the first " + shown + " of the " + n + " bytes"));
        }
        String title = next ? "Extra bytes after the message" : "Not part of the reply: " + count + " after the body";
        return new Annotation(Kind.PROBLEM, extra, title, d, Severity.WARNING, display);
    }

    private void cutOffLine() {
        if (!line.isEmpty()) {
            emit(problem("Cut-off line", Severity.ERROR, "the connection closed in the middle of this line, before"
                    + " its line ending.", line.bytes()));
            line.clear();
        }
    }

    // ---------------------------------------------------------------- helpers

    private void complete(String how) {
        complete = true;
        ending = "complete: " + how;
        state = State.DONE;
    }

    private void toGarbage(byte[] first, String reason) {
        releaseHeld();
        garbage.add(first);
        garbageReason = reason;
        state = State.GARBAGE;
    }

    private void internalError(Throwable e) {
        emit(problem("Internal error", Severity.ERROR, "the annotator itself failed (" + e
                + "); the rest of the reply is shown as raw bytes. Please report this.", null));
        releaseHeld();
        pending.clear();
        line.clear();
        garbageReason = "after an internal error, the rest was not analysed";
        state = State.GARBAGE;
    }

    private static Annotation problem(String title, Severity sev, String text, byte[] raw) {
        return new Annotation(Kind.PROBLEM, raw, title, List.of(new Detail("problem", text)), sev,
                raw == null ? Display.NONE : Display.TEXT);
    }

    private static void lineEndingNotes(byte[] raw, List<Detail> d) {
        HeaderExplainer.addLineEndingNotes(List.of(raw), d);
    }

    private static Severity sev(List<Detail> d) {
        Severity s = Severity.INFO;
        for (Detail x : d) {
            if (x.label().equals("problem")) {
                return Severity.ERROR;
            }
            if (x.label().equals("line ending")) {
                s = Severity.WARNING;
            }
        }
        return s;
    }

    /** The parts held since an ETag header, now that the head has ended (or never will): the ETag's made now. */
    private void releaseHeld() {
        if (held.isEmpty()) {
            return;
        }
        List<Supplier<Annotation>> parts = List.copyOf(held);
        held.clear();
        for (Supplier<Annotation> part : parts) {
            emit(part.get());
        }
    }

    private void emit(Annotation a) {
        if (!held.isEmpty()) {
            held.add(() -> a);
            return;
        }
        out.add(a);
        if (a.kind() != Kind.SUMMARY) {
            kindCounts.merge(a.kind(), 1, Integer::sum);
            if (a.severity() == Severity.ERROR) {
                errors++;
            } else if (a.severity() == Severity.WARNING) {
                warnings++;
            }
        }
    }

    private String partsText() {
        List<String> parts = new ArrayList<>();
        String[][] names = {{"STATUS_LINE", "status line"}, {"HEADER", "header"}, {"BLANK_LINE", "blank line"},
                {"CHUNK_SIZE", "chunk"}, {"LAST_CHUNK", "last chunk"}, {"TRAILER", "trailer"}, {"BODY", "body"},
                {"PROBLEM", "problem"}};
        for (String[] n : names) {
            int c = kindCounts.getOrDefault(Kind.valueOf(n[0]), 0);
            if (c > 0) {
                parts.add(plural(c, n[1]));
            }
        }
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }

    private String endedText() {
        if (!ending.isEmpty()) {
            return ending;
        }
        return switch (state) {
            case STATUS -> "still waiting for the status line";
            case HEADERS -> "still reading headers";
            case LONG_LINE -> "still reading a line that is too long";
            case DONE -> "complete";
            default -> "still receiving the body";
        };
    }

    private static String plural(int n, String word) {
        if (n == 1) {
            return n + " " + word;
        }
        return n + " " + (word.equals("body") ? "bodies" : word + "s");
    }
}
