package org.wiretutor.shell;

import org.wiretutor.shell.screen.ScreenGuard;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.utils.AttributedString;

/**
 * Lines typed at a terminal through JLine: editing, history, completion, and Ctrl-] (as in
 * telnet) to step out of a connection for one command.
 */
final class JLineSource implements LineSource {
    static final String ESCAPE_WIDGET = "wiretutor-escape";
    private static final char ESCAPE_CHAR = 0x1d;

    private final LineReader reader;
    private final boolean colour;
    private volatile boolean escaped;
    private volatile String stash = "";

    JLineSource(LineReader reader, boolean colour) {
        this.reader = reader;
        this.colour = colour;
        reader.getWidgets().put(ESCAPE_WIDGET, () -> {
            escaped = true;
            stash = reader.getBuffer().toString();
            reader.getBuffer().clear();
            reader.callWidget(LineReader.ACCEPT_LINE);
            return true;
        });
        for (var keys : reader.getKeyMaps().values()) keys.bind(new Reference(ESCAPE_WIDGET), KeyMap.ctrl(']'));
    }

    @Override
    public String readLine(AttributedString prompt, String initial) throws Interrupted {
        AttributedString safe = ScreenGuard.line(prompt);
        String p = colour ? safe.toAnsi(reader.getTerminal()) : safe.toString();
        try {
            String line = reader.readLine(p, null, (org.jline.reader.MaskingCallback) null, initial);
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
        AttributedString safe = ScreenGuard.line(prompt);
        impl.setPrompt(colour ? safe.toAnsi(reader.getTerminal()) : safe.toString());
    }

    /**
     * Keys typed while a command runs stay in the terminal's input until the next prompt reads
     * them into the line being edited: between prompts the terminal does not echo them into the
     * output (JLine restores, after each line, the mode it found, so this holds from here on).
     */
    void holdTypeAhead() {
        var terminal = reader.getTerminal();
        if (org.jline.terminal.Terminal.TYPE_DUMB.equals(terminal.getType())
                || org.jline.terminal.Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) {
            return;
        }
        terminal.enterRawMode();
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
    public String takeStash() {
        String s = stash;
        stash = "";
        return s;
    }
}
