package org.wiretutor.shell;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jline.utils.AttributedString;
import org.wiretutor.shell.command.Output;
import org.wiretutor.shell.screen.Screen;

/**
 * The shell's output: its outermost screen, a pager that reads one key at a time between screenfuls, and questions
 * asked at the prompt. Only the shell's own thread may read the keyboard, so output from the wire's reader thread
 * is never held by the pager.
 */
final class ShellOutput implements Output {
    private final Screen screen;
    private final boolean interactive;
    private final Thread shellThread = Thread.currentThread();
    private Function<String, Optional<String>> asker = question -> Optional.empty();
    private Typist typist = prompt -> null;
    private Function<String, PagerKey> pagerKeys = question -> PagerKey.SCREEN;

    /** Reads one line for a running program: null at the end of input, InterruptedException on Ctrl-C. */
    interface Typist {
        String line(String prompt) throws InterruptedException;
    }

    /** Built on the shell's own thread, the one that may read the keyboard. */
    ShellOutput(Screen screen, boolean interactive) {
        this.screen = screen;
        this.interactive = interactive;
    }

    @Override
    public Screen screen() {
        return screen;
    }

    /**
     * How questions reach the learner: {@code asker} asks one and gives the answer, if any; {@code pagerKeys} shows
     * the pager's prompt and gives the one key pressed at it.
     */
    void askers(Function<String, Optional<String>> asker, Function<String, PagerKey> pagerKeys) {
        this.asker = asker;
        this.pagerKeys = pagerKeys;
    }

    /** How a running program's lines are read from the keyboard. */
    void typist(Typist typist) {
        this.typist = typist;
    }

    @Override
    public String typeLine(String prompt) throws InterruptedException {
        return typist.line(prompt);
    }

    @Override
    public Optional<String> ask(String question) {
        return asker.apply(question);
    }

    @Override
    public void page(List<AttributedString> lines, int keepFrom) {
        Pager pager = new Pager(screen, pagerKeys);
        // only the shell's own thread may read the keyboard; what the wire says is never held
        if (!interactive || !pager.needed(lines.size(), keepFrom) || Thread.currentThread() != shellThread) {
            screen.show(lines);
            return;
        }
        pager.page(lines, keepFrom);
    }
}
