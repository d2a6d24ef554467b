package org.wiretutor.shell.command;

import java.util.List;
import org.wiretutor.shell.ShellContext;

public final class QuitCommand implements Command {
    @Override public String name() { return "quit"; }
    @Override public List<String> aliases() { return List.of("exit"); }
    @Override public String usage() { return "quit"; }
    @Override public String summary() { return "close any connection and leave (Ctrl-D does the same)"; }
    @Override public String help() {
        return "Closes the connection if one is open and leaves wiretutor. Your place in the lessons and your "
                + "command history are saved; next time you start where you left off.";
    }

    @Override
    public void run(List<String> args, ShellContext ctx) {
        ctx.quit();
    }
}
