package org.wiretutor.shell;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jline.utils.AttributedString;
import org.wiretutor.shell.command.Output;
import org.wiretutor.shell.screen.Screen;
import org.wiretutor.text.Messages;

/**
 * The shell's output: its outermost screen, a pager that asks at the prompt between screenfuls, and questions
 * asked at the prompt. Only the shell's own thread may read the keyboard, so output from the wire's reader thread
 * is never held by the pager.
 */
final class ShellOutput implements Output {
    private final Screen screen;
    private final boolean interactive;
    private final Thread shellThread = Thread.currentThread();
    private Function<String, Optional<String>> asker = question -> Optional.empty();
    private Function<String, String> moreAsker = question -> "";
    private String typedAhead;
    private Typist typist = prompt -> null;

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
     * How questions reach the learner: {@code asker} asks one and gives the answer, if any; {@code moreAsker} is
     * the pager's question: "" goes on, "q" stops, other text stops and is run next.
     */
    void askers(Function<String, Optional<String>> asker, Function<String, String> moreAsker) {
        this.asker = asker;
        this.moreAsker = moreAsker;
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
    public void page(List<AttributedString> lines) {
        int rows = screen.height() - 2;
        // only the shell's own thread may read the keyboard; what the wire says is never held
        if (!interactive || rows < 5 || lines.size() <= rows + 1 || Thread.currentThread() != shellThread) {
            screen.show(lines);
            return;
        }
        int shown = 0;
        while (shown < lines.size()) {
            int end = Math.min(lines.size(), shown + rows);
            screen.show(lines.subList(shown, end));
            shown = end;
            if (shown == lines.size()) break;
            String said = moreAsker.apply(Messages.get("shell.pager.more", shown, lines.size()));
            if (!said.isEmpty()) {
                // q stops; anything else stops too, and is run as if typed at the prompt
                if (!said.equalsIgnoreCase("q")) typedAhead = said;
                note(Messages.get("shell.pager.stopped", lines.size() - shown));
                break;
            }
        }
    }

    /** A line typed at a pager's prompt that was not for the pager: the shell runs it next. */
    Optional<String> takeTypedAhead() {
        String line = typedAhead;
        typedAhead = null;
        return Optional.ofNullable(line);
    }
}
