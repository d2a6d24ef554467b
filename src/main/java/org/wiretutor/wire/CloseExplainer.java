package org.wiretutor.wire;

import java.time.Duration;
import java.util.Set;
import org.wiretutor.http.BodyFraming;
import org.wiretutor.http.StatusCodes;
import org.wiretutor.text.Escape;
import org.wiretutor.wire.WireEvent.CloseReason;

/**
 * Says why a connection ended, chosen from what happened on it: who closed it, how far the request and the reply had
 * got, the reply's status and what it announced, and how long things took. Never guesses beyond those facts.
 */
final class CloseExplainer {
    /** Statuses a server sends when it refuses to read a request further; it closes the connection after them. */
    private static final Set<Integer> REJECTING = Set.of(400, 411, 413, 414, 431, 505);
    /** At most this many bytes of a sent line are quoted. */
    private static final int LINE_SHOWN = 80;

    private CloseExplainer() {}

    /** How far the request on the connection had got. */
    enum Request {
        /** Not a byte sent. */
        NOTHING,
        /** Only empty lines, which servers skip. */
        BLANK_LINES,
        /** Bytes without a line ending, no whole line. */
        PART_OF_A_LINE,
        /** A request line (and maybe headers), but not the blank line. */
        HEAD_OPEN,
        /** The whole head, through its blank line (or an HTTP/0.9 request line). */
        COMPLETE
    }

    /** How far the reply had got. */
    enum Reply { NONE, CUT, COMPLETE }

    /**
     * Everything the explanation may rest on.
     *
     * @param opened       how long the connection was open
     * @param sinceSent    from the last bytes sent to the close
     * @param sinceRequest from the end of the request head to the close
     * @param sinceReply   from the end of the reply to the close
     * @param headerLines  header lines of the request sent so far
     * @param lastLine     the last whole line sent before the reply began (or before the close, without a reply)
     * @param partialLine  bytes were sent after the last line ending
     * @param replyBytes   bytes of the reply that arrived
     * @param status       the reply's status code, or -1 without a status line
     * @param framing      how the reply's body length was decided
     * @param http09Request the request line had no version
     * @param http10Request the request line said HTTP/1.0
     * @param http10Reply  the status line said HTTP/1.0
     * @param closeAnnounced the reply said Connection: close
     * @param keepAliveAnnounced the reply said Connection: keep-alive
     * @param keepAliveNoted the learner was told the connection stays open after the reply
     */
    record Facts(CloseReason reason, String failure, Duration opened, Duration sinceSent, Duration sinceRequest,
                 Duration sinceReply, Request request, int headerLines, byte[] lastLine, boolean partialLine,
                 Reply reply, long replyBytes, int status, BodyFraming.Type framing, boolean http09Request,
                 boolean http10Request, boolean http10Reply, boolean closeAnnounced, boolean keepAliveAnnounced,
                 boolean keepAliveNoted) {}

    static String explain(Facts f) {
        return switch (f.reason()) {
            case FAILED -> WireText.READ_FAILED.formatted(f.failure() == null ? "unknown error" : Escape.string(f.failure()));
            case RESET -> WireText.RESET.formatted(when(f, WireText.MID_REPLY_RESET, WireText.AFTER_REPLY_RESET));
            case LOCAL -> WireText.CLOSED_LOCALLY.formatted(when(f, WireText.MID_REPLY_LOCAL, WireText.AFTER_REPLY_LOCAL));
            case SERVER_CLOSED -> byServer(f);
        };
    }

    /** For a reset or the learner's own close: how far things had got. */
    private static String when(Facts f, String midReply, String afterReply) {
        return switch (f.reply()) {
            case CUT -> midReply.formatted(f.replyBytes(), bytes(f.replyBytes()));
            case COMPLETE -> afterReply.formatted(f.status() < 0 ? "" : " (" + status(f.status()) + ")");
            case NONE -> switch (f.request()) {
                case NOTHING -> WireText.BEFORE_SENDING;
                case BLANK_LINES, PART_OF_A_LINE, HEAD_OPEN -> WireText.BEFORE_REQUEST_COMPLETE;
                case COMPLETE -> WireText.BEFORE_ANY_REPLY.formatted(seconds(f.sinceRequest()));
            };
        };
    }

    private static String byServer(Facts f) {
        if (f.reply() == Reply.NONE) {
            return switch (f.request()) {
                case NOTHING -> WireText.CLOSED_NOTHING_SENT.formatted(seconds(f.opened()))
                        + (f.opened().compareTo(Duration.ofSeconds(1)) >= 0 ? WireText.SILENT_TOO_LONG
                        : WireText.DID_NOT_WAIT);
                case BLANK_LINES -> WireText.CLOSED_ONLY_BLANK_LINES.formatted(seconds(f.sinceSent()));
                case PART_OF_A_LINE -> WireText.CLOSED_PART_OF_A_LINE.formatted(seconds(f.sinceSent()));
                case HEAD_OPEN -> WireText.CLOSED_HEAD_OPEN.formatted(seconds(f.sinceSent()), sentSoFar(f))
                        + (f.partialLine() ? WireText.PART_OF_A_LINE_TOO : "");
                case COMPLETE -> WireText.CLOSED_NO_REPLY.formatted(seconds(f.sinceRequest()));
            };
        }
        if (f.reply() == Reply.CUT) {
            return WireText.CLOSED_REPLY_CUT.formatted(f.replyBytes(), bytes(f.replyBytes()));
        }
        return switch (f.request()) {
            case NOTHING -> WireText.CLOSED_UNASKED;
            case BLANK_LINES, PART_OF_A_LINE -> {
                String sent = f.request() == Request.BLANK_LINES ? WireText.SENT_ONLY_BLANK_LINES
                        : WireText.SENT_PART_OF_A_LINE;
                if (f.status() == 408) yield WireText.CLOSED_AFTER_408_NO_REQUEST.formatted(status(408), sent);
                if (f.status() >= 400) yield WireText.CLOSED_REJECTED_NO_REQUEST.formatted(status(f.status()), sent);
                yield WireText.CLOSED_UNASKED;
            }
            case HEAD_OPEN -> {
                if (f.status() == 408) yield WireText.CLOSED_AFTER_408.formatted(status(408), sentSoFar(f));
                if (f.status() >= 400) yield WireText.CLOSED_REJECTED_EARLY.formatted(status(f.status()), line(f.lastLine()));
                yield WireText.CLOSED_ANSWERED_EARLY;
            }
            case COMPLETE -> afterReply(f);
        };
    }

    /** The request was complete and so was the reply: why the server closed after it. */
    private static String afterReply(Facts f) {
        if (f.http09Request() && f.status() >= 400) {
            // the bytes proved "a whole request on its own" true only for GET and a path: say so once, from the reply
            return WireText.CLOSED_REJECTED_NO_VERSION.formatted(status(f.status()));
        }
        if (REJECTING.contains(f.status())) return WireText.CLOSED_REJECTED.formatted(status(f.status()));
        if (f.status() < 0 && f.http09Request()) return WireText.CLOSED_HTTP09;
        if (f.framing() == BodyFraming.Type.UNTIL_CLOSE) return WireText.CLOSED_END_OF_BODY;
        if (f.http10Request() && !f.keepAliveAnnounced()) return WireText.CLOSED_AFTER_HTTP10;
        if (f.closeAnnounced()) return WireText.CLOSED_AFTER_CONNECTION_CLOSE;
        if (f.http10Reply() && !f.keepAliveAnnounced()) return WireText.CLOSED_AFTER_HTTP10_REPLY;
        if (f.keepAliveNoted()) return WireText.CLOSED_IDLE.formatted(seconds(f.sinceReply()));
        return WireText.CLOSED_UNANNOUNCED;
    }

    private static String sentSoFar(Facts f) {
        int n = f.headerLines();
        return n == 0 ? WireText.REQUEST_LINE_ONLY : WireText.REQUEST_LINE_AND_HEADERS.formatted(n, n == 1 ? "" : "s");
    }

    /** A sent line as the wire view shows it, CR LF visible, cut after {@link #LINE_SHOWN} bytes. */
    private static String line(byte[] line) {
        if (line == null || line.length == 0) return "(none)";
        String shown = Escape.wire(line, 0, Math.min(line.length, LINE_SHOWN));
        return line.length > LINE_SHOWN ? shown + "…" : shown;
    }

    /** "400 Bad Request", from our own table of reason phrases: the server's own phrase is not quoted here. */
    static String status(int code) {
        String reason = StatusCodes.reason(code);
        return reason.isEmpty() ? Integer.toString(code) : code + " " + reason;
    }

    static String seconds(Duration d) {
        if (d == null || d.compareTo(Duration.ofSeconds(1)) < 0) return WireText.LESS_THAN_A_SECOND;
        return WireText.SECONDS.formatted(Math.round(d.toMillis() / 1000.0));
    }

    private static String bytes(long n) {
        return n == 1 ? "byte" : "bytes";
    }
}
