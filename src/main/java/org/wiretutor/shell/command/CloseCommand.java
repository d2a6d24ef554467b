package org.wiretutor.shell.command;

import java.util.List;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;

public final class CloseCommand implements Command {
    @Override public String name() { return "close"; }
    @Override public List<String> aliases() { return List.of("."); }
    @Override public String usage() { return "close"; }
    @Override public String summary() { return "close the connection (while connected: ~close or ~.)"; }
    @Override public String help() {
        return "Closes your end of the connection. While connected, type ~close (or ~.) so the word is not "
                + "sent to the server. The last exchange stays available to show.";
    }

    @Override
    public void run(List<String> args, ShellContext ctx) {
        var wire = ctx.wire();
        if (wire.isEmpty()) {
            ctx.info(ShellText.NOT_CONNECTED);
            return;
        }
        wire.get().close();
    }
}
