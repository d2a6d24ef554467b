package org.wiretutor.shell.screen;

import java.util.List;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/** A real terminal through JLine: prints above the prompt so typing is never garbled. */
public final class TerminalScreen implements Screen {
    private final LineReader reader;
    private final boolean colour;
    private Runnable beforeFirstLine = () -> { };

    public TerminalScreen(LineReader reader, boolean colour) {
        this.reader = reader;
        this.colour = colour;
    }

    @Override
    public void show(List<AttributedString> given) {
        if (given.isEmpty()) return;
        List<AttributedString> lines = ScreenGuard.lines(given);
        AttributedStringBuilder b = new AttributedStringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) b.append('\n');
            AttributedString line = lines.get(i);
            if (colour) b.append(line);
            else b.append(line.toString());
        }
        synchronized (this) {
            beforeFirstLine.run();
            beforeFirstLine = () -> { };
            reader.printAbove(b.toAttributedString());
        }
    }

    /** Runs {@code action} once, just before the first line is shown (to clear what was drawn before). */
    public synchronized void beforeFirstLine(Runnable action) {
        this.beforeFirstLine = action;
    }

    @Override
    public int width() {
        int w = reader.getTerminal().getWidth();
        return w <= 0 ? PlainScreen.WIDTH : Math.min(w, 120);
    }

    @Override
    public int height() {
        int h = reader.getTerminal().getHeight();
        return Math.max(0, h);
    }

    @Override
    public String encode(AttributedString line) {
        AttributedString safe = ScreenGuard.line(line);
        return colour ? safe.toAnsi(reader.getTerminal()) : safe.toString();
    }

    @Override
    public Geometry geometry() {
        var t = reader.getTerminal();
        int rows = t.getHeight() <= 0 ? 24 : t.getHeight();
        int columns = t.getWidth() <= 0 ? PlainScreen.WIDTH : t.getWidth();
        String type = t.getType() == null || t.getType().isBlank() ? "xterm-256color" : t.getType();
        return new Geometry(columns, rows, type);
    }
}
