package org.wiretutor.shell;

import java.util.List;
import java.util.function.Function;
import org.jline.utils.AttributedString;
import org.wiretutor.shell.screen.Screen;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.shell.screen.Wrap;
import org.wiretutor.text.Messages;

/**
 * Long output a screenful at a time on a scrolling terminal, driven by one key at a time as in {@code less}. A key
 * that is not the pager's is the learner starting a command: it stops the pager as q does, and the source begins
 * the next line with it. A part that must be seen (a lesson step, whose last lines are the command it asks for) is
 * not paged when it fits on one screen, and stopping still shows its last screenful.
 */
final class Pager {
    private final Screen screen;
    private final Function<String, PagerKey> keys;

    /** {@code keys} shows the pager's prompt and gives the one key pressed at it. */
    Pager(Screen screen, Function<String, PagerKey> keys) {
        this.screen = screen;
        this.keys = keys;
    }

    /** Rows a screenful may fill: one is kept for the pager's prompt and one for the line above it. */
    int rows() {
        return screen.height() - 2;
    }

    /**
     * True if these lines need paging at all on this screen. A part to keep that fits on one screen never waits
     * behind a key: it all goes out, so the step ends the screen whole, its command in sight.
     */
    boolean needed(int lines, int keepFrom) {
        boolean keptFits = keepFrom < lines && lines - Math.max(0, keepFrom) <= rows();
        return rows() >= 5 && lines > rows() + 1 && !keptFits;
    }

    void page(List<AttributedString> lines, int keepFrom) {
        int size = lines.size();
        int rows = rows();
        int keep = Math.max(0, Math.min(keepFrom, size));
        int bottom = Math.min(size, rows);
        screen.show(lines.subList(0, bottom));
        boolean told = false;
        while (bottom < size) {
            switch (keys.apply(prompt(bottom, size))) {
                case SCREEN -> {
                    int end = Math.min(size, bottom + rows);
                    screen.show(lines.subList(bottom, end));
                    bottom = end;
                }
                case LINE -> {
                    screen.show(lines.subList(bottom, bottom + 1));
                    bottom++;
                }
                case BACK -> {
                    int top = Math.max(0, Math.max(0, bottom - rows) - rows);
                    bottom = Math.min(size, top + rows);
                    screen.show(lines.subList(top, bottom));
                }
                case QUIT, TYPED -> {
                    quit(lines, keep, bottom, rows);
                    return;
                }
                case OTHER -> {
                    // said once: said again, it would stand between the lines it interrupts
                    if (!told) screen.show(Wrap.wrap(new AttributedString(Messages.get("shell.pager.keys"),
                            Styles.DIM), screen.width(), ""));
                    told = true;
                }
            }
        }
    }

    /** The pager's prompt, shorter on a narrow screen: a prompt the terminal wraps could not be erased. */
    private String prompt(int shown, int size) {
        String full = Messages.get("shell.pager.more", shown, size);
        return full.length() < screen.width() ? full : Messages.get("shell.pager.moreShort", shown, size);
    }

    /** q: stop, but a part that must be seen shows at least its last screenful, saying what was skipped. */
    private void quit(List<AttributedString> lines, int keep, int bottom, int rows) {
        int size = lines.size();
        if (keep >= size) {
            note(Messages.get("shell.pager.stopped", size - bottom));
            return;
        }
        // the note and the tail make one screenful, so the note stays in sight
        int tail = Math.max(bottom, Math.max(keep, size - (rows - 1)));
        if (tail > bottom) note(Messages.get("shell.pager.skipped", tail - bottom));
        screen.show(lines.subList(tail, size));
    }

    private void note(String text) {
        screen.show(Wrap.wrap(new AttributedString(text, Styles.DIM), screen.width(), ""));
    }
}
