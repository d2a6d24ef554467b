package org.wiretutor.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.http.core.Preview;
import org.wiretutor.http.core.ResponseParser;
import org.wiretutor.http.core.ResponsePart;
import org.wiretutor.http.core.ResponsePart.BlankLine;
import org.wiretutor.http.core.ResponsePart.Body;
import org.wiretutor.http.core.ResponsePart.ChunkData;
import org.wiretutor.http.core.ResponsePart.ChunkSize;
import org.wiretutor.http.core.ResponsePart.Failure;
import org.wiretutor.http.core.ResponsePart.FieldRead;
import org.wiretutor.http.core.ResponsePart.LineTooLong;
import org.wiretutor.http.core.ResponsePart.NoBody;
import org.wiretutor.http.core.ResponsePart.NoStatusLine;
import org.wiretutor.http.core.ResponsePart.Outcome;
import org.wiretutor.http.core.ResponsePart.StatusLineRead;
import org.wiretutor.http.core.ResponsePart.Stopped;
import org.wiretutor.http.core.ResponsePart.StrayIndentedLine;
import org.wiretutor.http.core.ResponsePart.Surplus;
import org.wiretutor.http.core.ResponsePart.TooManyLines;
import org.wiretutor.http.core.ResponsePart.Unfinished;
import org.wiretutor.http.core.ResponsePart.Unreadable;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;

/**
 * Feeds bytes as they arrive; returns the parts completed by those bytes, explained. Never throws.
 *
 * <p>The reading is {@link ResponseParser}'s: it reports each part of the reply with typed diagnoses, and this class
 * turns each into an {@link Annotation} in the words of the catalogue ({@code http.*}). So feeding byte by byte, in
 * random pieces or all at once gives the same annotations, and memory is bounded as the parser's is.
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
    public static final int MAX_LINE = ResponseParser.MAX_LINE;
    /** Most header (or trailer) lines read in one section. */
    public static final int MAX_HEADER_LINES = ResponseParser.MAX_HEADER_LINES;
    /** Body and chunk bytes kept for display; the rest are only counted. */
    public static final int PREVIEW = ResponseParser.PREVIEW;
    /** Bytes after the end of the message kept for the next response. */
    public static final int MAX_SURPLUS = ResponseParser.MAX_SURPLUS;

    /** The {@code {0}} of a sentence that inserts no text: the catalogue keeps {@code {0}} for text. */
    private static final String NO_TEXT = "";

    /** How many bytes of extra data after a message its explanation quotes, escaped. */
    static final int EXTRA_SHOWN = 1024;

    /** The parts the summary counts, in the order it names them. */
    private static final List<Kind> COUNTED = List.of(Kind.STATUS_LINE, Kind.HEADER, Kind.BLANK_LINE, Kind.CHUNK_SIZE,
            Kind.LAST_CHUNK, Kind.TRAILER, Kind.BODY, Kind.PROBLEM);

    private final ResponseParser parser;
    private Optional<StatusLine> status = Optional.empty();
    private final List<HeaderField> headers = new ArrayList<>();
    private final List<HeaderField> trailers = new ArrayList<>();
    private final Map<Kind, Integer> kindCounts = new EnumMap<>(Kind.class);
    private int warnings;
    private int errors;
    private List<Annotation> out = new ArrayList<>();
    /** Parts held back from an ETag header to the end of the head, in wire order; an ETag's is made at release. */
    private final List<Supplier<Annotation>> held = new ArrayList<>();

    /** @param requestMethod the request's method ("GET", "HEAD", ...) or null if unknown; HEAD means no body. */
    public ResponseAnnotator(String requestMethod) {
        this.parser = new ResponseParser(requestMethod);
    }

    /** Feeds {@code len} bytes from {@code data} at {@code off}; returns the parts these bytes completed. */
    public List<Annotation> feed(byte[] data, int off, int len) {
        out = new ArrayList<>();
        tell(parser.feed(data, off, len));
        return out;
    }

    /** Feeds a whole array. */
    public List<Annotation> feed(byte[] data) {
        return feed(data, 0, data == null ? 0 : data.length);
    }

    /** The server closed the connection: flushes what is left (an until-close body, cut-off parts) and a SUMMARY. */
    public List<Annotation> endOfStream() {
        out = new ArrayList<>();
        if (parser.stage() == ResponseParser.Stage.CLOSED) {
            return out;
        }
        tell(parser.endOfStream());
        releaseHeld();
        emit(summary());
        return out;
    }

    /** True once the message is complete per its framing (or, for an until-close body, once the server closed). */
    public boolean isComplete() {
        return parser.isComplete();
    }

    /** Bytes fed after completion: on a keep-alive connection, the start of the next response. */
    public byte[] surplus() {
        return parser.surplus();
    }

    /** How many bytes arrived after completion, including any beyond {@link #MAX_SURPLUS} that were not kept. */
    public long surplusCount() {
        return parser.surplusCount();
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
        return parser.body().total();
    }

    /** Every byte fed so far, surplus included. */
    public long totalBytesReceived() {
        return parser.totalBytesReceived();
    }

    /** How the body length was decided; UNDECIDED until the headers end. */
    public BodyFraming framing() {
        return BodyFraming.of(parser.framing());
    }

    /** True once the blank line after the headers was read (or the reply turned out to have no headers at all). */
    public boolean headersComplete() {
        return parser.headersComplete();
    }

    /** True if the reply had no status line: the server answered HTTP/0.9 style. */
    public boolean isHttp09() {
        return parser.isHttp09();
    }

    /** How many interim 1xx responses came before the final one. */
    public int interimResponses() {
        return parser.interimResponses();
    }

    /**
     * A provisional view of the body being received, for when the server goes quiet mid-body: e.g. "received 167 but
     * Content-Length promised 500 — the server is still holding the connection". Empty when no body is in progress.
     * Not part of the annotation stream.
     */
    public Optional<Annotation> inProgress() {
        return switch (parser.stage()) {
            case BODY_LENGTH, BODY_CLOSE, CHUNK_SIZE, CHUNK_DATA, CHUNK_DATA_END, TRAILERS -> Optional.of(
                    BodyExplainer.body(Messages.get("http.body.title.arriving"), parser.body(), framing(), headers,
                            Outcome.IN_PROGRESS, parser.chunks()));
            default -> Optional.empty();
        };
    }

    /** The SUMMARY for the current state: bytes, parts, and how the message ended. */
    public Annotation summary() {
        List<Detail> d = new ArrayList<>();
        long total = parser.totalBytesReceived();
        long body = parser.body().total();
        d.add(new Detail("received", Messages.get(framing().type() == BodyFraming.Type.CHUNKED
                ? "http.summary.received.chunked" : "http.summary.received", NO_TEXT, total, body)));
        d.add(new Detail("parts", partsText()));
        d.add(new Detail("ended", endedText()));
        d.add(new Detail("problems", errors == 0 && warnings == 0 ? Messages.get("http.summary.problems.none")
                : Messages.get("http.summary.problems", NO_TEXT, errors, warnings)));
        Severity sev = errors > 0 ? Severity.ERROR : warnings > 0 ? Severity.WARNING : Severity.INFO;
        return new Annotation(Kind.SUMMARY, new byte[0], Messages.get("http.summary.title"), d, sev, Display.NONE);
    }

    /**
     * The bytes that arrived after the complete message, explained as not part of it; empty when none came. For a
     * caller that knows they are not the next reply (no request is waiting for one); they stay in {@link #surplus()}.
     */
    public Optional<Annotation> afterMessage() {
        Diagnosis extra = parser.surplusDiagnosis();
        return parser.isComplete() && extra != null ? Optional.of(extraBytes(extra, parser.surplusPreview()))
                : Optional.empty();
    }

    // ---------------------------------------------------------------- parts into annotations

    private void tell(List<ResponsePart> parts) {
        for (ResponsePart part : parts) {
            try {
                tell(part);
            } catch (RuntimeException | StackOverflowError e) {
                internalError(e.toString());
                parser.abandon();
                return;
            }
        }
    }

    private void tell(ResponsePart part) {
        if (part instanceof NoStatusLine) {
            emit(new Annotation(Kind.PROBLEM, new byte[0], Messages.get("http.http09.title"), List.of(
                    new Detail("problem", Messages.get("http.http09.problem")),
                    new Detail("means", Messages.get("http.http09.means"))), Severity.WARNING, Display.NONE));
        } else if (part instanceof StatusLineRead p) {
            StatusLineExplainer.Explained e = StatusLineExplainer.explain(p);
            emit(e.annotation());
            status = e.statusLine();
            headers.clear();
        } else if (part instanceof FieldRead p) {
            field(p);
        } else if (part instanceof StrayIndentedLine p) {
            List<Detail> d = new ArrayList<>();
            d.add(new Detail("problem", Messages.get("http.stray.indented")));
            HeaderExplainer.addLineEndingNotes(p, d);
            emit(new Annotation(Kind.PROBLEM, p.raw(), Messages.get("http.stray.indented.title"), d, Severity.ERROR,
                    Display.TEXT));
        } else if (part instanceof TooManyLines p) {
            emit(new Annotation(Kind.PROBLEM, p.raw(), Messages.get("http.too.many.lines.title"), List.of(
                    new Detail("problem", Messages.get("http.too.many.lines", NO_TEXT, MAX_HEADER_LINES))),
                    Severity.ERROR, Display.TEXT));
        } else if (part instanceof LineTooLong p) {
            lineTooLong(p);
        } else if (part instanceof BlankLine p) {
            blankLine(p);
        } else if (part instanceof NoBody p) {
            emit(BodyExplainer.noBody(BodyFraming.of(p.framing())));
        } else if (part instanceof ChunkSize p) {
            chunkSize(p);
        } else if (part instanceof ChunkData p) {
            chunkData(p);
        } else if (part instanceof Body p) {
            emit(BodyExplainer.body(bodyTitle(), p.data(), framing(), headers, p.outcome(), p.chunks()));
        } else if (part instanceof Stopped) {
            releaseHeld();
        } else if (part instanceof Unreadable p) {
            unreadable(p);
        } else if (part instanceof Unfinished p) {
            unfinished(p);
        } else if (part instanceof Surplus p) {
            emit(extraBytes(p.diagnoses().get(0), p.data()));
        } else if (part instanceof Failure p) {
            internalError(p.error());
        }
    }

    private void field(FieldRead p) {
        boolean trailer = p.section() == ResponsePart.Section.TRAILERS;
        List<HeaderField> list = trailer ? trailers : headers;
        Kind kind = trailer ? Kind.TRAILER : Kind.HEADER;
        HeaderExplainer.Explained e = HeaderExplainer.explain(kind, p, headers);
        if (!trailer && e.field() != null && e.field().is("ETag")) {
            // read again once the head has ended: Server and Content-Length may still come
            held.add(() -> HeaderExplainer.explain(kind, p, headers).annotation());
        } else {
            emit(e.annotation());
        }
        if (e.field() != null) {
            list.add(e.field());
        }
    }

    /** Explains the over-long line once its end is known: at its LF, or when the connection closed first. */
    private void lineTooLong(LineTooLong p) {
        String subject = switch (p.role()) {
            case STATUS_LINE -> Messages.get("http.long.status.line");
            case CHUNK_SIZE_LINE -> Messages.get("http.long.chunk.size.line");
            case HEADER_LINE, TRAILER_LINE -> {
                boolean header = p.role() == ResponsePart.LineRole.HEADER_LINE;
                byte[] name = p.name();
                String shown = Escape.bytes(name, 0, name.length).strip() + (p.nameCut() ? "…" : "");
                yield shown.isEmpty()
                        ? Messages.get(header ? "http.long.header.line.nameless" : "http.long.trailer.line.nameless",
                                NO_TEXT, MAX_LINE)
                        : Messages.get(header ? "http.long.header" : "http.long.trailer", shown);
            }
        };
        List<Detail> d = new ArrayList<>();
        d.add(new Detail("problem", Messages.get(p.ended() ? "http.long.ended" : "http.long.cut", subject, p.length(),
                MAX_LINE)));
        d.add(new Detail("preview", Messages.get("http.long.kept", NO_TEXT, p.line().keptCount(), p.line().total())));
        emit(new Annotation(Kind.PROBLEM, p.line().kept(), Messages.get("http.long.title"), d, Severity.ERROR,
                Display.TEXT));
    }

    private void blankLine(BlankLine p) {
        List<Detail> d = new ArrayList<>();
        switch (p.role()) {
            case END_OF_INTERIM_REPLY -> {
                releaseHeld();
                d.add(new Detail("means", Messages.get("http.blank.interim", NO_TEXT, p.code())));
                HeaderExplainer.addLineEndingNotes(p, d);
                emit(new Annotation(Kind.BLANK_LINE, p.raw(), Messages.get("http.blank.interim.title"), d,
                        lineSeverity(p), Display.TEXT));
                status = Optional.empty();
                headers.clear();
            }
            case END_OF_HEADERS -> {
                releaseHeld();
                BodyFraming framing = BodyFraming.of(p.framing());
                d.add(new Detail("means", Messages.get("http.blank.headers")));
                d.add(new Detail("body", switch (framing.type()) {
                    case NONE -> Messages.get("http.blank.body.none", framing.reason());
                    case CONTENT_LENGTH -> Messages.get("http.blank.body.length", NO_TEXT, framing.length());
                    case CHUNKED -> Messages.get("http.blank.body.chunked");
                    default -> Messages.get("http.blank.body.until.close");
                }));
                HeaderExplainer.addLineEndingNotes(p, d);
                emit(new Annotation(Kind.BLANK_LINE, p.raw(), Messages.get("http.blank.headers.title"), d,
                        lineSeverity(p), Display.TEXT));
                if (p.has(DiagnosisKind.TRANSFER_ENCODING_AND_CONTENT_LENGTH)) {
                    emit(problem(Messages.get("http.framing.both.title"), Severity.WARNING,
                            Messages.get("http.framing.both"), null));
                }
                if (p.has(DiagnosisKind.BODY_LENGTH_UNKNOWN)) {
                    List<String> lengths = headers.stream().filter(h -> h.is("Content-Length"))
                            .map(HeaderField::value).toList();
                    emit(problem(Messages.get("http.framing.invalid.title"), Severity.ERROR,
                            Messages.get("http.framing.invalid", String.join(" / ", lengths)), null));
                }
            }
            case END_OF_CHUNKED_BODY -> {
                d.add(new Detail("means", Messages.get(trailers.isEmpty() ? "http.blank.chunked"
                        : "http.blank.chunked.trailers")));
                HeaderExplainer.addLineEndingNotes(p, d);
                emit(new Annotation(Kind.BLANK_LINE, p.raw(), Messages.get("http.blank.chunked.title"), d,
                        lineSeverity(p), Display.TEXT));
            }
        }
    }

    private void chunkSize(ChunkSize p) {
        List<Detail> d = new ArrayList<>();
        if (!p.readable()) {
            String why;
            if (p.has(DiagnosisKind.CHUNK_SIZE_NOT_HEX)) {
                why = p.first(DiagnosisKind.CHUNK_SIZE_NOT_HEX).subject().isEmpty()
                        ? Messages.get("http.chunk.size.empty")
                        : Messages.get("http.chunk.size.not.hex", Escape.wire(p.raw(), 0, 1));
            } else if (p.has(DiagnosisKind.CHUNK_SIZE_ABSURD)) {
                why = Messages.get("http.chunk.size.absurd", p.digits());
            } else {
                why = Messages.get("http.chunk.size.junk", p.digits(), Escape.latin1(p.extension()));
            }
            d.add(new Detail("problem", why));
            HeaderExplainer.addLineEndingNotes(p, d);
            emit(new Annotation(Kind.PROBLEM, p.raw(), Messages.get("http.chunk.size.bad.title"), d, Severity.ERROR,
                    Display.TEXT));
            return;
        }
        d.add(new Detail("size", p.last() ? Messages.get("http.chunk.size.last", p.digits())
                : Messages.get("http.chunk.size", p.digits(), p.size())));
        if (!p.extension().isEmpty()) {
            d.add(new Detail("extension", Messages.get("http.chunk.extension", Escape.latin1(p.extension()))));
        }
        HeaderExplainer.addLineEndingNotes(p, d);
        if (p.last()) {
            emit(new Annotation(Kind.LAST_CHUNK, p.raw(), Messages.get("http.chunk.last.title"), d, lineSeverity(p),
                    Display.TEXT));
        } else {
            emit(new Annotation(Kind.CHUNK_SIZE, p.raw(), Messages.get("http.chunk.size.title", p.digits(), p.index(),
                    p.size()), d, lineSeverity(p), Display.TEXT));
        }
    }

    private void chunkData(ChunkData p) {
        List<Detail> d = new ArrayList<>();
        Severity sev = Severity.INFO;
        switch (p.end()) {
            case CRLF -> d.add(new Detail("size", Messages.get("http.chunk.data.crlf", NO_TEXT, p.size())));
            case BARE_LF -> {
                d.add(new Detail("size", Messages.get("http.chunk.data.bare.lf", NO_TEXT, p.size())));
                d.add(new Detail("line ending", Messages.get("http.line.bare.lf")));
                sev = Severity.WARNING;
            }
            case WRONG_BYTE -> {
                String found = Escape.wire(new byte[] {(byte) p.wrongByte()});
                d.add(new Detail("size", Messages.get(p.afterCr() ? "http.chunk.data.wrong.after.cr"
                        : "http.chunk.data.wrong", found, p.size())));
                d.add(new Detail("problem", Messages.get("http.chunk.data.too.long", NO_TEXT, p.size())));
                sev = Severity.ERROR;
            }
            case CUT -> d.add(new Detail("size", Messages.get("http.chunk.data.cut", NO_TEXT, p.size(), p.received())));
        }
        byte[] preview = p.data().kept();
        BodyExplainer.Content c = BodyExplainer.content(preview, headers);
        d.addAll(c.details());
        if (p.data().dropped() > 0) {
            d.add(new Detail("preview", BodyExplainer.previewText(p.data())));
        }
        emit(new Annotation(Kind.CHUNK_DATA, preview, Messages.get("http.chunk.data.title", NO_TEXT, p.index()), d, sev,
                c.display(), c.utf8()));
    }

    private void unreadable(Unreadable p) {
        byte[] preview = p.data().kept();
        List<Detail> d = new ArrayList<>();
        d.add(new Detail("problem", Messages.get("http.unreadable." + p.reason().name())));
        d.add(new Detail("received", Messages.get("http.unreadable.received", NO_TEXT, p.data().total())));
        BodyExplainer.Content c = BodyExplainer.content(preview, List.of());
        d.addAll(c.details());
        if (p.data().total() > 0) {
            d.add(new Detail("preview", BodyExplainer.previewText(p.data())));
        }
        emit(new Annotation(Kind.PROBLEM, preview, Messages.get("http.unreadable.title"), d, Severity.ERROR,
                c.display()));
    }

    /** What the close left unfinished, in words. */
    private void unfinished(Unfinished p) {
        BodyFraming framing = framing();
        long body = parser.body().total();
        String key = "http.unfinished." + p.kind().name();
        byte[] raw = p.kind() == DiagnosisKind.STATUS_LINE_CUT_OFF || p.kind() == DiagnosisKind.LINE_CUT_OFF
                ? p.raw() : null;
        Severity sev = p.kind() == DiagnosisKind.NO_BLANK_LINE_AFTER_TRAILERS ? Severity.WARNING : Severity.ERROR;
        String text = p.kind() == DiagnosisKind.BODY_CUT_SHORT
                ? Messages.get(key, NO_TEXT, framing.length(), body, framing.length() - body) : Messages.get(key);
        emit(problem(Messages.get(key + ".title"), sev, text, raw));
    }

    /** The part for bytes after the end of the message: how many, why a client never reads them, and the bytes. */
    private Annotation extraBytes(Diagnosis what, Preview surplus) {
        long n = surplus.total();
        byte[] extra = Arrays.copyOf(surplus.kept(), Math.min(PREVIEW, surplus.keptCount()));
        Display display = MediaTypes.looksBinary(extra, extra.length) ? Display.HEX : Display.TEXT;
        List<Detail> d = new ArrayList<>();
        boolean next = what.kind() == DiagnosisKind.SECOND_REPLY;
        if (next) {
            d.add(new Detail("problem", Messages.get("http.extra.next", NO_TEXT, n)));
        } else {
            BodyFraming framing = framing();
            int code = status.map(StatusLine::code).orElse(-1);
            String why = switch (framing.type()) {
                case CONTENT_LENGTH -> Messages.get("http.extra.why.length", NO_TEXT, framing.length());
                case CHUNKED -> Messages.get("http.extra.why.chunked");
                case NONE -> Messages.get(code == 101 ? "http.extra.why.switched" : "http.extra.why.none");
                default -> Messages.get("http.extra.why");
            };
            d.add(new Detail("problem", Messages.get("http.extra.not.part", why, n)));
        }
        int shown = (int) Math.min(EXTRA_SHOWN, surplus.keptCount());
        d.add(new Detail("bytes", Escape.wire(extra, 0, shown)));
        if (n > shown) {
            d.add(new Detail("shown", Messages.get("http.extra.shown", NO_TEXT, shown, n)));
        }
        String title = next ? Messages.get("http.extra.next.title") : Messages.get("http.extra.title", NO_TEXT, n);
        return new Annotation(Kind.PROBLEM, extra, title, d, Severity.WARNING, display);
    }

    // ---------------------------------------------------------------- helpers

    private void internalError(String error) {
        emit(problem(Messages.get("http.internal.error.title"), Severity.ERROR,
                Messages.get("http.internal.error", error), null));
        releaseHeld();
    }

    /** The body's title, from how it is framed. */
    private String bodyTitle() {
        if (parser.framing().reading() == org.wiretutor.http.core.ResponseFraming.Reading.CHUNKED) {
            return Messages.get("http.body.title.chunked");
        }
        return Messages.get(parser.isHttp09() ? "http.body.title.http09" : "http.body.title");
    }

    private static Annotation problem(String title, Severity sev, String text, byte[] raw) {
        return new Annotation(Kind.PROBLEM, raw, title, List.of(new Detail("problem", text)), sev,
                raw == null ? Display.NONE : Display.TEXT);
    }

    /** A line's severity from its ending: a stray CR is an error, a bare LF a warning. */
    private static Severity lineSeverity(ResponsePart p) {
        if (p.has(DiagnosisKind.REPLY_STRAY_CR)) {
            return Severity.ERROR;
        }
        return p.has(DiagnosisKind.REPLY_BARE_LF) ? Severity.WARNING : Severity.INFO;
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
        for (Kind kind : COUNTED) {
            int c = kindCounts.getOrDefault(kind, 0);
            if (c > 0) {
                parts.add(Messages.get("http.summary.part." + kind.name(), NO_TEXT, c));
            }
        }
        return parts.isEmpty() ? Messages.get("http.summary.parts.none") : String.join(", ", parts);
    }

    private String endedText() {
        ResponseParser.Ending ending = parser.ending();
        if (ending != ResponseParser.Ending.NOT_YET) {
            String text = ending == ResponseParser.Ending.CUT_IN_BODY
                    ? Messages.get("http.ended.CUT_IN_BODY", NO_TEXT, parser.framing().length() - parser.body().total())
                    : ending == ResponseParser.Ending.ALL_DECLARED_BYTES
                    ? Messages.get("http.ended.ALL_DECLARED_BYTES", NO_TEXT, parser.framing().length())
                    : Messages.get("http.ended." + ending.name());
            return parser.closedAfterEnd() ? Messages.get("http.ended.then.closed", text) : text;
        }
        return switch (parser.stage()) {
            case STATUS -> Messages.get("http.ended.waiting.status");
            case HEADERS -> Messages.get("http.ended.reading.headers");
            case LONG_LINE -> Messages.get("http.ended.reading.long.line");
            case DONE -> Messages.get("http.ended.complete");
            default -> Messages.get("http.ended.receiving.body");
        };
    }
}
