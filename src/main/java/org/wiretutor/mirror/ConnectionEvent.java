package org.wiretutor.mirror;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * What a {@link ConnectionObserver} is told about one connection of the mirror's HTTP port, in the order it
 * happened on that connection. Events of different connections interleave as they happened. Byte arrays are
 * copied in and out, so an observer may keep them.
 */
public sealed interface ConnectionEvent {

    /**
     * A client connected.
     *
     * @param connection the server's number for it, counting from 1, as in {@link LogEntry#connection()}
     * @param client     the peer's address
     */
    record Opened(long connection, InetSocketAddress client) implements ConnectionEvent {
        public Opened {
            Objects.requireNonNull(client, "client");
        }
    }

    /**
     * Request-head bytes exactly as they arrived: one event per read from the socket, only the part that belongs
     * to the head (never body bytes), at most {@link LogEntry#MAX_HEAD} bytes per request in all.
     */
    record Received(long connection, byte[] bytes) implements ConnectionEvent {
        public Received {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /**
     * A request was answered: either its head was complete, or the mirror gave up on it (a 408 after the request
     * timeout, a 400 at a bare LF) and replied anyway.
     *
     * @param head   every head byte the mirror read for this request, the concatenation of its {@link Received}s
     * @param status the status sent (an HTTP/0.9 reply carries none on the wire but is counted as its status)
     */
    record Answered(long connection, byte[] head, int status) implements ConnectionEvent {
        public Answered {
            head = head.clone();
        }

        @Override
        public byte[] head() {
            return head.clone();
        }
    }

    /** The connection is closed; nothing more will be told about it. */
    record Closed(long connection, ConnectionEnd reason) implements ConnectionEvent {
        public Closed {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The mirror turned a connection away ({@link RefusalReason#PER_CLIENT}, {@link RefusalReason#SERVER_FULL}:
     * answered 503 without reading, and no other event tells of it) or gave up on its request head
     * ({@link RefusalReason#SLOW_HEAD}: told after that request's {@link Answered} 408 and before its
     * {@link Closed}). The request log has an entry for each, with the same reason.
     *
     * @param connection the server's number for the connection
     * @param client     the peer's address
     * @param reason     why, with the status sent
     * @param note       the reason as the log gives it, e.g. {@code refused: this address already has 64
     *                   connections open (--per-client)}
     */
    record Refused(long connection, InetSocketAddress client, RefusalReason reason, String note)
            implements ConnectionEvent {
        public Refused {
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * {@code count} events were thrown away because the observer fell behind and the queue was full; delivered
     * before the next event that did fit. A connection may therefore appear without its opening or closing.
     */
    record Dropped(long count) implements ConnectionEvent {
    }
}
