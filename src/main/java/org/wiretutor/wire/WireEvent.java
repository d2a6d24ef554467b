package org.wiretutor.wire;

import java.util.List;
import java.util.Optional;
import org.wiretutor.http.Annotation;
import org.wiretutor.http.HeaderField;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.RequestLine;

/**
 * What happened on a connection, in the order it happened. The shell renders these and the
 * course checks steps against them, so both see exactly what crossed the wire.
 */
public sealed interface WireEvent {

    /** The socket is open. */
    record Connected(Route route) implements WireEvent {}

    /**
     * Bytes the learner's line put on the wire, exactly.
     *
     * @param notes what the protocol core noted about the header lines among them that no server refuses for, such
     *              as a name typed near a well-known one ({@code Hots:}): a server answers only for what it refuses,
     *              so these would show nowhere else
     */
    record Sent(byte[] bytes, SentKind kind, Optional<RequestLine> requestLine, List<Diagnosis> notes)
            implements WireEvent {
        public Sent {
            notes = List.copyOf(notes);
        }

        /** Bytes with nothing noted about them. */
        public Sent(byte[] bytes, SentKind kind, Optional<RequestLine> requestLine) {
            this(bytes, kind, requestLine, List.of());
        }
    }

    /**
     * A whole request head crossed the wire: request line through the blank line (or an
     * HTTP/0.9 request line on its own). Checks look at these bytes, not at what was typed.
     */
    record RequestEnded(byte[] head, RequestLine requestLine, List<HeaderField> headers, boolean bareLf)
            implements WireEvent {
        /** The first header with this name, case-insensitively. */
        public Optional<HeaderField> header(String name) {
            return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).findFirst();
        }

        /** True when every line ended with a bare LF. */
        public boolean allBareLf() {
            return bareLf && !new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).contains("\r\n");
        }
    }

    /** Parts of the reply that became complete with the latest bytes. */
    record Annotated(List<Annotation> parts) implements WireEvent {}

    /**
     * A whole reply (or as much as came before the close) to one request.
     *
     * @param lastOnConnection the request or reply made this the connection's last reply (HTTP/1.0, or
     *                         {@code Connection: close}), so a close is the next thing to expect
     */
    record ReplyComplete(Exchange exchange, boolean lastOnConnection) implements WireEvent {
        public ReplyComplete(Exchange exchange) {
            this(exchange, false);
        }
    }

    /** Nothing is happening, and the learner should know why. */
    record Waiting(WaitKind kind, String explanation) implements WireEvent {}

    /** The connection is gone. */
    /**
     * The connection is closed.
     *
     * @param received how many bytes the server sent on the connection in all: 0 means it closed without a word
     */
    record Closed(CloseReason reason, String explanation, long received) implements WireEvent {
        public Closed(CloseReason reason, String explanation) {
            this(reason, explanation, 0);
        }
    }

    /** What a sent line was, in the request it belongs to. */
    enum SentKind {
        /** The first line of a request: method, target, version. */
        REQUEST_LINE,
        /** A request line with no version: an HTTP/0.9 request, complete on its own. */
        REQUEST_LINE_HTTP09,
        /** A header line of the request. */
        HEADER,
        /** The empty line that ends the request head. */
        BLANK_LINE,
        /** An empty line before any request line: servers skip it. */
        STRAY_BLANK_LINE,
        /** Bytes sent exactly as given (the send command): any number of lines, or part of one. */
        RAW
    }

    enum WaitKind { BLANK_LINE_MISSING, NO_REPLY_YET, KEEP_ALIVE_OPEN }

    enum CloseReason { SERVER_CLOSED, RESET, LOCAL, FAILED }
}
