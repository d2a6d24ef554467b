package org.wiretutor.classroom;

import org.wiretutor.http.StatusCodes;
import org.wiretutor.mirror.CloseReason;
import org.wiretutor.text.Foreign;

/**
 * Every word the live view puts on the projector, in one place so the wording stays short, consistent and easy
 * to revise. Lines start with the connection's tag ({@code #12}) because connections interleave.
 */
final class LiveText {

    /** Between the tag and what arrived. */
    private static final String WIRE = "  ";
    /** Between the tag and a remark about what arrived, so remarks stand out from the bytes. */
    private static final String REMARK = "      ";
    private static final String MISTAKE = "! ";
    private static final String SEP = " · ";

    private LiveText() {
    }

    static String tag(long connection) {
        return "#" + connection;
    }

    static String opened(String tag, String address) {
        return tag + " from " + address;
    }

    static String openedAnonymous(String tag) {
        return tag + " connected";
    }

    /** A line as it arrived, escaped, its ending included. */
    static String wire(String tag, String shown) {
        return tag + WIRE + shown;
    }

    /** The column where {@link #wire} puts the first byte, so a caret can point into the line. */
    static String caret(String tag, int column, String why) {
        return tag + WIRE + " ".repeat(column) + "^ " + why;
    }

    static String remark(String tag, String text) {
        return tag + REMARK + text;
    }

    static String flagged(String text) {
        return MISTAKE + text;
    }

    static String longLine(int moreBytes) {
        return "... (" + moreBytes + " more bytes)";
    }

    /** The parts of a student's request line: foreign text, escaped on the way in. */
    static String parts(Foreign method, Foreign target, Foreign version) {
        return "method " + orNone(method) + SEP + "target " + orNone(target) + SEP + "version " + orNone(version);
    }

    private static String orNone(Foreign s) {
        return s.isEmpty() ? "(none)" : s.shown();
    }

    static final String BLANK_LINE = "blank line: the request is complete";
    static final String LEADING_EMPTY_LINE = "empty line before the request line (skipped)";
    static final String CUT_OFF = "(unfinished line)";
    static final String BARE_LF = "bare LF: end every line with \\r\\n";
    static final String NO_HOST = "HTTP/1.1 needs a Host header";
    static final String NO_VERSION = "no version: HTTP/0.9, the reply is the bare body";
    static final String HTTP2 = "HTTP/2 can't be typed; use HTTP/1.1 or HTTP/1.0";
    static final String NOT_FOUND = "not found: check the spelling of the path";
    static final String TIMED_OUT = "the blank line never came; the server gave up";
    static final String LEFT_EARLY = "the client left before the blank line";
    static final String STILL_WAITING = "... still waiting for the blank line";

    static String lowercaseMethod(String upper) {
        return "lowercase method: methods are case-sensitive, write " + upper;
    }

    static String unknownMethod(Foreign method) {
        return "unknown method " + method.shown();
    }

    static String answered(int status) {
        String reason = StatusCodes.reason(status);
        return "answered " + status + (reason.isEmpty() ? "" : " " + reason);
    }

    static String closed(String tag, CloseReason reason) {
        return tag + " closed" + switch (reason) {
            case SERVED -> "";
            case TIMED_OUT -> ": timed out waiting for the blank line";
            case IDLE -> ": nothing was sent";
            case CLIENT_GONE -> ": the client went away";
        };
    }

    static String dropped(long count) {
        return "(" + count + " events not shown: too many at once)";
    }

    static String label(MistakeKind kind) {
        return switch (kind) {
            case NO_BLANK_LINE -> "missing blank line";
            case BARE_LF -> "bare LF";
            case NO_HOST -> "no Host";
            case BAD_METHOD -> "bad method";
            case NO_VERSION -> "no version";
            case HTTP2 -> "HTTP/2";
            case NOT_FOUND -> "not found";
            case OTHER -> "other error";
        };
    }

    /** {@code so far: 14 requests · 3 missing blank line · 2 bare LF}, listing only mistakes made. */
    static String tally(Tally tally) {
        StringBuilder line = new StringBuilder("so far: ").append(tally.requests())
                .append(tally.requests() == 1 ? " request" : " requests");
        for (MistakeKind kind : MistakeKind.values()) {
            int n = tally.count(kind);
            if (n > 0) {
                line.append(SEP).append(n).append(' ').append(label(kind));
            }
        }
        return line.toString();
    }
}
