package org.wiretutor.shell.command;

import java.util.List;
import org.wiretutor.text.Messages;

public final class QuitCommand implements Command {
    private final Runnable quit;

    /** @param quit ends the shell's loop once this command returns */
    public QuitCommand(Runnable quit) {
        this.quit = quit;
    }

    @Override public String name() { return "quit"; }
    @Override public List<String> aliases() { return List.of("exit"); }
    @Override public String usage() { return Messages.get("shell.quit.usage"); }
    @Override public String summary() { return Messages.get("shell.quit.summary"); }
    @Override public String help() { return Messages.get("shell.quit.help"); }

    @Override
    public void run(List<String> args) {
        quit.run();
    }
}
