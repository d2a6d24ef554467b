package org.wiretutor.shell.screen;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.wiretutor.text.Escape;

/**
 * The last step before a terminal, a recording or piped output: every line a {@link Screen} shows passes through
 * {@link Escape#string}, keeping its styling. Renderers escape foreign text where they quote it, so this changes
 * nothing on the normal path; it is what makes a forgotten path harmless. Styling is applied by JLine after this,
 * so the tool's own colours are the only escape sequences that reach the terminal.
 */
public final class ScreenGuard {
    private ScreenGuard() {}

    public static List<AttributedString> lines(List<AttributedString> lines) {
        List<AttributedString> out = null;
        for (int i = 0; i < lines.size(); i++) {
            AttributedString line = lines.get(i);
            AttributedString safe = line(line);
            if (safe != line && out == null) out = new ArrayList<>(lines.subList(0, i));
            if (out != null) out.add(safe);
        }
        return out == null ? lines : out;
    }

    /** The same line when it is safe (the usual case); otherwise a copy with each unsafe character escaped. */
    public static AttributedString line(AttributedString line) {
        if (Escape.firstUnsafe(line) < 0) return line;
        AttributedStringBuilder b = new AttributedStringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); ) {
            int cp = Character.codePointAt(line, i);
            int n = Character.charCount(cp);
            b.append(Escape.string(line.subSequence(i, i + n).toString()), line.styleAt(i));
            i += n;
        }
        return b.toAttributedString();
    }
}
