package org.wiretutor.shell;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.ShutdownHooks;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.text.Messages;

/**
 * The banner's first lines and the prompt, drawn a few milliseconds after the JVM starts, while the
 * terminal, the line reader, the lessons and the mirror take a few tenths of a second more to get ready.
 *
 * <p>Echo is turned off before anything is drawn, so keys typed at this prompt wait, unseen, in the
 * terminal's input. When the shell takes over it erases what was drawn here and draws the whole banner
 * and its own prompt in its place; JLine then reads the waiting keys and echoes each one once, in order.
 * Nothing typed is lost, reordered or shown twice. When the terminal's echo cannot be turned off, or
 * the terminal cannot move its cursor (a dumb one), nothing is drawn early.
 */
public final class FirstPrompt {
    private final PrintStream out;
    private final List<String> lines;
    private final Thread restoreEcho = new Thread(() -> TerminalEcho.set(true), "wiretutor-echo");
    private boolean handedOver;

    private FirstPrompt(PrintStream out, List<String> lines) {
        this.out = out;
        this.lines = lines;
    }

    /**
     * Draws the opening lines and the prompt on {@code out} when standard input and output are a
     * terminal that can take it; empty when nothing was drawn.
     */
    public static Optional<FirstPrompt> show(String version, boolean offline, boolean colour, PrintStream out) {
        String term = System.getenv("TERM");
        if (System.console() == null || term == null || term.isBlank() || term.startsWith(Terminal.TYPE_DUMB)) {
            return Optional.empty();
        }
        if (!TerminalEcho.set(false)) return Optional.empty();
        FirstPrompt first = new FirstPrompt(out, lines(version, offline));
        Runtime.getRuntime().addShutdownHook(first.restoreEcho);   // echo comes back however the JVM ends
        out.print(first.text(colour));
        out.flush();
        return Optional.of(first);
    }

    /** The banner lines drawn early: the same words the shell's banner starts with. */
    static List<String> lines(String version, boolean offline) {
        List<String> lines = new ArrayList<>(List.of(Messages.get("shell.banner", version),
                Messages.get("shell.banner.help")));
        if (offline) lines.add(Messages.get("shell.offline.note"));
        return lines;
    }

    /** What {@link #show} writes for these settings (without showing it). */
    static String text(String version, boolean offline, boolean colour) {
        return new FirstPrompt(System.out, lines(version, offline)).text(colour);
    }

    /** Rows {@link #show} takes for these settings on a screen {@code width} columns wide. */
    static int rows(String version, boolean offline, int width) {
        return new FirstPrompt(System.out, lines(version, offline)).rows(width);
    }

    /** What is written: each line in the banner's style, then the prompt with the cursor after it. */
    String text(boolean colour) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            b.append(styled(lines.get(i), i == 0 ? Styles.HEADING : Styles.DIM, colour)).append('\n');
        }
        return b.append(styled(Shell.PROMPT_TEXT, Styles.PROMPT, colour)).toString();
    }

    private static String styled(String text, AttributedStyle style, boolean colour) {
        return colour ? new AttributedString(text, style).toAnsi() : text;
    }

    /**
     * Rows the early text takes on a screen {@code width} columns wide, where the terminal wrapped any
     * line longer than that: the cursor, after the prompt, is that many rows below the first one, less one.
     */
    int rows(int width) {
        int w = width > 0 ? width : 80;
        int rows = 1;   // the prompt's own row
        for (String line : lines) {
            int columns = new AttributedString(line).columnLength();
            rows += Math.max(1, (columns + w - 1) / w);
        }
        return rows;
    }

    /**
     * The shell is about to draw its first line on {@code terminal}: erases everything drawn here, so
     * the whole banner, wrapped to the real width, and JLine's prompt take its place. Echo stays off
     * (JLine's raw mode wants it off); it comes back when JLine has closed the terminal, see {@link #close}.
     */
    public synchronized void handOver(Terminal terminal) {
        if (handedOver) return;
        handedOver = true;
        // Row by row rather than "clear to the end of the screen": from the top-left corner that clears
        // the whole screen, which some terminals (tmux) first copy into the scrollback.
        int rows = rows(terminal.getWidth());
        terminal.puts(Capability.carriage_return);
        for (int i = rows - 1; i > 0; i--) terminal.puts(Capability.cursor_up);
        for (int i = 0; i < rows; i++) {
            terminal.puts(Capability.clr_eol);
            if (i < rows - 1) terminal.puts(Capability.cursor_down);
        }
        for (int i = rows - 1; i > 0; i--) terminal.puts(Capability.cursor_up);
        terminal.flush();
        forgetHook();
        // JLine restores, when it closes the terminal, the modes it found: echo off. Its shutdown
        // tasks run in the order added, so echo comes back after that restore, however the JVM ends.
        ShutdownHooks.add(() -> TerminalEcho.set(true));
    }

    /** After the shell's terminal is closed: the terminal echoes again, as before wiretutor started. */
    public void close() {
        TerminalEcho.set(true);
        forgetHook();
    }

    private void forgetHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(restoreEcho);
        } catch (IllegalStateException alreadyExiting) {
            // the hook runs anyway, and does the same
        }
    }
}
