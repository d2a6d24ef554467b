package org.wiretutor.shell.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.wiretutor.http.Annotation;
import org.wiretutor.http.Detail;
import org.wiretutor.http.Display;
import org.wiretutor.http.Kind;
import org.wiretutor.http.Severity;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.Exchange;
import org.wiretutor.wire.WireEvent;

/**
 * Draws bytes that crossed the wire — with CR, LF and every odd byte visible — and the
 * annotator's explanation of each part. {@code →} marks what the learner sent, {@code ←} what came back.
 */
public final class WireRenderer {
    static final String SENT_MARK = "→ ";
    static final String RECEIVED_MARK = "← ";
    private static final String DETAIL_INDENT = "      ";
    private static final String HEX_INDENT = "  ";
    private static final int TEXT_PREVIEW_LINES = 60;
    private static final int HEX_PREVIEW_BYTES = 256;

    private final int width;

    public WireRenderer(int width) {
        this.width = Math.max(40, width);
    }

    /** The echo of one line the learner sent: its exact bytes and their count. */
    List<AttributedString> sent(WireEvent.Sent sent) {
        if (sent.kind() == WireEvent.SentKind.RAW) return sentRaw(sent);
        int problems = sent.requestLine().map(l -> l.diagnoses().size()).orElse(0);
        String what = switch (sent.kind()) {
            case REQUEST_LINE -> problems == 0 ? Messages.get("shell.sent.requestLine")
                    : Messages.get("shell.sent.requestLine.problems", problems);
            case REQUEST_LINE_HTTP09 -> Messages.get("shell.sent.http09");
            case HEADER -> Messages.get("shell.sent.header");
            case BLANK_LINE -> Messages.get("shell.sent.blankLine");
            case STRAY_BLANK_LINE -> Messages.get("shell.sent.strayBlankLine");
            case RAW -> "";
        };
        List<AttributedString> out = new ArrayList<>(wireRow(SENT_MARK, Styles.SENT, sent.bytes(),
                Messages.get("shell.sent.bytes", sent.bytes().length), Styles.DIM));
        out.addAll(Wrap.wrap(new AttributedString(what, Styles.DIM), width, DETAIL_INDENT));
        // the HTTP/0.9 line says "no version" already
        sent.requestLine().ifPresent(line -> line.diagnoses().stream()
                .filter(d -> !(sent.kind() == WireEvent.SentKind.REQUEST_LINE_HTTP09 && d.kind() == DiagnosisKind.NO_VERSION))
                .forEach(d -> out.addAll(warning(d))));
        // a header name near a well-known one: no server says so, since it takes the name as a header of its own
        sent.notes().forEach(d -> out.addAll(warning(d)));
        return out;
    }

    /** One diagnosis of a sent line, under it. */
    private List<AttributedString> warning(Diagnosis d) {
        return Wrap.wrap(new AttributedString("⚠ " + d.words(), Styles.WARNING), width, DETAIL_INDENT);
    }

    /** Bytes sent exactly as given: one line of the echo per line sent, then the count. */
    private List<AttributedString> sentRaw(WireEvent.Sent sent) {
        List<AttributedString> out = new ArrayList<>();
        List<byte[]> lines = splitAfterLf(sent.bytes());
        for (int i = 0; i < lines.size(); i++) {
            String tail = i == lines.size() - 1 ? Messages.get("shell.sent.bytes", sent.bytes().length) : "";
            out.addAll(wireRow(SENT_MARK, Styles.SENT, lines.get(i), tail, Styles.DIM));
        }
        out.addAll(Wrap.wrap(new AttributedString(Messages.get("shell.sent.raw"), Styles.DIM), width, DETAIL_INDENT));
        sent.notes().forEach(d -> out.addAll(warning(d)));
        return out;
    }

    /**
     * Bytes of one line behind their arrow, cut to the width without losing a byte, then a short
     * note: on the last row when it fits there, else on a row of its own.
     */
    private List<AttributedString> wireRow(String mark, AttributedStyle markStyle, byte[] bytes, String tail,
                                           AttributedStyle tailStyle) {
        AttributedStringBuilder text = new AttributedStringBuilder();
        appendWire(text, Escape.wire(bytes));
        List<AttributedString> rows = new ArrayList<>(Wrap.exact(text.toAttributedString(), width,
                new AttributedString(mark, markStyle), new AttributedString(" ".repeat(mark.length()))));
        if (tail.isEmpty()) return rows;
        AttributedString last = rows.get(rows.size() - 1);
        if (last.columnLength() + 3 + tail.length() <= width) {
            rows.set(rows.size() - 1, new AttributedStringBuilder().append(last).append("   ")
                    .append(tail, tailStyle).toAttributedString());
        } else {
            rows.addAll(Wrap.wrap(new AttributedString(tail, tailStyle), width, DETAIL_INDENT));
        }
        return rows;
    }

    /** When each read of a reply arrived and what it brought. */
    public List<AttributedString> reads(Exchange e) {
        List<AttributedString> out = new ArrayList<>();
        out.add(new AttributedString(Messages.get("shell.reads.header", e.reads().size(), e.receivedTotal()),
                Styles.STRONG));
        long total = 0;
        int n = 0;
        for (Exchange.Read r : e.reads()) {
            total += r.bytes();
            // the columns line up, so the numbers are padded here and the words come from the catalogue
            out.add(new AttributedString("  " + Messages.get("shell.reads.row",
                    String.format(Locale.ROOT, "%3d", ++n), String.format(Locale.ROOT, "%9.1f", r.after().toNanos() / 1_000_000.0),
                    String.format(Locale.ROOT, "%7d", r.bytes()), total)));
        }
        out.addAll(Wrap.wrap(new AttributedString(Messages.get("shell.reads.note"), Styles.DIM), width, ""));
        return out;
    }

    /** One explained part of a reply, in full: what {@code show} prints. */
    public List<AttributedString> annotation(Annotation a) {
        List<AttributedString> out = new ArrayList<>(head(a));
        details(a, out);
        if (a.kind() == Kind.BODY || a.kind() == Kind.CHUNK_DATA) preview(a, out, new Fold(0));
        return out;
    }

    /**
     * One part of a reply as its first view shows it: a row per part, the explanations left for
     * {@code show}, the body folded to the rows {@code fold} has left, so that the status line and
     * every header stay on a 24-line screen. Problems keep their explanation: they are the news.
     */
    public List<AttributedString> compact(Annotation a, Fold fold) {
        boolean plain = a.severity() == Severity.INFO;
        List<AttributedString> out = new ArrayList<>();
        if (a.kind() == Kind.SUMMARY) return out;   // the close says how the reply ended; show has the tally
        if (plain && a.kind() == Kind.HEADER) {
            // the header's name is its title: the row shows it already
            out.addAll(wireRow(RECEIVED_MARK, Styles.RECEIVED, a.raw(), "", Styles.DIM));
        } else if (!(plain && a.kind() == Kind.BODY)) {
            out.addAll(head(a));
        }
        switch (a.kind()) {
            case BODY, CHUNK_DATA -> {
                // bytes against characters: the count learners get wrong (exercise 2)
                a.detail(Detail.Topic.CHARACTERS).ifPresent(text -> out.addAll(Wrap.wrap(new AttributedString(text, Styles.DIM),
                        width, DETAIL_INDENT)));
                a.detail(Detail.Topic.KIND).ifPresent(text -> out.addAll(Wrap.wrap(new AttributedString(text, Styles.DIM),
                        width, DETAIL_INDENT)));
                int before = out.size();
                preview(a, out, fold);
                // a chunk whose every line was folded away says so on its own row, not as an empty heading
                if (a.kind() == Kind.CHUNK_DATA && out.size() == before && before > 0 && a.raw().length > 0) {
                    AttributedString title = out.get(before - 1);
                    AttributedString folded = new AttributedStringBuilder().append(title)
                            .append(" ").append(Messages.get("shell.reply.chunkFolded"), Styles.DIM).toAttributedString();
                    if (folded.columnLength() <= width) out.set(before - 1, folded);
                }
            }
            default -> {
                if (a.kind() == Kind.PROBLEM || a.severity() != Severity.INFO) firstSentence(a, out);
            }
        }
        fold.used(out.size());
        return out;
    }

    /** The news of a part in one sentence (its first detail's first); the rest waits for {@code show}. */
    private void firstSentence(Annotation a, List<AttributedString> out) {
        if (a.details().isEmpty()) return;
        String text = a.details().get(0).text();
        int end = text.indexOf(". ");
        if (end > 0) text = text.substring(0, end + 1);
        out.addAll(Wrap.wrap(new AttributedString(text), width, DETAIL_INDENT));
    }

    /** Parts of a reply, one after another, in their first view (see {@link #compact(Annotation, Fold)}). */
    public List<AttributedString> compact(List<Annotation> parts, Fold fold) {
        List<AttributedString> out = new ArrayList<>();
        for (Annotation part : parts) out.addAll(compact(part, fold));
        return out;
    }

    /** What closes a reply's first view: how much of the body was folded away, and where the rest is. */
    public List<AttributedString> compactFooter(Fold fold) {
        return compactFooter(fold, true);
    }

    /**
     * What closes a reply's first view; a reply with no body (to HEAD, a 304) is not offered {@code show body}.
     */
    public List<AttributedString> compactFooter(Fold fold, boolean body) {
        // no count: a long body is kept only as a preview, so the rows hidden are not the lines left
        String more = fold.hiddenRows() > 0 ? Messages.get("shell.reply.folded")
                : Messages.get(body ? "shell.reply.more" : "shell.reply.more.noBody");
        if (DETAIL_INDENT.length() + more.length() > width) {
            // one row, always
            more = fold.hiddenRows() > 0 ? Messages.get("shell.reply.folded.short") : Messages.get("shell.reply.more.short");
        }
        return Wrap.wrap(new AttributedString(more, Styles.DIM), width, DETAIL_INDENT, DETAIL_INDENT + "  ");
    }

    /** Every part's bytes and title, no explanations: the first row (or rows) of each view of a part. */
    private List<AttributedString> head(Annotation a) {
        AttributedStyle titleStyle = switch (a.severity()) {
            case INFO -> Styles.DIM;
            case WARNING -> Styles.WARNING;
            case ERROR -> Styles.ERROR;
        };
        return switch (a.kind()) {
            case BODY, CHUNK_DATA -> titled(RECEIVED_MARK, Styles.RECEIVED, a.title(), Styles.STRONG);
            case PROBLEM -> titled("! ", titleStyle, a.title(), titleStyle);
            case SUMMARY -> titled("= ", Styles.DIM, a.title(), Styles.STRONG);
            default -> wireRow(RECEIVED_MARK, Styles.RECEIVED, a.raw(),
                    Messages.get("shell.part.title", a.title(), a.raw().length), titleStyle);
        };
    }

    /** A title after its mark, broken at spaces and hanging under its first word. */
    private List<AttributedString> titled(String mark, AttributedStyle markStyle, String title, AttributedStyle style) {
        List<AttributedString> rows = new ArrayList<>(Wrap.wrap(new AttributedString(title, style), width, "",
                " ".repeat(mark.length())));
        rows.set(0, new AttributedStringBuilder().append(mark, markStyle).append(rows.get(0)).toAttributedString());
        return rows;
    }

    private void details(Annotation a, List<AttributedString> out) {
        int labelWidth = 0;
        for (Detail d : a.details()) labelWidth = Math.max(labelWidth, d.label().length());
        for (Detail d : a.details()) {
            AttributedStringBuilder b = new AttributedStringBuilder();
            if (!d.label().isEmpty()) {
                b.append(pad(d.label(), labelWidth), Styles.LABEL).append("  ");
            }
            b.append(d.text());
            String hang = DETAIL_INDENT + (d.label().isEmpty() ? "" : " ".repeat(labelWidth + 2));
            out.addAll(Wrap.wrap(b.toAttributedString(), width, DETAIL_INDENT, hang));
        }
    }

    /** The body's bytes under a gutter: text line by line, or hex rows as wide as the screen allows. */
    private void preview(Annotation a, List<AttributedString> out, Fold fold) {
        byte[] raw = a.raw();
        if (raw.length == 0 || a.display() == Display.NONE) return;
        if (a.display() == Display.HEX) {
            // sixteen bytes a row read best; a smaller indent keeps them on an 80-column screen
            String indent = hexRowWidth(16) + DETAIL_INDENT.length() <= width ? DETAIL_INDENT : HEX_INDENT;
            int per = bytesPerRow(width - indent.length());
            int n = Math.min(raw.length, HEX_PREVIEW_BYTES);
            String[] rows = Escape.hexDump(raw, 0, n, 0, per).split("\n");
            for (int i = 0; i < rows.length; i++) {
                if (!fold.take(1)) {
                    fold.hide(rows.length - i);
                    return;
                }
                out.add(new AttributedString(indent + rows[i], Styles.CODE));
            }
            if (raw.length > n && fold.take(1)) {
                out.addAll(Wrap.wrap(new AttributedString(Messages.get("shell.reply.moreHex", n, raw.length), Styles.DIM),
                        width, DETAIL_INDENT));
            }
            return;
        }
        List<byte[]> lines = splitAfterLf(raw);
        int shown = 0;
        AttributedString gutter = new AttributedStringBuilder().append(DETAIL_INDENT).append("│ ", Styles.DIM)
                .toAttributedString();
        AttributedString more = new AttributedStringBuilder().append(DETAIL_INDENT).append("┆ ", Styles.DIM)
                .toAttributedString();
        for (int i = 0; i < lines.size(); i++) {
            if (fold.unlimited() && shown++ == TEXT_PREVIEW_LINES) {
                out.addAll(Wrap.wrap(new AttributedString(Messages.get("shell.reply.moreLines", TEXT_PREVIEW_LINES,
                        lines.size() - TEXT_PREVIEW_LINES), Styles.DIM), width, DETAIL_INDENT));
                break;
            }
            AttributedStringBuilder text = new AttributedStringBuilder();
            appendWire(text, a.utf8() ? Escape.bytes(lines.get(i)) : Escape.wire(lines.get(i)));
            List<AttributedString> rows = Wrap.exact(text.toAttributedString(), width, gutter, more);
            if (!fold.take(rows.size())) {
                fold.hide(lines.size() - i);
                return;
            }
            out.addAll(rows);
        }
    }

    /** The widest hex row of 16, 8 or 4 bytes that fits in {@code columns}. */
    static int bytesPerRow(int columns) {
        for (int per = 16; per > 4; per /= 2) if (hexRowWidth(per) <= columns) return per;
        return 4;
    }

    /** Offset, two spaces, "xx " per byte (a space more after eight), " |", the characters, "|". */
    static int hexRowWidth(int per) {
        return 8 + 2 + 3 * per + (per > 8 ? 1 : 0) + 2 + per + 1;
    }

    /** The whole body kept for display, line by line or in hex: what {@code show body} prints. */
    public List<AttributedString> body(Exchange e) {
        List<AttributedString> out = new ArrayList<>();
        Fold all = new Fold(Integer.MAX_VALUE);
        for (Annotation a : e.annotations()) {
            if (a.kind() != Kind.BODY && a.kind() != Kind.CHUNK_DATA) continue;
            out.addAll(titled(RECEIVED_MARK, Styles.RECEIVED, a.title(), Styles.STRONG));
            if (a.raw().length == 0) details(a, out);   // no bytes to show: say why there are none
            preview(a, out, all);
        }
        if (out.isEmpty()) out.addAll(Wrap.wrap(new AttributedString(Messages.get("shell.reply.noBody"), Styles.DIM), width, ""));
        return out;
    }

    /** The request of an exchange under its heading: what {@code show} and {@code show raw} start with. */
    public List<AttributedString> request(Exchange e) {
        List<AttributedString> out = new ArrayList<>();
        out.add(new AttributedString(Messages.get("shell.raw.sent", e.sent().length), Styles.STRONG));
        out.addAll(wireLines(SENT_MARK, Styles.SENT, e.sent(), width));
        return out;
    }

    /** Both directions of an exchange, line by line, bytes exact. */
    public List<AttributedString> raw(Exchange e) {
        List<AttributedString> out = request(e);
        out.add(new AttributedString(Messages.get("shell.raw.received", e.receivedTotal()), Styles.STRONG));
        out.addAll(wireLines(RECEIVED_MARK, Styles.RECEIVED, e.received(), width));
        if (!e.receivedAll()) {
            out.add(new AttributedString(Messages.get("shell.raw.truncated", e.received().length), Styles.DIM));
        }
        return out;
    }

    /** Both directions of an exchange as a hex dump, rows as wide as the screen allows. */
    public List<AttributedString> hex(Exchange e) {
        int per = bytesPerRow(width);
        List<AttributedString> out = new ArrayList<>();
        out.add(new AttributedString(Messages.get("shell.raw.sent", e.sent().length), Styles.STRONG));
        for (String line : Escape.hexDump(e.sent(), 0, e.sent().length, 0, per).split("\n")) {
            if (!line.isEmpty()) out.add(new AttributedString(line));
        }
        out.add(new AttributedString(Messages.get("shell.raw.received", e.receivedTotal()), Styles.STRONG));
        for (String line : Escape.hexDump(e.received(), 0, e.received().length, 0, per).split("\n")) {
            if (!line.isEmpty()) out.add(new AttributedString(line));
        }
        if (!e.receivedAll()) {
            out.add(new AttributedString(Messages.get("shell.raw.truncated", e.received().length), Styles.DIM));
        }
        return out;
    }

    /**
     * How many rows a reply's first view may still use. A reply arrives in pieces, so this is
     * kept from its status line to its end: the body gets whatever rows the head left, less a
     * reserve for what follows it (the fold note, the close, the step's verdict and the prompt).
     */
    public static final class Fold {
        /**
         * Characters of a typical close explanation and step verdict, which come after the body: the
         * rows they need grow as the screen narrows.
         */
        static final int AFTER_BODY_CHARS = 240;
        static final int VERDICT_CHARS = 160;
        /** The body shows at least this many rows, even on a tiny screen. */
        static final int MIN_BODY_ROWS = 1;
        private final int height;
        private int used;
        private int bodyRows = -1;
        private int hidden;

        private final int reserve;

        /** {@code height} 0: nothing scrolls away, nothing is folded. */
        public Fold(int height) {
            this(height, 80);
        }

        /**
         * Rows kept free under the body at this width: the footer and the prompt, the close and the
         * step's verdict.
         */
        public Fold(int height, int width) {
            this(height, width, VERDICT_CHARS);
        }

        /** {@code verdictChars}: how long the step's verdict under this reply may be, a guess's reveal with its why. */
        public Fold(int height, int width, int verdictChars) {
            this.height = height;
            int columns = Math.max(20, width);
            this.reserve = 2 + ceilDiv(AFTER_BODY_CHARS, columns) + ceilDiv(Math.max(VERDICT_CHARS, verdictChars), columns);
        }

        private static int ceilDiv(int a, int b) {
            return (a + b - 1) / b;
        }

        boolean unlimited() {
            return height <= 0;
        }

        void used(int rows) {
            if (bodyRows < 0) used += rows;
        }

        /** Takes rows for body text; false once the screen is full (everything after is hidden). */
        boolean take(int rows) {
            if (unlimited()) return true;
            if (hidden > 0) return false;
            if (bodyRows < 0) bodyRows = Math.max(MIN_BODY_ROWS, height - used - reserve);
            if (rows > bodyRows) return false;
            bodyRows -= rows;
            return true;
        }

        void hide(int lines) {
            hidden += lines;
        }

        /** Lines (or hex rows) of the body left out of the first view. */
        public int hiddenRows() {
            return hidden;
        }
    }

    /** Styles the backslash escapes of {@link Escape#wire} so they stand apart from the text. */
    static void appendWire(AttributedStringBuilder b, String visible) {
        int i = 0;
        while (i < visible.length()) {
            char c = visible.charAt(i);
            if (c == '\\' && i + 1 < visible.length()) {
                int len = Wrap.escapeLength(visible, i);
                b.append(visible.substring(i, Math.min(visible.length(), i + len)), Styles.ESCAPE);
                i += len;
            } else {
                b.append(String.valueOf(c));
                i++;
            }
        }
    }

    /** Bytes that went out, one line sent per screen line (continued under the arrow), every byte visible. */
    public static List<AttributedString> sentLines(byte[] bytes, int width) {
        return wireLines(SENT_MARK, Styles.SENT, bytes, width);
    }

    /** Bytes that came back, one line received per screen line (continued under the arrow), every byte visible. */
    public static List<AttributedString> receivedLines(byte[] bytes, int width) {
        return wireLines(RECEIVED_MARK, Styles.RECEIVED, bytes, width);
    }

    private static List<AttributedString> wireLines(String mark, AttributedStyle style, byte[] bytes, int width) {
        List<AttributedString> out = new ArrayList<>();
        AttributedString first = new AttributedString(mark, style);
        AttributedString rest = new AttributedString(" ".repeat(mark.length()));
        for (byte[] line : splitAfterLf(bytes)) {
            AttributedStringBuilder b = new AttributedStringBuilder();
            appendWire(b, Escape.wire(line));
            out.addAll(Wrap.exact(b.toAttributedString(), Math.max(40, width), first, rest));
        }
        return out;
    }

    public static List<byte[]> splitAfterLf(byte[] raw) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(raw, start, i + 1));
                start = i + 1;
            }
        }
        if (start < raw.length) lines.add(java.util.Arrays.copyOfRange(raw, start, raw.length));
        return lines;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
