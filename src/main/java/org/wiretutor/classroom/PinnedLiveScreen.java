package org.wiretutor.classroom;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Status;

/**
 * A real terminal: the log scrolls above rows pinned at the bottom with JLine's status area (a scroll region),
 * so the counts stay in view however fast requests come. Log lines are wrapped here, keeping their tag (see
 * {@link LiveWrap}). A terminal without scroll regions gets the log alone; the caller then prints counts as lines.
 * Synchronised: the observer thread logs while the ticker pins.
 */
public final class PinnedLiveScreen implements LiveScreen {

    private final Terminal terminal;
    private final PrintWriter writer;
    /** JLine's status area, or null when this terminal cannot keep rows pinned. */
    private final Status status;
    private List<String> pinned = List.of();

    public PinnedLiveScreen(Terminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.writer = terminal.writer();
        PinnedRows rows = new PinnedRows(terminal);
        this.status = rows.supported() ? rows : null;
        terminal.handle(Terminal.Signal.WINCH, signal -> resized());
        // claim the bottom row now, while the screen is empty: growing the status area later scrolls a row away
        pin(List.of(""));
    }

    @Override
    public synchronized void log(List<String> lines) {
        int width = Math.max(1, terminal.getWidth() - 1);
        for (String line : lines) {
            for (String row : LiveWrap.rows(line, width)) {
                writer.print(row);
                writer.print('\n');
            }
        }
        writer.flush();
    }

    @Override
    public boolean pins() {
        return status != null;
    }

    @Override
    public synchronized void pin(List<String> rows) {
        if (status == null || rows.equals(pinned)) {
            return;
        }
        pinned = List.copyOf(rows);
        draw();
    }

    private void draw() {
        List<AttributedString> shown = new ArrayList<>();
        for (String row : pinned) {
            shown.add(AttributedString.fromAnsi(row));
        }
        status.update(shown);
    }

    private synchronized void resized() {
        if (status != null) {
            status.resize();
            draw();
        }
    }

    /** JLine's status area, asked whether this terminal can keep rows pinned. */
    private static final class PinnedRows extends Status {
        PinnedRows(Terminal terminal) {
            super(terminal);
        }

        boolean supported() {
            return supported;
        }
    }

    @Override
    public synchronized void close(List<String> closing) {
        if (status != null) {
            status.update(List.of());
            status.close();
        }
        log(closing);
    }
}
