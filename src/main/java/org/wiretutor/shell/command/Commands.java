package org.wiretutor.shell.command;

import java.util.List;
import java.util.Optional;

/** The shell's commands, in the order {@code help} lists them, found by name or alias. */
public record Commands(List<Command> all) {
    public Commands {
        all = List.copyOf(all);
    }

    public Optional<Command> find(String word) {
        return all.stream().filter(c -> c.name().equals(word) || c.aliases().contains(word)).findFirst();
    }
}
