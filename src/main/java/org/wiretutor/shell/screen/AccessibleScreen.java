package org.wiretutor.shell.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.utils.AttributedString;

/**
 * {@code --plain}: output for screen readers, braille displays and anyone who prefers words to
 * symbols. No box drawing or arrows, no meaning carried by colour (there is none), CR and LF
 * spelled out, every line wrapped to the width.
 */
public final class AccessibleScreen implements Screen {
    /** The escapes {@link org.wiretutor.text.Escape#wire} writes, matched left to right. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\(r|n|t|\\\\|x[0-9A-Fa-f]{2})");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry(WireRenderer.SENT_MARK, "sent: "), Map.entry(WireRenderer.RECEIVED_MARK, "received: "),
            Map.entry("│ ", "| "), Map.entry("•", "-"), Map.entry("─", "-"), Map.entry("✓", "[done]"),
            Map.entry("✗", "[not yet]"), Map.entry("…", "..."), Map.entry("·", "-"), Map.entry("⚠", "warning:"),
            Map.entry("—", "-"));

    private final Screen screen;

    public AccessibleScreen(Screen screen) {
        this.screen = screen;
    }

    @Override
    public void show(List<AttributedString> lines) {
        List<AttributedString> out = new ArrayList<>();
        for (AttributedString line : lines) {
            String text = words(line.toString());
            int indent = text.length() - text.stripLeading().length();
            String hang = " ".repeat(Math.min(indent + 2, 12));
            out.addAll(Wrap.wrap(new AttributedString(text.stripLeading()), width(), " ".repeat(indent), hang));
        }
        screen.show(out);
    }

    /** Symbols to words, escapes to names: {@code GET / HTTP/1.0\r\n} becomes {@code GET / HTTP/1.0 <CR><LF>}. */
    static String words(String text) {
        String s = text;
        for (var e : SYMBOLS.entrySet()) s = s.replace(e.getKey(), e.getValue());
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
                case "r" -> "<CR>";
                case "n" -> "<LF>";
                case "t" -> "<TAB>";
                case "\\" -> "\\";
                default -> "<byte " + e.substring(1).toUpperCase() + ">";
            });
            last = m.end();
        }
        out.append(s.substring(last));
        return out.toString();
    }

    @Override
    public int width() {
        return screen.width();
    }
}
