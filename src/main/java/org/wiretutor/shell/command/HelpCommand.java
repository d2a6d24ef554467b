package org.wiretutor.shell.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.shell.screen.Wrap;
import org.wiretutor.text.Messages;

public final class HelpCommand implements Command {
    private static final int USAGE_COLUMN = 22;

    private final Supplier<Commands> commands;
    private final Path home;
    private final Output out;
    private final BooleanSupplier onAStep;

    /**
     * @param commands every command, this one among them (so they exist only once this one does)
     * @param onAStep  true while a lesson step is current: the long list has pushed it away, so help says how to
     *                 see it again
     */
    public HelpCommand(Supplier<Commands> commands, Path home, Output out, BooleanSupplier onAStep) {
        this.onAStep = onAStep;
        this.commands = commands;
        this.home = home;
        this.out = out;
    }

    @Override public String name() { return "help"; }
    @Override public List<String> aliases() { return List.of("?"); }
    @Override public String usage() { return Messages.get("shell.help.usage"); }
    @Override public String summary() { return Messages.get("shell.help.summary"); }
    @Override public String help() { return Messages.get("shell.help.help"); }

    @Override
    public List<String> candidates(int index) {
        return index == 0 ? commands.get().all().stream().map(Command::name).toList() : List.of();
    }

    @Override
    public void run(List<String> args) throws UsageException {
        int width = out.screen().width();
        if (args.size() > 1) throw new UsageException(Messages.get("shell.help.oneName"));
        if (args.size() == 1) {
            String word = args.get(0).startsWith("~") ? args.get(0).substring(1) : args.get(0);
            Command c = commands.get().find(word).orElseThrow(() -> new UsageException(
                    Messages.get("shell.unknownCommand", word, "")));
            List<AttributedString> lines = new ArrayList<>();
            lines.add(new AttributedString(c.usage(), Styles.STRONG));
            lines.addAll(Wrap.wrap(new AttributedString(c.help()), width, "  "));
            if (!c.aliases().isEmpty()) {
                lines.add(new AttributedString("  " + Messages.get("shell.help.also", String.join(", ", c.aliases())),
                        Styles.DIM));
            }
            out.page(lines);
            return;
        }
        List<Command> all = commands.get().all();
        List<AttributedString> lines = new ArrayList<>();
        lines.add(new AttributedString(Messages.get("shell.help.intro"), Styles.STRONG));
        // usages longer than the column get their summary on the next line, so the column stays narrow
        int w = all.stream().mapToInt(c -> c.usage().length()).filter(n -> n <= USAGE_COLUMN).max()
                .orElse(USAGE_COLUMN);
        String hang = " ".repeat(w + 4);
        for (Command c : all) {
            String usage = c.usage();
            if (usage.length() > w) {
                lines.add(new AttributedStringBuilder().append("  ").append(usage, Styles.CODE).toAttributedString());
                lines.addAll(Wrap.wrap(new AttributedString(c.summary()), width, hang));
                continue;
            }
            AttributedString line = new AttributedStringBuilder().append(usage + " ".repeat(w - usage.length()),
                    Styles.CODE).append("  ").append(c.summary()).toAttributedString();
            lines.addAll(Wrap.wrap(line, width, "  ", hang));
        }
        lines.add(AttributedString.EMPTY);
        lines.addAll(Wrap.wrap(new AttributedString(Messages.get("shell.help.wire"), Styles.DIM), width, ""));
        lines.addAll(Wrap.wrap(new AttributedString(Messages.get("shell.status.home", home.toString()), Styles.DIM),
                width, ""));
        out.page(lines);
        if (onAStep.getAsBoolean()) out.note(Messages.get("shell.help.backToStep"));
    }
}
