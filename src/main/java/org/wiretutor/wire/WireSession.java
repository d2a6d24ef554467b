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
import org.wiretutor.http.RequestLine;
import org.wiretutor.wire.WireEvent.CloseReason;
import org.wiretutor.wire.WireEvent.SentKind;
import org.wiretutor.wire.WireEvent.WaitKind;

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
    private boolean sentAnything;
    private boolean answeredHalfRequest;        // the server replied before the blank line came (e.g. 408)
    private boolean keepAliveNoted;
    private boolean closing;
    private boolean closed;
    private boolean reported;                   // the close and everything before it reached the listener
    private long settled;                       // bumps whenever the session reaches a resting state
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
        synchronized (lock) {
            if (closed) throw new IOException("connection closed");
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
            sentAnything = true;
            keepAliveNoted = false;
            answeredHalfRequest = false;
            SentKind kind = SentKind.RAW;
            Optional<RequestLine> requestLine = Optional.empty();
            for (OutgoingLines.Line line : outgoing.feed(bytes)) {
                LineOutcome o = classify(line);
                if (!raw) kind = o.kind();
                if (requestLine.isEmpty()) requestLine = o.requestLine();
                if (o.ended() != null) ended.add(o.ended());
            }
            sent = new WireEvent.Sent(bytes, kind, requestLine);
        }
        listener.accept(sent);
        ended.forEach(listener::accept);
        scheduleHint();
        return sent;
    }

    private record LineOutcome(SentKind kind, Optional<RequestLine> requestLine, WireEvent.RequestEnded ended) {}

    private LineOutcome classify(OutgoingLines.Line line) {
        if (composing == null) {
            if (line.empty()) return new LineOutcome(SentKind.STRAY_BLANK_LINE, Optional.empty(), null);
            RequestLine requestLine = RequestLine.parse(line.byteText());
            ExchangeBuilder exchange = new ExchangeBuilder();
            exchange.method(requestLine.method());
            exchange.requestLine(requestLine, line.bytes(), line.bareLf());
            if (!requestLine.hasVersion()) {
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
        composing.headerLine(line.bytes(), line.text(), line.bareLf());
        return new LineOutcome(SentKind.HEADER, Optional.empty(), null);
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
        while (len > 0) {
            Exchange done = null;
            byte[] surplus = new byte[0];
            // reading, explaining and reporting happen under one delivery turn, so nothing sent in
            // between can be reported out of order
            synchronized (delivery) {
                List<Annotation> parts;
                synchronized (lock) {
                    if (replying == null) {
                        replying = awaitingReply.isEmpty() ? orphan() : awaitingReply.removeFirst();
                    }
                    parts = replying.received(data, off, len);
                    if (replying.replyComplete()) {
                        surplus = replying.surplus();
                        done = replying.build();
                        last = done;
                        replying = null;
                    }
                }
                if (!parts.isEmpty()) listener.accept(new WireEvent.Annotated(parts));
                if (done != null) listener.accept(new WireEvent.ReplyComplete(done));
            }
            if (done != null) scheduleKeepAliveNote();
            data = surplus;
            off = 0;
            len = surplus.length;
        }
    }

    /** Bytes nobody asked for (a 408 after a half-typed request, a server that speaks first). */
    private ExchangeBuilder orphan() {
        if (composing != null) {
            ExchangeBuilder half = composing;
            composing = null;
            answeredHalfRequest = true;
            return half;
        }
        return new ExchangeBuilder();
    }

    private void finish(CloseReason reason, String failure) {
        cancelHint();
        List<Annotation> tail = List.of();
        Exchange done = null;
        String explanation;
        synchronized (lock) {
            if (closed) return;
            closed = true;
            if (replying != null) {
                tail = replying.endOfStream();
                done = replying.build();
                last = done;
                replying = null;
            }
            explanation = explainClose(reason, failure, done != null);
        }
        try {
            synchronized (delivery) {
                if (!tail.isEmpty()) listener.accept(new WireEvent.Annotated(tail));
                if (done != null) listener.accept(new WireEvent.ReplyComplete(done));
                listener.accept(new WireEvent.Closed(reason, explanation));
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

    private String explainClose(CloseReason reason, String failure, boolean replyEndedByClose) {
        return switch (reason) {
            case LOCAL -> WireText.CLOSED_LOCALLY;
            case RESET -> WireText.RESET;
            case FAILED -> WireText.READ_FAILED.formatted(failure == null ? "unknown error" : failure);
            case SERVER_CLOSED -> {
                if (composing != null || answeredHalfRequest) {
                    yield WireText.CLOSED_BY_SERVER_MID_REQUEST.formatted(
                            " (you had sent the request line but not the blank line)");
                }
                if (!sentAnything) yield WireText.CLOSED_BY_SERVER_NOTHING_SENT;
                if (keepAliveNoted && !replyEndedByClose) yield WireText.CLOSED_BY_SERVER_IDLE;
                yield WireText.CLOSED_BY_SERVER_AFTER_REPLY;
            }
        };
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
            if (closed) return;
            if (pendingHint != null) pendingHint.cancel(false);
            pendingHint = timer.schedule(() -> hint(kind, after), after.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void hint(WaitKind kind, Duration after) {
        String text;
        synchronized (lock) {
            if (closed) return;
            boolean stillTrue = switch (kind) {
                case BLANK_LINE_MISSING -> composing != null && replying == null;
                case NO_REPLY_YET -> composing == null && !awaitingReply.isEmpty() && replying == null;
                case KEEP_ALIVE_OPEN -> composing == null && awaitingReply.isEmpty() && replying == null;
            };
            if (!stillTrue) return;
            if (kind == WaitKind.KEEP_ALIVE_OPEN) keepAliveNoted = true;
            text = switch (kind) {
                case BLANK_LINE_MISSING -> WireText.WAIT_FOR_BLANK_LINE.formatted(Math.max(1, after.toSeconds()));
                case NO_REPLY_YET -> WireText.WAIT_FOR_REPLY.formatted(Math.max(1, after.toSeconds()));
                case KEEP_ALIVE_OPEN -> WireText.KEEP_ALIVE_OPEN;
            };
        }
        synchronized (delivery) {
            listener.accept(new WireEvent.Waiting(kind, text));
        }
        settle(false);
    }

    private void cancelHint() {
        synchronized (lock) {
            if (pendingHint != null) pendingHint.cancel(false);
            pendingHint = null;
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
