package org.wiretutor.shell;

import java.util.List;
import org.jline.utils.AttributedString;

/**
 * Where the shell writes. Output may come from the wire's reader thread while the learner is
 * typing, so implementations print above the line being edited rather than through it.
 */
interface Screen {
    void show(List<AttributedString> lines);

    default void show(AttributedString line) {
        show(List.of(line));
    }

    default void say(String text) {
        show(Wrap.wrap(new AttributedString(text), width(), ""));
    }

    /** Columns available; plain output uses a fixed, comfortable width. */
    int width();
}
