package org.wiretutor.shell;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.wiretutor.shell.command.Command;
import org.wiretutor.shell.command.Commands;

/**
 * Tab completion of command names and their arguments. While connected, only lines that
 * start with {@code ~} are commands, so only those complete.
 */
final class ShellCompleter implements Completer {
    private final Commands commands;
    private final BooleanSupplier wireMode;

    ShellCompleter(Commands commands, BooleanSupplier wireMode) {
        this.commands = commands;
        this.wireMode = wireMode;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        boolean wire = wireMode.getAsBoolean();
        List<String> words = line.words();
        int index = line.wordIndex();
        String prefix = wire ? "~" : "";
        if (index == 0) {
            String typed = line.word();
            if (wire && !typed.startsWith("~")) return;
            for (Command c : commands.all()) {
                candidates.add(new Candidate(prefix + c.name(), c.name(), null, c.summary(), null, null, true));
            }
            return;
        }
        String first = words.isEmpty() ? "" : words.get(0);
        if (wire) {
            if (!first.startsWith("~")) return;
            first = first.substring(1);
        }
        List<String> before = words.subList(1, Math.min(index, words.size()));
        commands.find(first).ifPresent(c -> {
            for (String value : c.candidates(before, line.word())) {
                // a folder completes without a space after it, so the learner can go on into it
                boolean folder = value.endsWith("/");
                candidates.add(new Candidate(value, value, null, null, null, null, !folder));
            }
        });
    }
}
