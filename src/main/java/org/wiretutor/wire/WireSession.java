package org.wiretutor.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.wiretutor.http.Annotation;
import org.wiretutor.http.core.ApacheRules;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.RequestLine;
import org.wiretutor.wire.WireEvent.CloseReason;
import org.wiretutor.wire.WireEvent.SentKind;
import org.wiretutor.wire.WireEvent.WaitKind;
import org.wiretutor.text.Messages;

/**
 * One live TCP connection the learner types into. Each line goes out exactly as typed plus
 * CR LF; the server's bytes are read on their own thread, explained as they arrive, and
 * reported as {@link WireEvent}s. Silences that mean something are explained too.
 */
public final class WireSession implements AutoCloseable {
    private static final byte[] CRLF = {'\r', '\n'};

    private final Socket socket;
    private final Route route;
    private final WaitPolicy waits;
    private final Consumer<WireEvent> listener;
    private final ScheduledExecutorService timer;
    private final Thread reader;

    private final Object lock = new Object();
    /**
     * Held while events are handed to the listener, and while a line is written and announced:
     * so the server's answer can never be reported before the request that caused it.
     */
    private final Object delivery = new Object();
    private final Deque<ExchangeBuilder> awaitingReply = new ArrayDeque<>();
    private final OutgoingLines outgoing = new OutgoingLines();
    private ExchangeBuilder composing;          // request head being typed
    private ExchangeBuilder replying;           // the exchange whose reply is arriving
    private Exchange last;
    private ExchangeBuilder lastDone;           // the exchange of the last complete reply
    private ExchangeBuilder afterBody;          // lastDone, while bytes nobody asked for follow its reply
    private boolean sentAnything;
    private final long openedNanos = System.nanoTime();
    private long lastSentNanos;
    private long receivedTotal;
    private boolean keepAliveNoted;
    private boolean closing;
    private boolean closed;
    private boolean reported;                   // the close and everything before it reached the listener
    private long settled;                       // bumps whenever the session reaches a resting state
    private String explainedSilence;            // the last hint told, until something is sent or received
    private ScheduledFuture<?> pendingHint;

    private WireSession(Socket socket, Route route, WaitPolicy waits, Consumer<WireEvent> listener) {
        this.socket = socket;
        this.route = route;
        this.waits = waits;
        this.listener = listener;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "wiretutor-wire-timer"));
        this.reader = daemon(this::readLoop, "wiretutor-wire-reader");
    }

    /** Takes over an opened socket, reports {@link WireEvent.Connected} and starts reading. */
    public static WireSession start(Connector.Opened opened, WaitPolicy waits, Consumer<WireEvent> listener) {
        WireSession session = new WireSession(opened.socket(), opened.route(), waits, listener);
        listener.accept(new WireEvent.Connected(opened.route()));
        session.reader.start();
        return session;
    }

    public Route route() {
        return route;
    }

    public boolean isOpen() {
        synchronized (lock) {
            return !closed;
        }
    }

    /** The most recent exchange that has a reply, or the one in progress. */
    public Optional<Exchange> lastExchange() {
        synchronized (lock) {
            if (replying != null) return Optional.of(replying.build());
            if (last != null) return Optional.of(last);
            ExchangeBuilder pending = awaitingReply.peekLast();
            if (pending != null) return Optional.of(pending.build());
            return composing == null ? Optional.empty() : Optional.of(composing.build());
        }
    }

    /** True while a request is being typed, awaits its reply, or its reply is arriving. */
    public boolean busy() {
        synchronized (lock) {
            return !closed && (composing != null || !awaitingReply.isEmpty() || replying != null);
        }
    }

    /** Every byte that has come from the server on this connection so far. */
    public long bytesReceived() {
        synchronized (lock) {
            return receivedTotal;
        }
    }

    /** True while a request line has been sent but not the blank line that ends its head. */
    public boolean requestHeadOpen() {
        synchronized (lock) {
            return composing != null;
        }
    }

    /**
     * Sends one typed line followed by CR LF.
     *
     * @return what was sent and what it was
     * @throws IOException when the connection is already gone
     */
    public WireEvent.Sent send(String line) throws IOException {
        byte[] text = line.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 2];
        System.arraycopy(text, 0, bytes, 0, text.length);
        System.arraycopy(CRLF, 0, bytes, text.length, 2);
        return transmit(bytes, false);
    }

    /** Sends bytes exactly as given, nothing added: how a learner sends a bare LF on purpose. */
    public WireEvent.Sent sendRaw(byte[] bytes) throws IOException {
        return transmit(bytes.clone(), true);
    }

    private WireEvent.Sent transmit(byte[] bytes, boolean raw) throws IOException {
        synchronized (delivery) {
            return transmitInOrder(bytes, raw);
        }
    }

    private WireEvent.Sent transmitInOrder(byte[] bytes, boolean raw) throws IOException {
        WireEvent.Sent sent;
        List<WireEvent.RequestEnded> ended = new ArrayList<>();
        List<Annotation> extras;
        synchronized (lock) {
            if (closed) throw new IOException(Messages.get("wire.send.closed"));
            // bytes that followed the last reply arrived before these are sent: explain them first
            extras = explainExtras();
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
            sentAnything = true;
            lastSentNanos = System.nanoTime();
            keepAliveNoted = false;
            SentKind kind = SentKind.RAW;
            Optional<RequestLine> requestLine = Optional.empty();
            List<Diagnosis> notes = new ArrayList<>();
            for (OutgoingLines.Line line : outgoing.feed(bytes)) {
                LineOutcome o = classify(line);
                if (!raw) kind = o.kind();
                if (requestLine.isEmpty()) requestLine = o.requestLine();
                if (o.ended() != null) ended.add(o.ended());
                notes.addAll(o.notes());
            }
            sent = new WireEvent.Sent(bytes, kind, requestLine, notes);
        }
        if (!extras.isEmpty()) listener.accept(new WireEvent.Annotated(extras));
        listener.accept(sent);
        ended.forEach(listener::accept);
        scheduleHint();
        return sent;
    }

    private record LineOutcome(SentKind kind, Optional<RequestLine> requestLine, WireEvent.RequestEnded ended,
                               List<Diagnosis> notes) {
        LineOutcome(SentKind kind, Optional<RequestLine> requestLine, WireEvent.RequestEnded ended) {
            this(kind, requestLine, ended, List.of());
        }
    }

    private LineOutcome classify(OutgoingLines.Line line) {
        if (composing == null) {
            if (line.empty()) return new LineOutcome(SentKind.STRAY_BLANK_LINE, Optional.empty(), null);
            RequestLine requestLine = RequestLine.parse(line.byteText());
            ExchangeBuilder exchange = new ExchangeBuilder();
            exchange.method(requestLine.method());
            exchange.requestLine(requestLine, line.bytes(), line.bareLf());
            if (ApacheRules.http09(requestLine)) {
                // GET and a path with no version is a whole request; any other line without a version is a
                // malformed request line, which the server answers (or not) when it likes: the reply will say
                awaitingReply.addLast(exchange.headEnded());
                return new LineOutcome(SentKind.REQUEST_LINE_HTTP09, Optional.of(requestLine), exchange.requestEnded());
            }
            composing = exchange;
            return new LineOutcome(SentKind.REQUEST_LINE, Optional.of(requestLine), null);
        }
        if (line.empty()) {
            composing.blankLine(line.bytes(), line.bareLf());
            ExchangeBuilder done = composing;
            awaitingReply.addLast(done.headEnded());
            composing = null;
            return new LineOutcome(SentKind.BLANK_LINE, Optional.empty(), done.requestEnded());
        }
        List<Diagnosis> notes = composing.headerLine(line.bytes(), line.text(), line.bareLf());
        return new LineOutcome(SentKind.HEADER, Optional.empty(), null, notes);
    }

    private void readLoop() {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = socket.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                received(buffer, 0, n);
            }
            finish(CloseReason.SERVER_CLOSED, null);
        } catch (SocketException e) {
            boolean local;
            synchronized (lock) {
                local = closing;
            }
            if (local) finish(CloseReason.LOCAL, null);
            else if (String.valueOf(e.getMessage()).toLowerCase().contains("reset")) finish(CloseReason.RESET, null);
            else finish(CloseReason.FAILED, e.getMessage());
        } catch (IOException | RuntimeException e) {
            finish(CloseReason.FAILED, e.getMessage());
        }
    }

    private void received(byte[] data, int off, int len) {
        cancelHint();
        synchronized (lock) {
            receivedTotal += len;
        }
        boolean extra = false;
        while (len > 0 && !extra) {
            Exchange done = null;
            boolean doneIsLast = false;
            byte[] surplus = new byte[0];
            // reading, explaining and reporting happen under one delivery turn, so nothing sent in
            // between can be reported out of order
            synchronized (delivery) {
                List<Annotation> parts = List.of();
                synchronized (lock) {
                    if (replying == null && afterLastReply(data, off, len)) {
                        // not a reply: bytes after the last one, explained once they stop (see explainExtras)
                        afterBody = lastDone;
                        afterBody.keepExtra();
                        afterBody.received(data, off, len);
                        last = afterBody.build();
                        extra = true;
                    } else if (replying == null) {
                        replying = awaitingReply.isEmpty() ? orphan() : awaitingReply.removeFirst();
                    }
                    if (!extra) parts = replying.received(data, off, len);
                    if (!extra && replying.replyComplete()) {
                        lastDone = replying;
                        surplus = replying.surplus();
                        if (surplus.length > 0 && afterLastReply(surplus, 0, surplus.length)) {
                            afterBody = replying;
                            afterBody.keepExtra();
                            surplus = new byte[0];
                        }
                        done = replying.build();
                        doneIsLast = replying.lastOnConnection();
                        last = done;
                        replying = null;
                    }
                }
                if (!parts.isEmpty()) listener.accept(new WireEvent.Annotated(parts));
                if (done != null) listener.accept(new WireEvent.ReplyComplete(done, doneIsLast));
            }
            if (done != null || extra) scheduleKeepAliveNote();
            data = surplus;
            off = 0;
            len = surplus.length;
        }
    }

    /**
     * True when bytes that arrive now belong after the last complete reply rather than starting a new one: no
     * request waits for a reply, and they do not start like a status line ("HTTP/"). A client would never read them.
     */
    private boolean afterLastReply(byte[] data, int off, int len) {
        if (lastDone == null || !awaitingReply.isEmpty()) return false;
        if (afterBody != null && composing == null) return true;
        byte[] prefix = {'H', 'T', 'T', 'P', '/'};
        for (int i = 0; i < Math.min(len, prefix.length); i++) {
            if (data[off + i] != prefix[i]) return true;
        }
        return false;
    }

    /** The part explaining bytes that followed the last reply, once; empty when none came. Holds {@link #lock}. */
    private List<Annotation> explainExtras() {
        if (afterBody == null) return List.of();
        List<Annotation> parts = afterBody.extras();
        last = afterBody.build();
        afterBody = null;
        return parts;
    }

    /** Bytes nobody asked for (a 408 after a half-typed request, a server that speaks first). */
    private ExchangeBuilder orphan() {
        if (composing != null) {
            ExchangeBuilder half = composing;
            composing = null;
            return half;
        }
        return new ExchangeBuilder();
    }

    private void finish(CloseReason reason, String failure) {
        cancelHint();
        List<Annotation> tail = List.of();
        List<Annotation> extras;
        Exchange done = null;
        String explanation;
        synchronized (lock) {
            if (closed) return;
            closed = true;
            extras = explainExtras();
            ExchangeBuilder cut = null;
            if (replying != null) {
                cut = replying;
                tail = replying.endOfStream();
                done = replying.build();
                last = done;
                if (replying.replyComplete()) lastDone = replying;
                replying = null;
            }
            explanation = CloseExplainer.explain(facts(reason, failure, cut));
        }
        try {
            synchronized (delivery) {
                if (!extras.isEmpty()) listener.accept(new WireEvent.Annotated(extras));
                if (!tail.isEmpty()) listener.accept(new WireEvent.Annotated(tail));
                if (done != null) listener.accept(new WireEvent.ReplyComplete(done, true));
                long received;
                synchronized (lock) {
                    received = receivedTotal;
                }
                listener.accept(new WireEvent.Closed(reason, explanation, received));
            }
        } finally {
            timer.shutdownNow();
            closeQuietly();
            settle(true);
        }
    }

    /** Marks a resting state once its events have been delivered, so waiters see them all. */
    private void settle(boolean finalState) {
        synchronized (lock) {
            settled++;
            if (finalState) reported = true;
            lock.notifyAll();
        }
    }

    /**
     * What happened on the connection, for the close explanation. Holds {@link #lock}.
     *
     * @param cut the exchange whose reply was still arriving when the connection ended, or null
     */
    private CloseExplainer.Facts facts(CloseReason reason, String failure, ExchangeBuilder cut) {
        long now = System.nanoTime();
        // the exchange the close concerns: the reply cut off, the request being typed, a request still
        // waiting for its reply, or else the last reply
        ExchangeBuilder focus = cut != null ? cut
                : composing != null ? composing
                : !awaitingReply.isEmpty() ? awaitingReply.peekLast()
                : lastDone;
        boolean partial = outgoing.pending() > 0;
        CloseExplainer.Request request;
        if (focus != null && focus.hasRequestLine()) {
            request = focus.headComplete() ? CloseExplainer.Request.COMPLETE : CloseExplainer.Request.HEAD_OPEN;
        } else if (partial) {
            request = CloseExplainer.Request.PART_OF_A_LINE;
        } else {
            request = sentAnything ? CloseExplainer.Request.BLANK_LINES : CloseExplainer.Request.NOTHING;
        }
        CloseExplainer.Reply reply = focus == null || focus.receivedTotal() == 0 ? CloseExplainer.Reply.NONE
                : focus.replyComplete() ? CloseExplainer.Reply.COMPLETE : CloseExplainer.Reply.CUT;
        String version = focus == null ? "" : focus.request().map(r -> r.version()).orElse("");
        var status = focus == null ? java.util.Optional.<org.wiretutor.http.StatusLine>empty() : focus.statusLine();
        return new CloseExplainer.Facts(reason, failure,
                Duration.ofNanos(now - openedNanos),
                lastSentNanos == 0 ? null : Duration.ofNanos(now - lastSentNanos),
                focus == null || focus.headEndedNanos() == 0 ? null : Duration.ofNanos(now - focus.headEndedNanos()),
                focus == null || focus.replyEndedNanos() == 0 ? null : Duration.ofNanos(now - focus.replyEndedNanos()),
                request,
                focus == null ? 0 : focus.headerLines(),
                focus == null ? new byte[0] : focus.lastLineBeforeReply(),
                partial,
                reply,
                focus == null ? 0 : focus.receivedTotal(),
                status.map(org.wiretutor.http.StatusLine::code).orElse(-1),
                focus == null ? org.wiretutor.http.BodyFraming.Type.UNDECIDED : focus.framing(),
                focus != null && focus.request().map(r -> !r.hasVersion()).orElse(false),
                version.equals("HTTP/1.0"),
                status.map(st -> st.version().equals("HTTP/1.0")).orElse(false),
                focus != null && focus.replyConnection("close"),
                focus != null && focus.replyConnection("keep-alive"),
                keepAliveNoted,
                focus == null ? List.of() : focus.nearMisses());
    }

    private void scheduleHint() {
        WaitKind kind;
        Duration after;
        synchronized (lock) {
            if (composing != null) {
                kind = WaitKind.BLANK_LINE_MISSING;
                after = waits.blankLineHint();
            } else if (!awaitingReply.isEmpty()) {
                kind = WaitKind.NO_REPLY_YET;
                after = waits.replyHint();
            } else {
                return;
            }
        }
        schedule(kind, after);
    }

    private void scheduleKeepAliveNote() {
        schedule(WaitKind.KEEP_ALIVE_OPEN, waits.keepAliveNote());
    }

    private void schedule(WaitKind kind, Duration after) {
        synchronized (lock) {
            explainedSilence = null;
            if (closed) return;
            if (pendingHint != null) pendingHint.cancel(false);
            pendingHint = timer.schedule(() -> hint(kind, after), after.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void hint(WaitKind kind, Duration after) {
        // delivery first, as when bytes arrive: the note and any part it flushes stay in order with the close
        synchronized (delivery) {
            String text;
            List<Annotation> extras = List.of();
            synchronized (lock) {
                if (closed) return;
                boolean stillTrue = switch (kind) {
                    case BLANK_LINE_MISSING -> composing != null && replying == null;
                    case NO_REPLY_YET -> composing == null && !awaitingReply.isEmpty() && replying == null;
                    case KEEP_ALIVE_OPEN -> composing == null && awaitingReply.isEmpty() && replying == null;
                };
                if (!stillTrue) return;
                if (kind == WaitKind.KEEP_ALIVE_OPEN) {
                    keepAliveNoted = true;
                    extras = explainExtras();
                }
                text = switch (kind) {
                    case BLANK_LINE_MISSING -> Messages.get("wire.wait.blankLine",
                            String.valueOf(Math.max(1, after.toSeconds())));
                    case NO_REPLY_YET -> Messages.get("wire.wait.reply", String.valueOf(Math.max(1, after.toSeconds())));
                    case KEEP_ALIVE_OPEN -> Messages.get("wire.wait.keepAliveOpen");
                };
                explainedSilence = text;
            }
            if (!extras.isEmpty()) listener.accept(new WireEvent.Annotated(extras));
            listener.accept(new WireEvent.Waiting(kind, text));
        }
        settle(false);
    }

    private void cancelHint() {
        synchronized (lock) {
            explainedSilence = null;
            if (pendingHint != null) pendingHint.cancel(false);
            pendingHint = null;
        }
    }

    /**
     * The explanation of the silence the connection is in, when one was told and nothing has been sent or received
     * since: a wait asked for now would find nothing new to wait for.
     */
    public Optional<String> silenceExplained() {
        synchronized (lock) {
            return Optional.ofNullable(explainedSilence);
        }
    }

    /** A marker for {@link #awaitSettled}: take it before sending, wait on it after. */
    public long settleMark() {
        synchronized (lock) {
            return settled;
        }
    }

    /**
     * Waits until the session comes to rest after {@code mark}: the connection closed, or a
     * silence was explained. Scripts use this so their output is complete and in order.
     *
     * @return false when the wait ran out first
     */
    public boolean awaitSettled(long mark, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        synchronized (lock) {
            while (settled == mark && !reported) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return false;
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return true;
        }
    }

    /** Closes the connection; the reader reports {@link CloseReason#LOCAL}. Idempotent. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) return;
            closing = true;
        }
        closeQuietly();
        try {
            reader.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        finish(CloseReason.LOCAL, null);
    }

    private void closeQuietly() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone: nothing left to release
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
