package org.wiretutor.wire;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wiretutor.http.BodyFraming;
import org.wiretutor.http.StatusCodes;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.WellKnownHeader;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.WireEvent.CloseReason;

/**
 * Says why a connection ended, chosen from what happened on it: who closed it, how far the request and the reply had
 * got, the reply's status and what it announced, and how long things took. Never guesses beyond those facts. The
 * words are the message catalogue's {@code wire.closed.*} and {@code wire.when.*}.
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
     * @param nearMisses   header names of the request typed near a well-known one ({@code Hots:}), in the order sent
     */
    record Facts(CloseReason reason, String failure, Duration opened, Duration sinceSent, Duration sinceRequest,
                 Duration sinceReply, Request request, int headerLines, byte[] lastLine, boolean partialLine,
                 Reply reply, long replyBytes, int status, BodyFraming.Type framing, boolean http09Request,
                 boolean http10Request, boolean http10Reply, boolean closeAnnounced, boolean keepAliveAnnounced,
                 boolean keepAliveNoted, List<Diagnosis> nearMisses) {
        Facts {
            nearMisses = List.copyOf(nearMisses);
        }
    }

    static String explain(Facts f) {
        return switch (f.reason()) {
            case FAILED -> Messages.get("wire.closed.readFailed", f.failure() == null
                    ? Messages.get("wire.closed.unknownError") : Escape.string(f.failure()));
            case RESET -> Messages.get("wire.closed.reset", when(f, true));
            case LOCAL -> Messages.get("wire.closed.locally", when(f, false));
            case SERVER_CLOSED -> byServer(f);
        };
    }

    /** For a reset ({@code reset}) or the learner's own close: how far things had got. */
    private static String when(Facts f, boolean reset) {
        return switch (f.reply()) {
            case CUT -> reset
                    ? Messages.get("wire.when.midReplyReset", String.valueOf(f.replyBytes()), f.replyBytes())
                    : Messages.get("wire.when.midReplyLocal", String.valueOf(f.replyBytes()), f.replyBytes());
            case COMPLETE -> f.status() < 0
                    ? (reset ? Messages.get("wire.when.afterReplyReset") : Messages.get("wire.when.afterReplyLocal"))
                    : reset ? Messages.get("wire.when.afterReplyReset.status", status(f.status()))
                    : Messages.get("wire.when.afterReplyLocal.status", status(f.status()));
            case NONE -> switch (f.request()) {
                case NOTHING -> Messages.get("wire.when.beforeSending");
                case BLANK_LINES, PART_OF_A_LINE, HEAD_OPEN -> Messages.get("wire.when.beforeRequestComplete");
                case COMPLETE -> Messages.get("wire.when.beforeAnyReply", seconds(f.sinceRequest()));
            };
        };
    }

    private static String byServer(Facts f) {
        if (f.reply() == Reply.NONE) {
            return switch (f.request()) {
                case NOTHING -> Messages.get("wire.closed.nothingSent", seconds(f.opened())) + " "
                        + (f.opened().compareTo(Duration.ofSeconds(1)) >= 0 ? Messages.get("wire.closed.silentTooLong")
                        : Messages.get("wire.closed.didNotWait"));
                case BLANK_LINES -> Messages.get("wire.closed.onlyBlankLines", seconds(f.sinceSent()));
                case PART_OF_A_LINE -> Messages.get("wire.closed.partOfALine", seconds(f.sinceSent()));
                case HEAD_OPEN -> Messages.get("wire.closed.headOpen", seconds(f.sinceSent()), sentSoFar(f))
                        + (f.partialLine() ? " " + Messages.get("wire.closed.partOfALineToo") : "");
                case COMPLETE -> Messages.get("wire.closed.noReply", seconds(f.sinceRequest()));
            };
        }
        if (f.reply() == Reply.CUT) {
            return Messages.get("wire.closed.replyCut", String.valueOf(f.replyBytes()), f.replyBytes());
        }
        return switch (f.request()) {
            case NOTHING -> Messages.get("wire.closed.unasked");
            case BLANK_LINES, PART_OF_A_LINE -> {
                String sent = f.request() == Request.BLANK_LINES ? Messages.get("wire.closed.sentOnlyBlankLines")
                        : Messages.get("wire.closed.sentPartOfALine");
                if (f.status() == 408) yield Messages.get("wire.closed.after408NoRequest", status(408), sent);
                if (f.status() >= 400) yield Messages.get("wire.closed.rejectedNoRequest", status(f.status()), sent);
                yield Messages.get("wire.closed.unasked");
            }
            case HEAD_OPEN -> {
                if (f.status() == 408) yield Messages.get("wire.closed.after408", status(408), sentSoFar(f));
                if (f.status() >= 400) {
                    // the line it stopped at is the last one sent: a name typed near a well-known one there is news
                    Optional<Diagnosis> typo = f.nearMisses().isEmpty() ? Optional.empty()
                            : Optional.of(f.nearMisses().get(f.nearMisses().size() - 1));
                    if (f.framing() == BodyFraming.Type.NONE && typo.isEmpty()) {
                        yield Messages.get("wire.closed.rejectedEarly.noBody", status(f.status()), line(f.lastLine()));
                    }
                    yield typo.map(d -> Messages.get("wire.closed.rejectedEarly.nearMiss", status(f.status()),
                                    line(f.lastLine()), Escape.latin1(d.subject()), meant(d)))
                            .orElseGet(() -> Messages.get("wire.closed.rejectedEarly", status(f.status()),
                                    line(f.lastLine())));
                }
                yield Messages.get("wire.closed.answeredEarly");
            }
            case COMPLETE -> afterReply(f);
        };
    }

    /** The request was complete and so was the reply: why the server closed after it. */
    private static String afterReply(Facts f) {
        if (f.http09Request() && f.status() >= 400) {
            // the bytes proved "a whole request on its own" true only for GET and a path: say so once, from the reply
            return Messages.get("wire.closed.rejectedNoVersion", status(f.status()));
        }
        if (REJECTING.contains(f.status())) {
            // a 400 for a missing Host is the usual news of a misspelled Host: name the one meant first
            Optional<Diagnosis> typo = f.nearMisses().stream()
                    .filter(d -> d.meantHeader().filter(h -> h == WellKnownHeader.HOST).isPresent()).findFirst()
                    .or(() -> f.nearMisses().stream().findFirst());
            // a reply with no body (to HEAD) has no page that says why
            if (f.framing() == BodyFraming.Type.NONE && typo.isEmpty()) {
                return Messages.get("wire.closed.rejected.noBody", status(f.status()));
            }
            return typo.map(d -> Messages.get("wire.closed.rejected.nearMiss", status(f.status()),
                            Escape.latin1(d.subject()), meant(d)))
                    .orElseGet(() -> Messages.get("wire.closed.rejected", status(f.status())));
        }
        if (f.status() < 0 && f.http09Request()) return Messages.get("wire.closed.http09");
        if (f.framing() == BodyFraming.Type.UNTIL_CLOSE) return Messages.get("wire.closed.endOfBody");
        if (f.http10Request() && !f.keepAliveAnnounced()) return Messages.get("wire.closed.afterHttp10");
        if (f.closeAnnounced()) return Messages.get("wire.closed.afterConnectionClose");
        if (f.http10Reply() && !f.keepAliveAnnounced()) return Messages.get("wire.closed.afterHttp10Reply");
        if (f.keepAliveNoted()) return Messages.get("wire.closed.idle", seconds(f.sinceReply()));
        return Messages.get("wire.closed.unannounced");
    }

    /** The name of the header a near miss was typed for, with its colon: {@code Host:}. */
    private static String meant(Diagnosis d) {
        return d.meantHeader().map(h -> h.fieldName() + ":").orElse("");
    }

    private static String sentSoFar(Facts f) {
        int n = f.headerLines();
        return n == 0 ? Messages.get("wire.sent.requestLine")
                : Messages.get("wire.sent.requestLineAndHeaders", String.valueOf(n), n);
    }

    /** A sent line as the wire view shows it, CR LF visible, cut after {@link #LINE_SHOWN} bytes. */
    private static String line(byte[] line) {
        if (line == null || line.length == 0) return Messages.get("wire.sent.noLine");
        String shown = Escape.spacesKept(Escape.wire(line, 0, Math.min(line.length, LINE_SHOWN)));
        return line.length > LINE_SHOWN ? shown + "…" : shown;
    }

    /** "400 Bad Request", from our own table of reason phrases: the server's own phrase is not quoted here. */
    static String status(int code) {
        String reason = StatusCodes.reason(code);
        return reason.isEmpty() ? Integer.toString(code) : code + " " + reason;
    }

    static String seconds(Duration d) {
        if (d == null || d.compareTo(Duration.ofSeconds(1)) < 0) return Messages.get("wire.when.lessThanASecond");
        return Messages.get("wire.when.seconds", String.valueOf(Math.round(d.toMillis() / 1000.0)));
    }
}
