package org.wiretutor.shell.screen;

import java.util.List;
import org.jline.utils.AttributedString;

/**
 * Where the shell writes. Output may come from the wire's reader thread while the learner is
 * typing, so implementations print above the line being edited rather than through it.
 */
public interface Screen {
    void show(List<AttributedString> lines);

    default void show(AttributedString line) {
        show(List.of(line));
    }

    default void say(String text) {
        show(Wrap.wrap(new AttributedString(text), width(), ""));
    }

    /** Columns available; plain output uses a fixed, comfortable width. */
    int width();

    /**
     * Rows the learner sees at once, or 0 when output is not a screen (a pipe, a log): then
     * nothing needs folding, because nothing scrolls out of sight.
     */
    default int height() {
        return 0;
    }

    /** The characters a terminal receives for a line: with its ANSI styling when this screen shows colour. */
    default String encode(AttributedString line) {
        return ScreenGuard.line(line).toString();
    }

    /** What a recording says about this screen, so a player sizes itself like the learner's terminal. */
    default Geometry geometry() {
        return new Geometry(width(), 24, "dumb");
    }

    /** Columns, rows and terminal type, as in an asciicast header. */
    record Geometry(int columns, int rows, String term) {}
}
