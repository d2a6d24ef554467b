package org.wiretutor.shell;

import java.util.function.Supplier;
import org.jline.utils.AttributedString;

/** Where the shell's lines come from: a terminal the learner types at, or a script on stdin. */
public interface LineSource {
    /** Ctrl-C at the prompt: the line is abandoned and the shell carries on. */
    final class Interrupted extends Exception {
        Interrupted() {
            super(null, null, false, false);
        }
    }

    /**
     * @param initial text to put back in the line (what the learner had typed before an escape)
     * @return the line, or null at the end of input
     */
    String readLine(AttributedString prompt, String initial) throws Interrupted;

    /**
     * As {@link #readLine(AttributedString, String)}, for a prompt that may change before the line starts (the
     * connection's, when the server closes): a terminal shows it as it is once reading has begun.
     */
    default String readLine(Supplier<AttributedString> prompt, String initial) throws Interrupted {
        return readLine(prompt.get(), initial);
    }

    /** True for a person at a terminal: prompts, colour, Ctrl-] and asynchronous output. */
    boolean interactive();

    /** True once if the last line was ended by the escape key (Ctrl-]) rather than Enter. */
    boolean takeEscape();

    /** What was in the line when the escape key (or a command key) was pressed, to restore later. */
    String takeStash();

    /**
     * True once if the last line was ended by the key that shows the step again (F2) rather than Enter; what was
     * typed is kept ({@link #takeStash}) for the next line.
     */
    default boolean takeStepKey() {
        return false;
    }

    /**
     * Shows the pager's prompt and reads one key, as {@code less} does: no Enter after it, no echo. A pager key is
     * not left for the next line; a character the pager does not know ({@link PagerKey#TYPED}) begins it. Asked
     * only of interactive sources.
     */
    PagerKey pagerKey(AttributedString prompt);
}
