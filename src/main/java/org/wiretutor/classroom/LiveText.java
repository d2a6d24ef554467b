package org.wiretutor.classroom;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wiretutor.http.StatusCodes;
import org.wiretutor.mirror.ConnectionEnd;
import org.wiretutor.mirror.Status;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Foreign;
import org.wiretutor.text.Messages;

/**
 * How the live view lays out what it puts on the projector. The words come from the message catalogue's
 * {@code classroom} section; this class only places them: every line about a connection starts with its tag
 * ({@code #12}), outside the words, because connections interleave and {@link LiveWrap} repeats the tag on each row;
 * bytes as they arrived go two spaces in, remarks about them further in.
 */
final class LiveText {

    /** Between the tag and what arrived. */
    private static final String WIRE = "  ";
    /** Between the tag and a remark about what arrived, so remarks stand out from the bytes. */
    private static final String REMARK = "      ";
    private static final String MISTAKE = "! ";
    private static final String SEP = " · ";
    /** Where a refusal's tag goes when the server never numbered the connection. */
    static final String NO_TAG = "#-";
    /** Characters of a request shown in a client's pinned row. */
    private static final int ROW_REQUEST = 30;
    /** Clients listed in the closing summary. */
    private static final int SUMMARY_CLIENTS = 10;

    private LiveText() {
    }

    static String tag(long connection) {
        return "#" + connection;
    }

    static String opened(String tag, String address) {
        return tag + " " + Messages.get("classroom.opened", address);
    }

    static String openedAnonymous(String tag) {
        return tag + " " + Messages.get("classroom.opened.anonymous");
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
        return Messages.get("classroom.moreBytes", String.valueOf(moreBytes));
    }

    /** The parts of a student's request line: foreign text, escaped on the way in. */
    static String parts(Foreign method, Foreign target, Foreign version) {
        return Messages.get("classroom.parts", orNone(method), orNone(target), orNone(version));
    }

    private static String orNone(Foreign s) {
        return s.isEmpty() ? Messages.get("classroom.parts.none") : s.shown();
    }

    static String blankLine() {
        return Messages.get("classroom.blankLine");
    }

    static String leadingEmptyLine() {
        return Messages.get("classroom.leadingEmptyLine");
    }

    static String cutOff() {
        return Messages.get("classroom.unfinishedLine");
    }

    static String stillWaiting() {
        return Messages.get("classroom.stillWaiting");
    }

    static String bareLf() {
        return Messages.get("classroom.flag.bareLf");
    }

    static String noHost() {
        return Messages.get("classroom.flag.noHost");
    }

    static String noVersion() {
        return Messages.get("classroom.flag.noVersion");
    }

    static String http2() {
        return Messages.get("classroom.flag.http2");
    }

    static String notFound() {
        return Messages.get("classroom.flag.notFound");
    }

    static String timedOut() {
        return Messages.get("classroom.flag.timedOut");
    }

    static String leftEarly() {
        return Messages.get("classroom.flag.leftEarly");
    }

    static String lowercaseMethod(String upper) {
        return Messages.get("classroom.flag.lowercaseMethod", Escape.latin1(upper));
    }

    /** {@code control character \x01 in the request line: retype it}; the character shown escaped. */
    static String controlCharacter(char c, boolean requestLine) {
        String shown = Escape.wire(new byte[] {(byte) c});
        return requestLine ? Messages.get("classroom.flag.controlCharacter.requestLine", shown)
                : Messages.get("classroom.flag.controlCharacter.headerLine", shown);
    }

    static String unknownMethod(Foreign method) {
        return Messages.get("classroom.flag.unknownMethod", method.shown());
    }

    /** {@code 414 Request-URI Too Long}: the status worded as the mirror's reply worded it. */
    private static String status(int status) {
        return Status.reason(status)
                .or(() -> StatusCodes.isKnown(status) ? Optional.of(StatusCodes.reason(status)) : Optional.empty())
                .map(reason -> status + " " + reason).orElse(Integer.toString(status));
    }

    /** {@code answered 414 Request-URI Too Long}. */
    static String answered(int status) {
        return Messages.get("classroom.answered", status(status));
    }

    static String closed(String tag, ConnectionEnd reason) {
        return tag + " " + switch (reason) {
            case SERVED -> Messages.get("classroom.closed");
            case TIMED_OUT -> Messages.get("classroom.closed.timedOut");
            case IDLE -> Messages.get("classroom.closed.idle");
            case CLIENT_GONE -> Messages.get("classroom.closed.clientGone");
        };
    }

    static String dropped(long count) {
        return Messages.get("classroom.dropped", String.valueOf(count), count);
    }

    static String label(MistakeKind kind) {
        return switch (kind) {
            case NO_BLANK_LINE -> Messages.get("classroom.mistake.noBlankLine");
            case BARE_LF -> Messages.get("classroom.mistake.bareLf");
            case NO_HOST -> Messages.get("classroom.mistake.noHost");
            case BAD_METHOD -> Messages.get("classroom.mistake.badMethod");
            case NO_VERSION -> Messages.get("classroom.mistake.noVersion");
            case HTTP2 -> Messages.get("classroom.mistake.http2");
            case NOT_FOUND -> Messages.get("classroom.mistake.notFound");
            case CONTROL_CHARACTER -> Messages.get("classroom.mistake.controlCharacter");
            case OTHER -> Messages.get("classroom.mistake.other");
        };
    }

    /** {@code 3 missing blank line · 2 bare LF}: each mistake made, in the tally's order; empty when none. */
    private static String mistakes(Tally tally) {
        StringBuilder out = new StringBuilder();
        for (MistakeKind kind : MistakeKind.values()) {
            int n = tally.count(kind);
            if (n > 0) {
                out.append(out.length() == 0 ? "" : SEP).append(Messages.get("classroom.tally.mistake", String.valueOf(n), label(kind)));
            }
        }
        return out.toString();
    }

    /** {@code so far: 14 requests · 3 missing blank line · 2 bare LF}, listing only mistakes made. */
    static String tally(Tally tally) {
        StringBuilder line = new StringBuilder(Messages.get("classroom.tally",
                String.valueOf(tally.requests()), tally.requests()));
        String made = mistakes(tally);
        if (!made.isEmpty()) {
            line.append(SEP).append(made);
        }
        if (tally.refused() > 0) {
            line.append(SEP).append(Messages.get("classroom.tally.refused", String.valueOf(tally.refused())));
        }
        return line.toString();
    }

    static String refused(String tag, String address, String why) {
        return tag + " " + Messages.get("classroom.refused", address, why);
    }

    static String refusedAnonymous(String tag, String why) {
        return tag + " " + Messages.get("classroom.refused.anonymous", why);
    }

    /** {@code 400 Bad Request}, or what happened when nothing was answered. */
    static String verdict(int status) {
        return status == 0 ? Messages.get("classroom.verdict.leftEarly") : status(status);
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
        lines.add(Messages.get("classroom.summary.over", duration(Duration.between(all.started(), now)),
                String.valueOf(tally.requests()), tally.requests(), String.valueOf(clients), clients));
        String made = mistakes(tally);
        lines.add(made.isEmpty() ? Messages.get("classroom.summary.noMistakes")
                : Messages.get("classroom.summary.mistakes", made));
        if (tally.refused() > 0) {
            lines.add(Messages.get("classroom.summary.refused", String.valueOf(tally.refused()), tally.refused()));
        }
        if (!all.clients().isEmpty()) {
            lines.add(Messages.get("classroom.summary.clients"));
            for (Ledger.Client c : all.clients().subList(0, Math.min(SUMMARY_CLIENTS, all.clients().size()))) {
                lines.add("  " + String.format("%-15s", c.name()) + " " + Messages.get("classroom.summary.client",
                        String.valueOf(c.requests()), c.requests(), c.withMistakes(), c.last().request(),
                        verdict(c.last().status())));
            }
            if (all.clients().size() > SUMMARY_CLIENTS) {
                lines.add("  " + Messages.get("classroom.summary.more",
                        String.valueOf(all.clients().size() - SUMMARY_CLIENTS)));
            }
        }
        return lines;
    }

    private static String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s < 60 ? Messages.get("classroom.duration.seconds", String.valueOf(s))
                : Messages.get("classroom.duration.minutes", String.valueOf(s / 60), s % 60);
    }
}
