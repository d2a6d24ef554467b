package org.wiretutor.classroom;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wiretutor.http.StatusCodes;
import org.wiretutor.mirror.CloseReason;
import org.wiretutor.mirror.Status;
import org.wiretutor.text.Escape;
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

    static String blankLine() {
        return "blank line: the request is complete";
    }

    static String leadingEmptyLine() {
        return "empty line before the request line (skipped)";
    }

    static String cutOff() {
        return "(unfinished line)";
    }

    static String bareLf() {
        return "bare LF: end every line with \\r\\n";
    }

    static String noHost() {
        return "HTTP/1.1 needs a Host header";
    }

    static String noVersion() {
        return "no version: an HTTP/0.9-style request line";
    }

    static String http2() {
        return "HTTP/2 can't be typed; use HTTP/1.1 or HTTP/1.0";
    }

    static String notFound() {
        return "not found: check the spelling of the path";
    }

    static String timedOut() {
        return "the blank line never came; the server gave up";
    }

    static String leftEarly() {
        return "the client left before the blank line";
    }

    static String stillWaiting() {
        return "... still waiting for the blank line";
    }

    static String lowercaseMethod(String upper) {
        return "lowercase method: methods are case-sensitive, write " + upper;
    }

    /** {@code control character \x01 in the request line: retype it}; the character shown escaped. */
    static String controlCharacter(char c, boolean requestLine) {
        String shown = Escape.wire(new byte[] {(byte) c});
        return "control character " + shown + " in the " + (requestLine ? "request line" : "header line")
                + ": retype the line without it";
    }

    static String unknownMethod(Foreign method) {
        return "unknown method " + method.shown();
    }

    /** {@code answered 414 Request-URI Too Long}: the status worded as the mirror's reply worded it. */
    static String answered(int status) {
        String reason = Status.reason(status);
        if (reason.equals("Unknown")) {
            reason = StatusCodes.reason(status);
        }
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
            case CONTROL_CHARACTER -> "control character";
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
        if (tally.refused() > 0) {
            line.append(SEP).append(tally.refused()).append(" refused");
        }
        return line.toString();
    }

    /** Where a refusal's tag goes when the server never numbered the connection. */
    static final String NO_TAG = "#-";
    /** Characters of a request shown in a client's pinned row. */
    private static final int ROW_REQUEST = 30;
    /** Clients listed in the closing summary. */
    private static final int SUMMARY_CLIENTS = 10;

    static String refused(String tag, String address, String why) {
        return tag + " refused " + address + ": " + why;
    }

    static String refusedAnonymous(String tag, String why) {
        return tag + " refused: " + why;
    }

    /** {@code 400 Bad Request}, or what happened when nothing was answered. */
    static String verdict(int status) {
        return status == 0 ? "left before the blank line" : answered(status).substring("answered ".length());
    }

    /** A client's pinned row: {@code 10.0.0.5        GET /romeo.txt HTTP/1.0  400 Bad Request · bare LF}. */
    static String clientRow(Ledger.Client client, Paint paint) {
        Ledger.Finished last = client.last();
        String request = last.request().length() > ROW_REQUEST
                ? last.request().substring(0, ROW_REQUEST - 1) + "…" : last.request();
        StringBuilder row = new StringBuilder(String.format("%-15s %-" + ROW_REQUEST + "s  ", client.name(), request))
                .append(paint.status(last.status() == 0 ? 408 : last.status(), verdict(last.status())));
        if (!last.mistakes().isEmpty()) {
            row.append(SEP).append(paint.mistake(labels(last.mistakes())));
        }
        return row.toString();
    }

    static String labels(Set<MistakeKind> mistakes) {
        StringBuilder out = new StringBuilder();
        for (MistakeKind kind : mistakes) {
            out.append(out.length() == 0 ? "" : ", ").append(label(kind));
        }
        return out.toString();
    }

    /** What Ctrl-C leaves on the screen: totals, mistakes by kind, refusals and the clients. */
    static List<String> summary(Ledger.Snapshot all, Instant now) {
        List<String> lines = new ArrayList<>();
        Tally tally = all.tally();
        int clients = all.clientsSeen();
        lines.add("");
        lines.add("Session over after " + duration(Duration.between(all.started(), now)) + ": "
                + tally.requests() + (tally.requests() == 1 ? " request" : " requests") + " from " + clients
                + (clients == 1 ? " client." : " clients."));
        StringBuilder mistakes = new StringBuilder();
        for (MistakeKind kind : MistakeKind.values()) {
            int n = tally.count(kind);
            if (n > 0) {
                mistakes.append(mistakes.length() == 0 ? "" : SEP).append(n).append(' ').append(label(kind));
            }
        }
        lines.add("Mistakes: " + (mistakes.length() == 0 ? "none" : mistakes));
        if (tally.refused() > 0) {
            lines.add("Refused: " + tally.refused() + (tally.refused() == 1 ? " connection" : " connections"));
        }
        if (!all.clients().isEmpty()) {
            lines.add("Clients, most recent first:");
            for (Ledger.Client c : all.clients().subList(0, Math.min(SUMMARY_CLIENTS, all.clients().size()))) {
                lines.add("  " + String.format("%-15s", c.name()) + " " + c.requests()
                        + (c.requests() == 1 ? " request, " : " requests, ") + c.withMistakes() + " with mistakes; last "
                        + c.last().request() + " -> " + verdict(c.last().status()));
            }
            if (all.clients().size() > SUMMARY_CLIENTS) {
                lines.add("  ... and " + (all.clients().size() - SUMMARY_CLIENTS) + " more");
            }
        }
        return lines;
    }

    private static String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
    }
}
