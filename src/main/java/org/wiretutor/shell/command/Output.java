package org.wiretutor.shell.command;

import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.wiretutor.shell.screen.Screen;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.shell.screen.Wrap;

/**
 * What a command shows the learner: lines on the screen, long output a screenful at a time, and now and then one
 * question at the prompt. The shell decides how paging and questions reach the keyboard; a command only says what.
 */
public interface Output {
    Screen screen();

    /**
     * Long output a screen at a time, like {@code less}: one key (space, Enter, b, q) and no Enter after it.
     * Where nothing scrolls out of sight (a pipe, a script) it all goes out at once.
     */
    default void page(List<AttributedString> lines) {
        page(lines, lines.size());
    }

    /**
     * As {@link #page(List)}, for text whose part from line {@code keepFrom} on (a lesson step, ending in the command
     * it asks for) must be seen: it is not held behind a key when it fits on one screen, and q still shows its last screenful.
     */
    void page(List<AttributedString> lines, int keepFrom);

    /** Asks the learner one question at the prompt (interactive shells only); empty if they gave no answer. */
    Optional<String> ask(String question);

    /**
     * One line the learner types for a running program, read at the prompt {@code prompt}: the line as typed
     * (empty when they only pressed Enter), or null at the end of input (Ctrl-D, or no keyboard at all).
     *
     * @throws InterruptedException Ctrl-C, or the program ended while the line was being typed
     */
    default String typeLine(String prompt) throws InterruptedException {
        return null;
    }

    default void info(String text) {
        screen().say(text);
    }

    default void note(String text) {
        styled(text, Styles.DIM);
    }

    default void error(String text) {
        styled(text, Styles.ERROR);
    }

    default void styled(String text, AttributedStyle style) {
        screen().show(Wrap.wrap(new AttributedString(text, style), screen().width(), ""));
    }
}
