package org.wiretutor.shell.command;

import java.util.List;
import org.wiretutor.text.Messages;

public final class CloseCommand implements Command {
    private final Connection connection;
    private final Output out;

    public CloseCommand(Connection connection, Output out) {
        this.connection = connection;
        this.out = out;
    }

    @Override public String name() { return "close"; }
    @Override public List<String> aliases() { return List.of("."); }
    @Override public String usage() { return Messages.get("shell.close.usage"); }
    @Override public String summary() { return Messages.get("shell.close.summary"); }
    @Override public String help() { return Messages.get("shell.close.help"); }

    @Override
    public void run(List<String> args) {
        var wire = connection.wire();
        if (wire.isEmpty()) {
            out.info(Messages.get("shell.notConnected"));
            return;
        }
        wire.get().close();
    }
}
