package org.wiretutor.shell;

import org.wiretutor.shell.screen.ScreenGuard;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import java.io.IOException;
import java.util.function.Supplier;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp;
import org.jline.utils.NonBlockingReader;

/**
 * Lines typed at a terminal through JLine: editing, history, completion, and Ctrl-] (as in
 * telnet) to step out of a connection for one command.
 */
final class JLineSource implements LineSource {
    static final String ESCAPE_WIDGET = "wiretutor-escape";
    static final String STEP_WIDGET = "wiretutor-step";
    private static final char ESCAPE_CHAR = 0x1d;
    private static final int ESC = 0x1b;
    /** How long the rest of an escape sequence, or the end of a line after a key, may take to arrive. */
    private static final long LINE_END_WAIT_MS = 50;

    private final LineReader reader;
    private final boolean colour;
    private final PagerLine pagerLine;
    private volatile boolean escaped;
    private volatile boolean stepKey;
    private volatile String stash = "";
    /** Keys typed at the pager that were not its own: the start of the next line (guarded by the shell's thread). */
    private String typedAtPager = "";
    /** The prompt of the line being started, as it is now; null when the caller gave a fixed one. */
    private volatile Supplier<AttributedString> promptNow;

    /** @param pagerLine the terminal's screen, where the pager's prompt is drawn and kept clear of other output */
    JLineSource(LineReader reader, boolean colour, PagerLine pagerLine) {
        this.reader = reader;
        this.colour = colour;
        this.pagerLine = pagerLine;
        reader.getWidgets().put(LineReader.CALLBACK_INIT, this::promptAsNow);
        reader.getWidgets().put(ESCAPE_WIDGET, endsTheLine(() -> escaped = true));
        for (var keys : reader.getKeyMaps().values()) keys.bind(new Reference(ESCAPE_WIDGET), KeyMap.ctrl(']'));
        // F2 shows the step again at any prompt; what was typed comes back on the next line
        reader.getWidgets().put(STEP_WIDGET, endsTheLine(() -> stepKey = true));
        String f2 = KeyMap.key(reader.getTerminal(), InfoCmp.Capability.key_f2);
        if (f2 != null && !f2.isEmpty()) {
            for (var keys : reader.getKeyMaps().values()) keys.bind(new Reference(STEP_WIDGET), f2);
        }
    }

    /**
     * The prompt is asked for again once the reader has started, under its lock and before it draws anything: a
     * connection that closed after the caller chose the wire's prompt, but before the reader could hear of it (see
     * {@link #refresh}), still gets the command prompt.
     */
    /**
     * A key that ends the line being typed without sending it: {@code mark} notes which key it was, and what was
     * typed is kept ({@link #takeStash}) to be put back on the next line.
     */
    private org.jline.reader.Widget endsTheLine(Runnable mark) {
        return () -> {
            mark.run();
            stash = reader.getBuffer().toString();
            reader.getBuffer().clear();
            reader.callWidget(LineReader.ACCEPT_LINE);
            return true;
        };
    }

    @Override
    public String readLine(Supplier<AttributedString> prompt, String initial) throws Interrupted {
        promptNow = prompt;
        try {
            return readLine(prompt.get(), initial);
        } finally {
            promptNow = null;
        }
    }

    /** Runs as the reader starts a line (JLine's init callback, under its lock): the prompt as it is now. */
    private boolean promptAsNow() {
        Supplier<AttributedString> now = promptNow;
        if (now != null && reader instanceof LineReaderImpl impl) impl.setPrompt(encode(now.get()));
        return true;
    }

    private String encode(AttributedString prompt) {
        AttributedString safe = ScreenGuard.line(prompt);
        return colour ? safe.toAnsi(reader.getTerminal()) : safe.toString();
    }

    /** {@inheritDoc} A key typed at the pager that was not the pager's begins the line, after {@code initial}. */
    @Override
    public String readLine(AttributedString prompt, String initial) throws Interrupted {
        String p = encode(prompt);
        String start = initial + typedAtPager;
        typedAtPager = "";
        try {
            String line = reader.readLine(p, null, (org.jline.reader.MaskingCallback) null, start);
            int escape = line.indexOf(ESCAPE_CHAR);
            if (escape >= 0) {
                // a terminal without key bindings (a dumb one) hands the key over as a character
                escaped = true;
                stash = line.substring(0, escape);
                return "";
            }
            return line;
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    /**
     * Changes the prompt of the line being typed (the connection closed under it). The caller
     * prints next; {@link LineReader#printAbove} then erases the old prompt whole and draws this
     * one, so no tail of a longer prompt is left on the screen.
     */
    void refresh(AttributedString prompt) {
        if (!(reader instanceof LineReaderImpl impl)) return;
        impl.setPrompt(encode(prompt));
    }

    /**
     * Keys typed while a command runs stay in the terminal's input until the next prompt reads
     * them into the line being edited: between prompts the terminal does not echo them into the
     * output (JLine restores, after each line, the mode it found, so this holds from here on).
     */
    void holdTypeAhead() {
        var terminal = reader.getTerminal();
        if (dumb(terminal)) return;
        terminal.enterRawMode();
    }

    /**
     * One key read straight from the terminal in raw mode, so no Enter is needed and nothing is echoed. A dumb
     * terminal that edits lines itself may still hand over a whole line ("q" and Enter): the end of line that comes
     * with the key is taken too, so it does not reach the next prompt. Ctrl-C is read as a key too, and stops the
     * pager as q does: as a signal it would reach no one, since the pager is not the line editor. A character that
     * is not the pager's ({@link PagerKey#TYPED}) is kept to begin the next line, so {@code answer 5} typed at the
     * pager reaches the prompt whole; an escape sequence (an arrow) never does.
     */
    @Override
    public PagerKey pagerKey(AttributedString prompt) {
        Terminal terminal = reader.getTerminal();
        // raw for this one key even where lines are otherwise left to the terminal (a dumb one), then as it was;
        // the prompt is drawn only then, so a Ctrl-C pressed on seeing it is a key, not a signal lost on no one
        Attributes before = terminal.enterRawMode();
        Attributes oneKey = new Attributes(terminal.getAttributes());
        oneKey.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(oneKey);
        pagerLine.prompt(encode(prompt));
        try {
            NonBlockingReader keys = terminal.reader();
            int c = keys.read();
            if (c == ESC) return escapeSequence(keys);
            PagerKey key = PagerKey.of(c);
            if (key == PagerKey.TYPED) {
                StringBuilder typed = new StringBuilder().append((char) c);
                // a character beyond the first 65536 comes as two halves: both begin the line
                if (Character.isHighSurrogate((char) c)) {
                    int low = keys.read(LINE_END_WAIT_MS);
                    if (low >= 0) typed.append((char) low);
                }
                typedAtPager += typed;
            }
            if (dumb(terminal) && c != '\n') {
                int next = keys.peek(LINE_END_WAIT_MS);
                if (next == '\n' || (next == '\r' && c != '\r')) keys.read();
            }
            return key;
        } catch (IOException e) {
            return PagerKey.QUIT;
        } finally {
            terminal.setAttributes(before);
            pagerLine.erase();
        }
    }

    /** Page Down, Page Up and the down arrow mean what they mean in less; other sequences are other keys. */
    private static PagerKey escapeSequence(NonBlockingReader keys) throws IOException {
        int intro = keys.peek(LINE_END_WAIT_MS);
        if (intro != '[' && intro != 'O') return PagerKey.OTHER;
        keys.read();
        StringBuilder seq = new StringBuilder();
        int c;
        do {
            c = keys.read(LINE_END_WAIT_MS);
            if (c < 0) break;
            seq.append((char) c);
        } while (c < 0x40 || c > 0x7e);
        return switch (seq.toString()) {
            case "6~" -> PagerKey.SCREEN;
            case "5~" -> PagerKey.BACK;
            case "B" -> PagerKey.LINE;
            default -> PagerKey.OTHER;
        };
    }

    private static boolean dumb(Terminal terminal) {
        return Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public boolean takeEscape() {
        boolean was = escaped;
        escaped = false;
        return was;
    }

    @Override
    public boolean takeStepKey() {
        boolean was = stepKey;
        stepKey = false;
        return was;
    }

    @Override
    public String takeStash() {
        String s = stash;
        stash = "";
        return s;
    }
}
