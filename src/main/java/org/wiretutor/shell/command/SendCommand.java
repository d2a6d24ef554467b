package org.wiretutor.shell.command;

import java.io.IOException;
import java.util.List;
import org.jline.utils.AttributedString;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;
import org.wiretutor.shell.screen.Styles;

public final class SendCommand implements TextCommand {
    @Override public String name() { return "send"; }
    @Override public String usage() { return "send TEXT"; }
    @Override public String summary() { return "send exact bytes: nothing added, \\r \\n \\t \\\\ \\xNN understood"; }
    @Override public String help() {
        return "Sends TEXT to the server exactly, adding nothing: no \\r\\n at the end unless you write it. "
                + "Write \\r for CR, \\n for LF, \\t for a tab, \\\\ for a backslash and \\xNN for any byte. "
                + "This is how to send what a buggy program would, e.g. bare LF line endings: "
                + "~send GET /romeo.txt HTTP/1.0\\n\\n";
    }

    /** Spaces in the text matter, so send takes it as typed. */
    @Override
    public void runText(String text, ShellContext ctx) throws UsageException {
        if (text.isEmpty()) throw new UsageException(ShellText.SEND_WHAT);
        var wire = ctx.wire();
        if (wire.isEmpty()) {
            ctx.error(ShellText.NOT_CONNECTED);
            return;
        }
        EscapedText.Parsed parsed = EscapedText.parse(text);
        if (!parsed.ok()) {
            ctx.error(ShellText.BAD_ESCAPE);
            ctx.screen.show(List.of(new AttributedString("  " + text, Styles.CODE),
                    new AttributedString("  " + " ".repeat(parsed.badAt()) + "^", Styles.ERROR)));
            return;
        }
        long mark = wire.get().settleMark();
        try {
            wire.get().sendRaw(parsed.bytes());
        } catch (IOException e) {
            ctx.error(ShellText.SEND_FAILED.formatted(e.getMessage()));
            return;
        }
        if (!ctx.interactive && wire.get().busy() && !wire.get().requestHeadOpen()) ctx.awaitSettled(wire.get(), mark);
    }
}
