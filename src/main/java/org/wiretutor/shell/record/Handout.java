package org.wiretutor.shell.record;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.wiretutor.http.Annotation;
import org.wiretutor.http.Detail;
import org.wiretutor.http.Display;
import org.wiretutor.http.Kind;
import org.wiretutor.shell.screen.WireRenderer;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.Exchange;
import org.wiretutor.wire.Route;

/**
 * One exchange as a Markdown handout: what {@code show} explains, in a form a learner can keep, print or
 * hand in. Bytes are escaped exactly as on screen; nothing from the wire reaches the file unescaped, so
 * a server cannot put terminal escapes or Markdown of its own into it.
 */
public final class Handout {
    /** How much of a binary body's preview the handout dumps; the rest would only be noise on paper. */
    static final int HEX_BYTES = 512;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private Handout() {}

    public static String markdown(Exchange e, Route route, Instant at, String version) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(text(Messages.get("shell.handout.title", route.target().host(), route.target().port())))
                .append("\n\n").append(Messages.get("shell.handout.escapes")).append("\n\n");
        md.append("## ").append(Messages.get("shell.handout.request", e.sent().length)).append("\n\n");
        block(md, "text", escapedLines(e.sent()));
        md.append("## ").append(Messages.get("shell.handout.reply", e.receivedTotal())).append("\n\n");
        if (e.annotations().isEmpty()) md.append(text(Messages.get("shell.handout.noReply"))).append("\n\n");
        for (Annotation a : e.annotations()) part(md, a);
        if (!e.receivedAll()) md.append(text(Messages.get("shell.raw.truncated", e.received().length))).append("\n\n");
        md.append("---\n\n").append(text(footer(route, at, version))).append('\n');
        return md.toString();
    }

    private static void part(StringBuilder md, Annotation a) {
        switch (a.kind()) {
            case BODY, CHUNK_DATA, SUMMARY -> md.append("### ").append(text(a.title())).append("\n\n");
            case PROBLEM -> md.append("### ⚠ ").append(text(a.title())).append("\n\n");
            default -> md.append("### ").append(code(Escape.wire(a.raw()))).append("\n\n")
                    .append(text(Messages.get("shell.part.title", a.title(), a.raw().length)))
                    .append("\n\n");
        }
        for (Detail d : a.details()) {
            md.append("- ");
            if (!d.label().isEmpty()) md.append("**").append(text(d.label())).append("**: ");
            md.append(text(d.text())).append('\n');
        }
        if (!a.details().isEmpty()) md.append('\n');
        if (a.kind() == Kind.BODY || a.kind() == Kind.CHUNK_DATA) preview(md, a);
    }

    private static void preview(StringBuilder md, Annotation a) {
        byte[] raw = a.raw();
        if (raw.length == 0 || a.display() == Display.NONE) return;
        if (a.display() == Display.TEXT) {
            block(md, "text", escapedLines(raw));
            return;
        }
        int n = Math.min(raw.length, HEX_BYTES);
        block(md, "text", List.of(Escape.hexDump(raw, 0, n, 0, 16).split("\n")));
        if (raw.length > n) md.append(text(Messages.get("shell.handout.hexCut", n, raw.length))).append("\n\n");
    }

    private static String footer(Route route, Instant at, String version) {
        var t = route.target();
        String where = route.reached().getAddress().getHostAddress();
        String when = WHEN.format(at);
        int port = route.reached().getPort();
        if (route.standsIn()) {
            return Messages.get("shell.handout.fromClassServer", version, when, route.classServer().get().toString(),
                    where, port, t.host());
        }
        if (!route.viaMirror()) {
            return Messages.get("shell.handout.fromServer", version, when, t.host(), where, port);
        }
        return route.fallbackReason()
                .map(why -> Messages.get("shell.handout.fromMirror.because", version, when, t.host(), where, port, why))
                .orElse(Messages.get("shell.handout.fromMirror", version, when, t.host(), where, port));
    }

    private static List<String> escapedLines(byte[] bytes) {
        return WireRenderer.splitAfterLf(bytes).stream().map(Escape::wire).toList();
    }

    /** A fenced block whose fence is longer than any run of backticks inside it. */
    private static void block(StringBuilder md, String info, List<String> lines) {
        String fence = "`".repeat(Math.max(3, longestRun(String.join("\n", lines), '`') + 1));
        md.append(fence).append(info).append('\n');
        for (String line : lines) md.append(controls(line)).append('\n');
        md.append(fence).append("\n\n");
    }

    /** A code span that survives backticks in its content, as CommonMark allows. */
    static String code(String s) {
        String c = controls(s);
        String ticks = "`".repeat(longestRun(c, '`') + 1);
        String pad = c.startsWith("`") || c.endsWith("`") || c.isBlank() ? " " : "";
        return ticks + pad + c + pad + ticks;
    }

    /** Prose: Markdown's own characters escaped, so explanations read as written. */
    static String text(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : controls(s).replace('\n', ' ').toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) b.append('\\');
            b.append(c);
        }
        return b.toString();
    }

    /** Control, C1 and bidi characters drawn escaped, through the one escaping function every view uses. */
    private static String controls(String s) {
        return Escape.string(s);
    }

    private static int longestRun(String s, char c) {
        int best = 0;
        int run = 0;
        for (char x : s.toCharArray()) {
            run = x == c ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }
}
