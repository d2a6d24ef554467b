package org.wiretutor.shell.command;

import java.io.IOException;
import java.util.List;
import org.jline.utils.AttributedString;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.text.Messages;

public final class SendCommand implements TextCommand {
    private final Connection connection;
    private final Output out;
    private final Keyboard keyboard;

    public SendCommand(Connection connection, Output out, Keyboard keyboard) {
        this.connection = connection;
        this.out = out;
        this.keyboard = keyboard;
    }

    @Override public String name() { return "send"; }
    @Override public String usage() { return Messages.get("shell.send.usage"); }
    @Override public String summary() { return Messages.get("shell.send.summary"); }
    @Override public String help() { return Messages.get("shell.send.help"); }

    /** Spaces in the text matter, so send takes it as typed. */
    @Override
    public void runText(String text) throws UsageException {
        if (text.isEmpty()) throw new UsageException(Messages.get("shell.send.what"));
        var wire = connection.wire();
        if (wire.isEmpty()) {
            out.error(Messages.get("shell.notConnected"));
            return;
        }
        EscapedText.Parsed parsed = EscapedText.parse(text);
        if (!parsed.ok()) {
            out.error(Messages.get("shell.send.badEscape"));
            out.screen().show(List.of(new AttributedString("  " + text, Styles.CODE),
                    new AttributedString("  " + " ".repeat(parsed.badAt()) + "^", Styles.ERROR)));
            return;
        }
        // forward slashes where backslashes were meant: the request never ends, and nothing says why
        if (text.matches(".*(/r/n|/n/n|/n/r).*") || text.endsWith("/n") || text.endsWith("/r")) {
            out.note(Messages.get("shell.send.slashes"));
        }
        long mark = wire.get().settleMark();
        try {
            wire.get().sendRaw(parsed.bytes());
        } catch (IOException e) {
            out.error(Messages.get("shell.sendFailed", e.getMessage()));
            return;
        }
        if (!keyboard.interactive() && wire.get().busy() && !wire.get().requestHeadOpen()) {
            connection.awaitSettled(wire.get(), mark);
        }
    }
}
