package org.wiretutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wiretutor.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --help} takes every word from the catalogue's {@code cli.help} keys, and has a word for everything. */
class HelpWordsTest {

    private static List<CommandLine> everyCommand() {
        CommandLine root = new CommandLine(new WiretutorCommand());
        List<CommandLine> all = new ArrayList<>(List.of(root));
        all.addAll(root.getSubcommands().values());
        return all;
    }

    @Test
    void everyCommandOptionAndParameterIsDescribed() {
        List<String> bare = new ArrayList<>();
        for (CommandLine cli : everyCommand()) {
            CommandSpec spec = cli.getCommandSpec();
            if (String.join("", spec.usageMessage().description()).isBlank()) bare.add(spec.qualifiedName());
            List<ArgSpec> args = new ArrayList<>(spec.options());
            args.addAll(spec.positionalParameters());
            for (ArgSpec arg : args) {
                if (arg.hidden()) continue;
                if (String.join("", arg.description()).isBlank()) bare.add(spec.qualifiedName() + " " + arg.paramLabel()
                        + " " + (arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : ""));
            }
        }
        assertEquals(List.of(), bare);
    }

    @Test
    void theHelpReadsAsBeforeAndOnlyCommandsWithExitCodesListThem() {
        String root = new CommandLine(new WiretutorCommand()).getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertTrue(root.contains("Learn how the web talks: open a real socket, type HTTP yourself, and see the\n"
                + "reply explained.\n\nWith no command, starts the shell."), root);
        assertTrue(root.contains("\nExit codes:\n  0   success\n  1   something could not be done\n"), root);
        assertTrue(root.contains("--pace=SLOWER          How many times slower replay shows a reply\n"
                + "                               arriving (default: 1)."), root);
        String check = new CommandLine(new CheckExerciseCommand()).getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertTrue(check.contains("\n  wiretutor check 1 --learner alice -- python3 myurl.py\n"), check);
        assertTrue(check.contains("EXERCISE            The exercise's number or name."), check);
        String serve = new CommandLine(new WiretutorCommand()).getSubcommands().get("serve")
                .getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertTrue(serve.contains("--port=N         Port to listen on (default: 8080; 0 picks a free one)."), serve);
        assertFalse(serve.contains("Exit codes"), serve);
    }

    @Test
    void inThePseudoLocaleEveryLineOfHelpIsBracketed() {
        Locale before = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            Locale.setDefault(Locale.Category.DISPLAY, Messages.PSEUDO);
            String help = new CommandLine(new ExportMirrorCommand()).getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertTrue(help.contains("⟦Port the configurations listen on (default: 80).⟧"), help);
            assertTrue(help.contains("⟦Folder to write to: new or empty, unless --force.⟧"), help);
            assertTrue(help.contains("⟦Show this help message and exit.⟧"), help);
        } finally {
            Locale.setDefault(Locale.Category.DISPLAY, before);
        }
    }
}
