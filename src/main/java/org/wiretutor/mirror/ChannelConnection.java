package org.wiretutor.mirror;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.text.Messages;

/**
 * One connection of the HTTP port served by an {@link EventLoop}: it reads heads through a {@link HeadParser} as
 * bytes arrive, writes replies without blocking, keeps the connection alive as HTTP/1.1 allows and closes it the
 * way Apache does, with one log entry per request that arrived, even in part. A connection over a
 * {@link ServerLimits} limit is answered 503 at once and closed. Touched only by its loop's thread.
 */
final class ChannelConnection {

    /** Longest a reply may make no progress because the client is not reading it. */
    static final long WRITE_STALL_MILLIS = 20_000;

    private enum Phase { HEAD, WRITING, PAUSED, DRAINING, CLOSED }

    private final SocketChannel channel;
    private final long number;
    private final InetSocketAddress client;
    /** Why this connection is turned away, or null when it was admitted. */
    private final RefusalReason refusal;
    private final ServingContext context;
    private final EventLoop loop;
    private final HeadParser parser = new HeadParser();
    private SelectionKey key;
    private Phase phase = Phase.HEAD;
    private long deadline = Long.MAX_VALUE;
    private int served;
    private long headStart;
    private long headBytes;
    /** Bytes read after the last head (a pipelined request), parsed once the reply is out; null when none. */
    private ByteBuffer carry;

    // the reply being written
    private final Deque<ByteBuffer> pieces = new ArrayDeque<>();
    /** The pause before each piece still to write, in step with {@link #pieces} (the reply's pacing). */
    private final Deque<java.time.Duration> pauses = new ArrayDeque<>();
    private Response response;
    private String requestLine;
    private List<Diagnosis> diagnoses = List.of();
    private byte[] head;
    private boolean slowHead;
    /** Whether bytes may follow the head just answered (a body, or the rest of a refused head). */
    private boolean moreMayCome;
    private long drained;
    private ConnectionEnd closeReason = ConnectionEnd.CLIENT_GONE;
    private boolean released;

    ChannelConnection(SocketChannel channel, long number, InetSocketAddress client, RefusalReason refusal,
                      ServingContext context, EventLoop loop) {
        this.channel = channel;
        this.number = number;
        this.client = client;
        this.refusal = refusal;
        this.context = context;
        this.loop = loop;
    }

    /** The loop that serves this connection. */
    EventLoop loop() {
        return loop;
    }

    long deadline() {
        return deadline;
    }

    /** Joins the loop's selector and starts: waits for a head, or sends the refusal. */
    void register(Selector selector) throws IOException {
        key = channel.register(selector, 0, this);
        if (refusal != null) {
            refuse();
            return;
        }
        emit(new ConnectionEvent.Opened(number, client));
        expectHead(context.config().requestTimeout().toMillis());
    }

    void onReady(SelectionKey ready) {
        if (!ready.isValid()) {
            return;
        }
        if (ready.isReadable()) {
            if (phase == Phase.HEAD) {
                readHead();
            } else if (phase == Phase.DRAINING) {
                drain();
            }
        }
        if (ready.isValid() && ready.isWritable() && phase == Phase.WRITING) {
            writeSome();
        }
    }

    void onDeadline() {
        switch (phase) {
            case HEAD -> headEnded(parser.timedOut());
            case WRITING -> writeFailed();
            case PAUSED -> {
                phase = Phase.WRITING;
                writeSome();
            }
            case DRAINING -> finish(closeReason);
            case CLOSED -> deadline = Long.MAX_VALUE;
        }
    }

    // ---- reading a head

    private void expectHead(long timeoutMillis) {
        phase = Phase.HEAD;
        parser.reset();
        headBytes = 0;
        slowHead = false;
        setDeadline(System.nanoTime() + timeoutMillis * 1_000_000L);
        key.interestOps(SelectionKey.OP_READ);
        if (carry != null) {
            ByteBuffer pipelined = carry;
            carry = null;
            parse(pipelined);
            if (pipelined.hasRemaining() && replying()) {
                carry = pipelined;
            }
        }
    }

    /** Reads what has arrived into the loop's shared buffer: the count, or -1 at the end (a reset ends as a close). */
    private int readIntoBuffer() {
        ByteBuffer buffer = loop.readBuffer;
        buffer.clear();
        try {
            return channel.read(buffer);
        } catch (IOException e) {
            return -1;
        }
    }

    private void readHead() {
        ByteBuffer buffer = loop.readBuffer;
        int n = readIntoBuffer();
        if (n < 0) {
            headEnded(parser.closed());
            return;
        }
        buffer.flip();
        parse(buffer);
        if (buffer.hasRemaining() && replying()) {
            ByteBuffer rest = ByteBuffer.allocate(buffer.remaining());
            rest.put(buffer).flip();
            carry = rest;
        }
    }

    /** Whether a reply is on its way, so bytes read after its head wait for the next request. */
    private boolean replying() {
        return phase == Phase.WRITING || phase == Phase.PAUSED;
    }

    /** Feeds arrived bytes to the parser; stops at the end of a head, leaving what follows in {@code data}. */
    private void parse(ByteBuffer data) {
        long requestMillis = context.config().requestTimeout().toMillis();
        while (phase == Phase.HEAD && data.hasRemaining()) {
            if (!parser.started()) {
                headStart = System.nanoTime();
            }
            int from = data.position();
            int recordedBefore = parser.receivedSize();
            HeadResult result = parser.feed(data);
            headBytes += data.position() - from;
            int recorded = parser.receivedSize() - recordedBefore;
            if (recorded > 0 && context.events() != null) {
                byte[] chunk = new byte[recorded];
                data.get(from, chunk);
                emit(new ConnectionEvent.Received(number, chunk));
            }
            if (result == null) {
                setDeadline(context.limits().headDeadline(headStart, requestMillis, headBytes));
            } else {
                answer(result);
            }
        }
    }

    /** The client closed or went silent before a head was decided. */
    private void headEnded(HeadResult result) {
        if (result instanceof HeadResult.Silent silent) {
            byte[] received = parser.received();
            // a partial request and a silent new connection are logged; an idle keep-alive close is no request
            if (received.length > 0 || (served == 0 && silent.diagnosis() != null)) {
                log(received.length > 0 ? Messages.get("mirror.log.incomplete")
                        : Messages.get("mirror.log.nothingReceived"), 0, 0, silent.diagnoses(), received);
            }
            finish(silentClose(received.length > 0, served > 0, silent.diagnosis() != null));
        } else {
            answer(result);
        }
    }

    private void answer(HeadResult result) {
        head = parser.received();
        if (result instanceof HeadResult.Rejected rejected) {
            response = context.responder().rejected(rejected);
            requestLine = rejected.requestLine();
            diagnoses = rejected.diagnoses();
            slowHead = rejected.timedOut();
            moreMayCome = true;
        } else {
            ReceivedRequest request = ((HeadResult.Accepted) result).head();
            moreMayCome = !request.values("Transfer-Encoding").isEmpty()
                    || request.first("Content-Length").map(v -> !v.matches("0+")).orElse(false);
            response = context.responder().respond(request, Limits.KEEP_ALIVE_REQUESTS - served);
            requestLine = request.requestLine();
            diagnoses = ((HeadResult.Accepted) result).diagnoses();
        }
        startWriting();
    }

    /** Why a connection ended without a request to answer, for {@link ConnectionEvent.Closed}. */
    private static ConnectionEnd silentClose(boolean partialHead, boolean servedBefore, boolean timedOut) {
        if (partialHead) {
            return ConnectionEnd.CLIENT_GONE;
        }
        if (servedBefore) {
            return ConnectionEnd.SERVED;
        }
        return timedOut ? ConnectionEnd.IDLE : ConnectionEnd.CLIENT_GONE;
    }

    // ---- writing a reply

    private void startWriting() {
        phase = Phase.WRITING;
        key.interestOps(0);
        for (ResponseWriter.Piece piece : ResponseWriter.pieces(response, context.config().pacing())) {
            pieces.add(ByteBuffer.wrap(piece.bytes()));
            pauses.add(piece.pauseBefore());
        }
        writeSome();
    }

    private void writeSome() {
        while (!pieces.isEmpty()) {
            ByteBuffer piece = pieces.peek();
            try {
                channel.write(piece);
            } catch (IOException e) {
                writeFailed();
                return;
            }
            if (piece.hasRemaining()) {
                key.interestOps(SelectionKey.OP_WRITE);
                setDeadline(System.nanoTime() + WRITE_STALL_MILLIS * 1_000_000L);
                return;
            }
            pieces.poll();
            pauses.poll();
            java.time.Duration next = pauses.peek();
            if (next != null && !next.isZero()) {
                pauses.poll();
                pauses.addFirst(java.time.Duration.ZERO);   // taken now: not again when the writing resumes
                phase = Phase.PAUSED;
                key.interestOps(0);
                setDeadline(System.nanoTime() + next.toNanos());
                return;
            }
        }
        written();
    }

    private void written() {
        if (refusal != null) {
            linger(ConnectionEnd.SERVED);
            return;
        }
        emit(new ConnectionEvent.Answered(number, head, response.status()));
        log(requestLine, response.status(), response.bodyBytesSent(), diagnoses, head);
        if (slowHead) {
            emit(new ConnectionEvent.Refused(number, client, RefusalReason.SLOW_HEAD,
                    RefusalReason.SLOW_HEAD.words(context.limits())));
        }
        if (response.close()) {
            if (!moreMayCome && carry == null && nothingWaiting()) {
                finish(ConnectionEnd.SERVED);   // nothing unread: a plain close cannot turn into a reset
            } else {
                linger(slowHead ? ConnectionEnd.TIMED_OUT : ConnectionEnd.SERVED);
            }
            return;
        }
        served++;
        expectHead(context.config().keepAliveTimeout().toMillis());
    }

    /** Whether the client has sent nothing since its head (or has closed), checked without waiting. */
    private boolean nothingWaiting() {
        ByteBuffer buffer = loop.readBuffer;
        buffer.clear();
        try {
            int n = channel.read(buffer);
            if (n > 0) {
                drained = n;   // already thrown away: lingering counts on from here
                return false;
            }
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    /** The client went away, or stopped reading, before the whole reply was out. */
    private void writeFailed() {
        pieces.clear();
        pauses.clear();
        if (refusal == null) {
            log(requestLine, response.status(), 0, ClientConnection.join(diagnoses, Diagnosis.of(DiagnosisKind.CLIENT_GONE)),
                    head);
            emit(new ConnectionEvent.Answered(number, head, response.status()));
        }
        finish(ConnectionEnd.CLIENT_GONE);
    }

    // ---- closing

    /**
     * Half-closes, then reads and discards what the client is still sending for a short while, so unread request
     * bytes do not turn our close into a reset that destroys the reply before the client reads it.
     */
    private void linger(ConnectionEnd reason) {
        closeReason = reason;
        releasePlace();
        carry = null;
        try {
            channel.shutdownOutput();
        } catch (IOException e) {
            finish(reason);
            return;
        }
        phase = Phase.DRAINING;
        key.interestOps(SelectionKey.OP_READ);
        setDeadline(System.nanoTime()
                + Math.min(Limits.DRAIN_MILLIS, context.config().requestTimeout().toMillis()) * 1_000_000L);
    }

    private void drain() {
        int n = readIntoBuffer();
        if (n < 0) {
            finish(closeReason);
            return;
        }
        drained += n;
        if (drained >= Limits.DRAIN_BYTES) {
            finish(closeReason);
        }
    }

    /** Turns the connection away: logs and tells why, answers 503 without reading, then closes. */
    private void refuse() {
        response = context.responder().unavailable();
        Diagnosis why = refusal.diagnosis(context.limits());
        String reason = refusal.words(context.limits());
        log(Messages.get("mirror.log.turnedAway"), response.status(), response.bodyBytesSent(), List.of(why),
                new byte[0]);
        emit(new ConnectionEvent.Refused(number, client, refusal, reason));
        startWriting();
    }

    private void finish(ConnectionEnd reason) {
        if (phase == Phase.CLOSED) {
            return;
        }
        phase = Phase.CLOSED;
        deadline = Long.MAX_VALUE;
        closeChannel();
        releasePlace();
        if (refusal == null) {
            emit(new ConnectionEvent.Closed(number, reason));
        }
    }

    /** Closes at once, e.g. when the server closes; the client sees the close. */
    void abort() {
        if (phase == Phase.CLOSED) {
            closeChannel();
            return;
        }
        phase = Phase.CLOSED;
        deadline = Long.MAX_VALUE;
        closeChannel();
        releasePlace();
    }

    /**
     * Gives back this connection's place among its address's and the server's, once: when its last reply is out
     * (the client has what it came for, and lingering is the server's business) or when it closes.
     */
    private void releasePlace() {
        if (refusal == null && !released) {
            released = true;
            context.counts().release(client.getAddress());
        }
    }

    private void closeChannel() {
        loop.remove(this);
        if (key != null) {
            key.cancel();
        }
        try {
            channel.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private void setDeadline(long nanos) {
        deadline = nanos;
        loop.wakeBy(nanos);
    }

    private void emit(ConnectionEvent event) {
        if (context.events() != null) {
            context.events().accept(event);
        }
    }

    /** Records one exchange; a failing log must not break the connection. */
    private void log(String line, int status, long bodyBytes, List<Diagnosis> found, byte[] headBytes) {
        try {
            context.config().log().record(new LogEntry(context.config().clock().instant(), client, line, status,
                    bodyBytes, found, number, headBytes));
        } catch (RuntimeException e) {
            // the connection matters more than its log entry
        }
    }

    @Override
    public String toString() {
        return "connection #" + number + " from " + client + ", " + phase;
    }
}
