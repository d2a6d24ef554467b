package org.wiretutor.wire;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wiretutor.http.Annotation;
import org.wiretutor.http.BodyFraming;
import org.wiretutor.http.HeaderField;
import org.wiretutor.http.core.ApacheRules;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.http.core.RequestLine;
import org.wiretutor.http.core.RequestParser;
import org.wiretutor.http.ResponseAnnotator;
import org.wiretutor.http.StatusLine;

/** Collects one exchange while it happens; {@link #build} freezes it for display and checks. */
final class ExchangeBuilder {
    private final Transcript sent = new Transcript();
    private final Transcript received = new Transcript();
    private final List<Annotation> annotations = new ArrayList<>();
    private Optional<String> method = Optional.empty();
    private ResponseAnnotator annotator;
    private RequestLine requestLine;
    private final List<HeaderField> headers = new ArrayList<>();
    private boolean bareLf;
    private long headEndedNanos;
    private boolean headComplete;
    private int headerLines;
    private byte[] lastLine = new byte[0];
    private byte[] lineBeforeReply;
    private long replyEndedNanos;
    private boolean keepsExtra;
    private final List<Exchange.Read> reads = new ArrayList<>();
    /** The head as the protocol core reads it, line by line as it is sent: for what it notes about a header line. */
    private final RequestParser reading = new RequestParser();
    private final List<Diagnosis> nearMisses = new ArrayList<>();
    private static final int MAX_HEADERS = 200;
    private static final int MAX_READS = 10_000;

    void method(String m) {
        if (method.isEmpty() && m != null) method = Optional.of(m);
    }

    Optional<String> method() {
        return method;
    }

    void sent(byte[] bytes) {
        sent.add(bytes, 0, bytes.length);
    }

    void requestLine(RequestLine line, byte[] bytes, boolean bareLf) {
        requestLine = line;
        lastLine = bytes.clone();
        sent(bytes);
        read(bytes);
        this.bareLf |= bareLf;
    }

    /**
     * A header line was sent.
     *
     * @return what the protocol core notes about it that no server refuses for (see {@link WireEvent.Sent#notes()})
     */
    List<Diagnosis> headerLine(byte[] bytes, String text, boolean bareLf) {
        sent(bytes);
        headerLines++;
        lastLine = bytes.clone();
        this.bareLf |= bareLf;
        int colon = text.indexOf(':');
        if (colon > 0 && headers.size() < MAX_HEADERS) {
            headers.add(new HeaderField(text.substring(0, colon), text.substring(colon + 1).strip(), bytes));
        }
        RequestLine parsed = reading.requestLineOrEmpty();
        List<Diagnosis> notes = read(bytes).stream()
                .filter(d -> ApacheRules.statusAtOnce(d, parsed).isEmpty()).toList();
        notes.stream().filter(d -> d.kind() == DiagnosisKind.HEADER_NAME_NEAR_MISS).forEach(nearMisses::add);
        return notes;
    }

    void blankLine(byte[] bytes, boolean bareLf) {
        sent(bytes);
        read(bytes);
        this.bareLf |= bareLf;
    }

    /** Feeds a line sent to {@link #reading}; the diagnoses of the line it ended, if it ended one. */
    private List<Diagnosis> read(byte[] bytes) {
        List<Diagnosis> found = List.of();
        for (byte b : bytes) {
            if (reading.complete()) break;
            RequestParser.Line line = reading.offer(b);
            if (line != null) found = line.diagnoses();
        }
        return found;
    }

    /** The header names typed near a well-known one so far ({@code Hots:} for {@code Host:}), in the order sent. */
    List<Diagnosis> nearMisses() {
        return List.copyOf(nearMisses);
    }

    /** The head is complete: reads of the reply are timed from here. */
    ExchangeBuilder headEnded() {
        headEndedNanos = System.nanoTime();
        headComplete = true;
        return this;
    }

    boolean hasRequestLine() {
        return requestLine != null;
    }

    /** True once the blank line (or an HTTP/0.9 request line) ended the request head. */
    boolean headComplete() {
        return headComplete;
    }

    int headerLines() {
        return headerLines;
    }

    /** The last whole line sent before the reply began, or before now if no reply came. */
    byte[] lastLineBeforeReply() {
        return lineBeforeReply != null ? lineBeforeReply : lastLine;
    }

    Optional<RequestLine> request() {
        return Optional.ofNullable(requestLine);
    }

    /** When the request head ended (System.nanoTime), or 0. */
    long headEndedNanos() {
        return headComplete ? headEndedNanos : 0;
    }

    /** When the reply became complete (System.nanoTime), or 0. */
    long replyEndedNanos() {
        return replyEndedNanos;
    }

    long receivedTotal() {
        return received.total();
    }

    Optional<StatusLine> statusLine() {
        return annotator == null ? Optional.empty() : annotator.statusLine();
    }

    BodyFraming.Type framing() {
        return annotator == null ? BodyFraming.Type.UNDECIDED : annotator.framing().type();
    }

    /**
     * True when, by RFC 9112 section 9.3, this reply is the connection's last: either side said {@code close}, or
     * HTTP/1.0 was spoken without {@code keep-alive}. Only for laying out the screen, never for telling the learner.
     */
    boolean lastOnConnection() {
        if (replyConnection("close")) return true;
        if (replyConnection("keep-alive")) return false;
        boolean http10Request = request().map(r -> r.version().equals("HTTP/1.0")).orElse(false);
        boolean http10Reply = statusLine().map(st -> st.version().equals("HTTP/1.0")).orElse(false);
        return http10Request || http10Reply;
    }

    /** True when the reply has a Connection header listing this option (close, keep-alive), case-insensitively. */
    boolean replyConnection(String option) {
        if (annotator == null) return false;
        for (HeaderField h : annotator.headers()) {
            if (!h.is("Connection")) continue;
            for (String o : h.value().split(",")) {
                if (o.strip().equalsIgnoreCase(option)) return true;
            }
        }
        return false;
    }

    /**
     * The bytes after this complete reply are not the next reply (nothing asked for one): they stay with this
     * exchange, counted in its received bytes, and {@link #extras} explains them.
     */
    void keepExtra() {
        keepsExtra = true;
    }

    boolean keepsExtra() {
        return keepsExtra;
    }

    /** The part that explains the bytes after the body; added to the annotations once. */
    List<Annotation> extras() {
        if (annotator == null) return List.of();
        Optional<Annotation> part = annotator.afterMessage();
        part.ifPresent(annotations::add);
        keepsExtra = false;
        extrasExplained = true;
        return part.map(List::of).orElse(List.of());
    }

    private boolean extrasExplained;

    WireEvent.RequestEnded requestEnded() {
        return new WireEvent.RequestEnded(sent.bytes(), requestLine, List.copyOf(headers), bareLf);
    }

    boolean hasReply() {
        return annotator != null;
    }

    /** Feeds reply bytes; returns the parts they completed. */
    List<Annotation> received(byte[] data, int off, int len) {
        received.add(data, off, len);
        if (lineBeforeReply == null) lineBeforeReply = lastLine;
        if (reads.size() < MAX_READS) {
            long start = headEndedNanos == 0 ? System.nanoTime() : headEndedNanos;
            if (headEndedNanos == 0) headEndedNanos = start;
            reads.add(new Exchange.Read(Duration.ofNanos(System.nanoTime() - start), len));
        }
        if (annotator == null) annotator = new ResponseAnnotator(method.orElse(null));
        boolean wasComplete = annotator.isComplete();
        List<Annotation> parts = annotator.feed(data, off, len);
        annotations.addAll(parts);
        if (!wasComplete && annotator.isComplete()) replyEndedNanos = System.nanoTime();
        return parts;
    }

    /** The server closed: the annotator's last word on this reply. */
    List<Annotation> endOfStream() {
        if (annotator == null) return List.of();
        List<Annotation> parts = annotator.endOfStream();
        annotations.addAll(parts);
        return parts;
    }

    boolean replyComplete() {
        return annotator != null && annotator.isComplete();
    }

    /** Bytes that arrived after this reply was complete: the start of the next one. */
    byte[] surplus() {
        return annotator == null ? new byte[0] : annotator.surplus();
    }

    /**
     * Surplus bytes were counted here but belong to the next exchange, unless they are extra bytes after this reply
     * (see {@link #keepExtra}): those stay, as they crossed the wire.
     */
    Exchange build() {
        byte[] in = received.bytes();
        long total = received.total();
        byte[] extra = keepsExtra || extrasExplained ? new byte[0] : surplus();
        if (extra.length > 0 && in.length == total && extra.length <= in.length) {
            in = java.util.Arrays.copyOf(in, in.length - extra.length);
        }
        return new Exchange(sent.bytes(), in, total - extra.length, List.copyOf(annotations),
                annotator == null ? Optional.empty() : annotator.statusLine(), method, replyComplete(),
                List.copyOf(reads));
    }
}
