package org.wiretutor.shell.screen;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.wiretutor.http.Annotation;
import org.wiretutor.http.Detail;
import org.wiretutor.http.Display;
import org.wiretutor.shell.ShellText;
import org.wiretutor.text.Escape;
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
    private static final int TEXT_PREVIEW_LINES = 60;
    private static final int HEX_PREVIEW_BYTES = 256;

    private final int width;

    public WireRenderer(int width) {
        this.width = Math.max(40, width);
    }

    /** The echo of one line the learner sent: its exact bytes and their count. */
    List<AttributedString> sent(WireEvent.Sent sent) {
        if (sent.kind() == WireEvent.SentKind.RAW) return sentRaw(sent);
        AttributedStringBuilder b = new AttributedStringBuilder();
        b.append(SENT_MARK, Styles.SENT);
        appendWire(b, Escape.wire(sent.bytes()));
        b.append("   ").append(ShellText.SENT_BYTES.formatted(sent.bytes().length, plural(sent.bytes().length)), Styles.DIM);
        String what = switch (sent.kind()) {
            case REQUEST_LINE -> ShellText.SENT_REQUEST_LINE;
            case REQUEST_LINE_HTTP09 -> ShellText.SENT_HTTP09;
            case HEADER -> ShellText.SENT_HEADER;
            case BLANK_LINE -> ShellText.SENT_BLANK_LINE;
            case STRAY_BLANK_LINE -> ShellText.SENT_STRAY_BLANK_LINE;
            case RAW -> "";
        };
        List<AttributedString> out = new ArrayList<>();
        out.add(b.toAttributedString());
        out.addAll(Wrap.wrap(new AttributedString(what, Styles.DIM), width, DETAIL_INDENT));
        sent.requestLine().ifPresent(line -> line.problems().forEach(p -> out.addAll(
                Wrap.wrap(new AttributedString("⚠ " + p, Styles.WARNING), width, DETAIL_INDENT))));
        return out;
    }

    /** Bytes sent exactly as given: one line of the echo per line sent, then the count. */
    private List<AttributedString> sentRaw(WireEvent.Sent sent) {
        List<AttributedString> out = new ArrayList<>();
        List<byte[]> lines = splitAfterLf(sent.bytes());
        for (int i = 0; i < lines.size(); i++) {
            AttributedStringBuilder b = new AttributedStringBuilder().append(SENT_MARK, Styles.SENT);
            appendWire(b, Escape.wire(lines.get(i)));
            if (i == lines.size() - 1) {
                b.append("   ").append(ShellText.SENT_BYTES.formatted(sent.bytes().length, plural(sent.bytes().length)),
                        Styles.DIM);
            }
            out.add(b.toAttributedString());
        }
        out.addAll(Wrap.wrap(new AttributedString(ShellText.SENT_RAW, Styles.DIM), width, DETAIL_INDENT));
        return out;
    }

    /** When each read of a reply arrived and what it brought. */
    public List<AttributedString> reads(Exchange e) {
        List<AttributedString> out = new ArrayList<>();
        out.add(new AttributedString(ShellText.READS_HEADER.formatted(e.reads().size(), e.receivedTotal(),
                plural(e.receivedTotal())), Styles.STRONG));
        long total = 0;
        int n = 0;
        for (Exchange.Read r : e.reads()) {
            total += r.bytes();
            out.add(new AttributedString(ShellText.READ_ROW.formatted(++n, r.after().toNanos() / 1_000_000.0, r.bytes(),
                    total)));
        }
        out.addAll(Wrap.wrap(new AttributedString(ShellText.READS_NOTE, Styles.DIM), width, ""));
        return out;
    }

    /** One explained part of a reply. */
    public List<AttributedString> annotation(Annotation a) {
        List<AttributedString> out = new ArrayList<>();
        AttributedStyle titleStyle = switch (a.severity()) {
            case INFO -> Styles.DIM;
            case WARNING -> Styles.WARNING;
            case ERROR -> Styles.ERROR;
        };
        switch (a.kind()) {
            case BODY, CHUNK_DATA -> {
                out.add(new AttributedStringBuilder().append(RECEIVED_MARK, Styles.RECEIVED)
                        .append(a.title(), Styles.STRONG).toAttributedString());
                details(a, out);
                preview(a, out);
            }
            case PROBLEM -> {
                out.add(new AttributedStringBuilder().append("! ", titleStyle)
                        .append(a.title(), titleStyle).toAttributedString());
                details(a, out);
            }
            case SUMMARY -> {
                out.add(new AttributedStringBuilder().append("= ", Styles.DIM)
                        .append(a.title(), Styles.STRONG).toAttributedString());
                details(a, out);
            }
            default -> {
                AttributedStringBuilder b = new AttributedStringBuilder().append(RECEIVED_MARK, Styles.RECEIVED);
                appendWire(b, Escape.wire(a.raw()));
                b.append("   ").append(a.title() + " · " + a.raw().length + " " + plural(a.raw().length),
                        titleStyle == Styles.DIM ? Styles.DIM : titleStyle);
                out.add(b.toAttributedString());
                details(a, out);
            }
        }
        return out;
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

    private void preview(Annotation a, List<AttributedString> out) {
        byte[] raw = a.raw();
        if (raw.length == 0) return;
        if (a.display() == Display.HEX) {
            int n = Math.min(raw.length, HEX_PREVIEW_BYTES);
            for (String line : Escape.hexDump(raw, 0, n, 0, 16).split("\n")) {
                out.add(new AttributedString(DETAIL_INDENT + line, Styles.CODE));
            }
            if (raw.length > n) {
                out.add(new AttributedString(DETAIL_INDENT + ShellText.MORE_HEX.formatted(n, raw.length), Styles.DIM));
            }
            return;
        }
        if (a.display() == Display.NONE) return;
        List<byte[]> lines = splitAfterLf(raw);
        int shown = 0;
        for (byte[] line : lines) {
            if (shown++ == TEXT_PREVIEW_LINES) {
                out.add(new AttributedString(DETAIL_INDENT + ShellText.MORE_LINES.formatted(TEXT_PREVIEW_LINES,
                        lines.size() - TEXT_PREVIEW_LINES), Styles.DIM));
                break;
            }
            AttributedStringBuilder b = new AttributedStringBuilder().append(DETAIL_INDENT).append("│ ", Styles.DIM);
            appendWire(b, a.utf8() ? Escape.bytes(line) : Escape.wire(line));
            out.add(b.toAttributedString());
        }
    }

    /** The request of an exchange under its heading: what {@code show} and {@code show raw} start with. */
    public List<AttributedString> request(Exchange e) {
        List<AttributedString> out = new ArrayList<>();
        out.add(new AttributedString(ShellText.RAW_SENT.formatted(e.sent().length, plural(e.sent().length)), Styles.STRONG));
        out.addAll(sentLines(e.sent()));
        return out;
    }

    /** Both directions of an exchange, line by line, bytes exact. */
    public List<AttributedString> raw(Exchange e) {
        List<AttributedString> out = request(e);
        out.add(new AttributedString(ShellText.RAW_RECEIVED.formatted(e.receivedTotal(), plural(e.receivedTotal())),
                Styles.STRONG));
        out.addAll(receivedLines(e.received()));
        if (!e.receivedAll()) {
            out.add(new AttributedString(ShellText.RAW_TRUNCATED.formatted(e.received().length), Styles.DIM));
        }
        return out;
    }

    /** Both directions of an exchange as a hex dump. */
    public List<AttributedString> hex(Exchange e) {
        List<AttributedString> out = new ArrayList<>();
        out.add(new AttributedString(ShellText.RAW_SENT.formatted(e.sent().length, plural(e.sent().length)), Styles.STRONG));
        for (String line : Escape.hexDump(e.sent(), 0, e.sent().length, 0, 16).split("\n")) {
            if (!line.isEmpty()) out.add(new AttributedString(line));
        }
        out.add(new AttributedString(ShellText.RAW_RECEIVED.formatted(e.receivedTotal(), plural(e.receivedTotal())),
                Styles.STRONG));
        for (String line : Escape.hexDump(e.received(), 0, e.received().length, 0, 16).split("\n")) {
            if (!line.isEmpty()) out.add(new AttributedString(line));
        }
        if (!e.receivedAll()) {
            out.add(new AttributedString(ShellText.RAW_TRUNCATED.formatted(e.received().length), Styles.DIM));
        }
        return out;
    }

    /** Styles the backslash escapes of {@link Escape#wire} so they stand apart from the text. */
    static void appendWire(AttributedStringBuilder b, String visible) {
        int i = 0;
        while (i < visible.length()) {
            char c = visible.charAt(i);
            if (c == '\\' && i + 1 < visible.length()) {
                int len = visible.charAt(i + 1) == 'x' && i + 3 < visible.length() ? 4 : 2;
                b.append(visible.substring(i, Math.min(visible.length(), i + len)), Styles.ESCAPE);
                i += len;
            } else {
                b.append(String.valueOf(c));
                i++;
            }
        }
    }

    /** Bytes that went out, one screen line per line sent, every byte visible. */
    public static List<AttributedString> sentLines(byte[] bytes) {
        return wireLines(SENT_MARK, Styles.SENT, bytes);
    }

    /** Bytes that came back, one screen line per line received, every byte visible. */
    public static List<AttributedString> receivedLines(byte[] bytes) {
        return wireLines(RECEIVED_MARK, Styles.RECEIVED, bytes);
    }

    private static List<AttributedString> wireLines(String mark, org.jline.utils.AttributedStyle style, byte[] bytes) {
        List<AttributedString> out = new ArrayList<>();
        for (byte[] line : splitAfterLf(bytes)) {
            AttributedStringBuilder b = new AttributedStringBuilder().append(mark, style);
            appendWire(b, Escape.wire(line));
            out.add(b.toAttributedString());
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

    public static String plural(long n) {
        return n == 1 ? "byte" : "bytes";
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
