package org.wiretutor.shell.screen;

import java.io.PrintStream;
import java.util.List;
import org.jline.utils.AttributedString;

/** Plain text, no colour, no cursor tricks: for piped output and NO_COLOR-free logs. */
public final class PlainScreen implements Screen {
    public static final int WIDTH = 100;
    private final PrintStream out;

    public PlainScreen(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void show(List<AttributedString> lines) {
        for (AttributedString line : ScreenGuard.lines(lines)) out.println(line.toString());
        out.flush();
    }

    @Override
    public int width() {
        return WIDTH;
    }
}
