package org.wiretutor.shell.command;

import java.util.List;

/** A command whose argument is free text, taken exactly as typed after the command's name. */
public interface TextCommand extends Command {
    void runText(String text) throws UsageException;

    @Override
    default void run(List<String> args) throws UsageException {
        runText(String.join(" ", args));
    }

    /** Everything after the first word of the line, spaces kept. */
    static String textAfterName(String line) {
        String rest = line.stripLeading();
        int space = rest.indexOf(' ');
        return space < 0 ? "" : rest.substring(space + 1);
    }
}
