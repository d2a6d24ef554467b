package org.wiretutor.shell.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.utils.AttributedString;
import org.wiretutor.text.Messages;

/**
 * {@code --plain}: output for screen readers, braille displays and anyone who prefers words to
 * symbols. No box drawing or arrows, no meaning carried by colour (there is none), CR and LF
 * spelled out, every line wrapped to the width.
 */
public final class AccessibleScreen implements Screen {
    /** The escapes {@link org.wiretutor.text.Escape#wire} writes, matched left to right. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\(r|n|t|\\\\|x[0-9A-Fa-f]{2})");
    /** Symbols drawn in plain characters instead. */
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("│ ", "| "), Map.entry("•", "-"), Map.entry("─", "-"), Map.entry("…", "..."), Map.entry("·", "-"),
            Map.entry("—", "-"));
    /** Symbols that mean a word: the word is said instead, in the catalogue's words. */
    private static final List<String> WORD_SYMBOLS =
            List.of(WireRenderer.SENT_MARK, WireRenderer.RECEIVED_MARK, "✓", "✗", "⚠");

    private final Screen screen;

    public AccessibleScreen(Screen screen) {
        this.screen = screen;
    }

    @Override
    public void show(List<AttributedString> lines) {
        List<AttributedString> out = new ArrayList<>();
        for (Paragraph p : paragraphs(lines, width())) {
            String text = words(p.text.toString());
            out.addAll(Wrap.wrap(new AttributedString(text.stripLeading()), width(), " ".repeat(p.indent), p.hang));
        }
        screen.show(out);
    }

    /** Where a row starts something new rather than continuing the row above. */
    private static final Pattern NEW_ITEM = Pattern.compile("^\\s*(•|-|\\d+\\.|→|←|│|!|=|✓|✗|⚠|…)(\\s|$)");
    /** A row shorter than this many columns under the width ended its paragraph: nothing was wrapped onto the next. */
    private static final int WRAP_SLACK = 16;

    /** Rows that were one line before the shell wrapped them, joined again (as words would now be longer). */
    static final class Paragraph {
        final StringBuilder text = new StringBuilder();
        final int indent;
        String hang;
        String last;

        Paragraph(String first) {
            indent = indentOf(first);
            hang = " ".repeat(Math.min(indent + 2, 12));
            text.append(first);
            last = first;
        }

        String text() {
            return text.toString();
        }
    }

    /**
     * Joins the rows the renderers wrapped, so that spelling out symbols re-wraps prose as prose
     * instead of leaving a short fragment after every long row. Wire rows continued under their
     * arrow or gutter are joined without a space: that space was never a byte.
     */
    static List<Paragraph> paragraphs(List<AttributedString> lines, int width) {
        List<Paragraph> out = new ArrayList<>();
        Paragraph p = null;
        for (AttributedString line : lines) {
            String row = line.toString();
            if (p != null && !row.isBlank() && !p.last.isBlank() && p.last.length() >= width - WRAP_SLACK) {
                String first = p.text.toString().stripLeading();
                boolean wire = first.startsWith("→") || first.startsWith("←");
                String trimmed = row.stripLeading();
                if (trimmed.startsWith("┆")) {
                    p.text.append(trimmed.substring(1).stripLeading());
                    p.last = row;
                    continue;
                }
                if (wire && indentOf(row) == p.indent + 2 && !NEW_ITEM.matcher(row).find()) {
                    p.text.append(trimmed);
                    p.last = row;
                    continue;
                }
                if (!wire && !NEW_ITEM.matcher(row).find() && indentOf(row) >= p.indent) {
                    if (p.text.length() == p.last.length()) p.hang = " ".repeat(indentOf(row));
                    p.text.append(' ').append(trimmed);
                    p.last = row;
                    continue;
                }
            }
            p = new Paragraph(row);
            out.add(p);
        }
        return out;
    }

    private static int indentOf(String row) {
        return row.length() - row.stripLeading().length();
    }

    /** Symbols to words, escapes to names: {@code GET / HTTP/1.0\r\n} becomes {@code GET / HTTP/1.0 <CR><LF>}. */
    static String words(String text) {
        String s = text;
        for (var e : SYMBOLS.entrySet()) s = s.replace(e.getKey(), e.getValue());
        for (String symbol : WORD_SYMBOLS) {
            if (s.contains(symbol)) s = s.replace(symbol, word(symbol));
        }
        Matcher m = ESCAPE.matcher(s);
        StringBuilder out = new StringBuilder();
        boolean first = true;
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start());
            String e = m.group(1);
            boolean named = !e.equals("\\");
            if (named && first && out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
            if (named) first = false;
            out.append(switch (e) {
                case "r" -> Messages.get("shell.plain.cr");
                case "n" -> Messages.get("shell.plain.lf");
                case "t" -> Messages.get("shell.plain.tab");
                case "\\" -> "\\";
                default -> Messages.get("shell.plain.byte", e.substring(1).toUpperCase());
            });
            last = m.end();
        }
        out.append(s.substring(last));
        return out.toString();
    }

    /** The word a symbol stands for; an arrow's space stays after it. */
    private static String word(String symbol) {
        return switch (symbol) {
            case WireRenderer.SENT_MARK -> Messages.get("shell.plain.sent") + " ";
            case WireRenderer.RECEIVED_MARK -> Messages.get("shell.plain.received") + " ";
            case "✓" -> Messages.get("shell.plain.done");
            case "✗" -> Messages.get("shell.plain.notYet");
            case "⚠" -> Messages.get("shell.plain.warning");
            default -> symbol;
        };
    }

    @Override
    public int width() {
        return screen.width();
    }

    @Override
    public int height() {
        return screen.height();
    }
}
