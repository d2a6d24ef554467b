package org.wiretutor.shell;

import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp;
import org.wiretutor.shell.screen.Screen;
import org.wiretutor.shell.screen.ScreenLayer;

/**
 * The terminal's screen with the pager's prompt line on it. The pager waits for a key outside the line editor, so
 * the editor cannot keep lines from the wire's reader thread (a reply arriving, the server closing) off that prompt:
 * this does. While the prompt shows, other lines erase it, go out, and draw it again below them, so nothing lands
 * beside it and the learner still sees what the pager waits for.
 */
final class PagerLine extends ScreenLayer {
    private final Terminal terminal;
    private String prompt;   // the prompt's characters while it is on the screen, else null; guarded by this

    /** @param screen the terminal's screen, printing above the line editor */
    PagerLine(Screen screen, Terminal terminal) {
        super(screen);
        this.terminal = terminal;
    }

    /** Draws the pager's prompt, ready for its key: {@code encoded} holds its characters, styling included. */
    synchronized void prompt(String encoded) {
        terminal.writer().print(encoded);
        terminal.flush();
        prompt = encoded;
    }

    /** The prompt goes once a key is pressed, as in less; a terminal that cannot clear a line keeps it. */
    synchronized void erase() {
        prompt = null;
        clear();
    }

    @Override
    public synchronized void show(List<AttributedString> lines) {
        if (prompt == null || lines.isEmpty()) {
            below.show(lines);
            return;
        }
        clear();
        below.show(lines);
        terminal.writer().print(prompt);
        terminal.flush();
    }

    private void clear() {
        if (terminal.getStringCapability(InfoCmp.Capability.clr_eol) != null) {
            terminal.puts(InfoCmp.Capability.carriage_return);
            terminal.puts(InfoCmp.Capability.clr_eol);
        } else {
            terminal.writer().print("\r\n");
        }
        terminal.flush();
    }
}
