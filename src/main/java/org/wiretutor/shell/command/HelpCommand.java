package org.wiretutor.shell.command;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.shell.screen.Wrap;

public final class HelpCommand implements Command {
    private static final int USAGE_COLUMN = 22;

    @Override public String name() { return "help"; }
    @Override public List<String> aliases() { return List.of("?"); }
    @Override public String usage() { return "help [COMMAND]"; }
    @Override public String summary() { return "list the commands, or explain one"; }
    @Override public String help() {
        return "With no argument, lists every command. With a command's name, explains it with an example: "
                + "help open";
    }

    @Override
    public List<String> candidates(int index, ShellContext ctx) {
        return index == 0 ? ctx.commands().stream().map(Command::name).toList() : List.of();
    }

    @Override
    public void run(List<String> args, ShellContext ctx) throws UsageException {
        if (args.size() > 1) throw new UsageException("help takes at most one command name.");
        if (args.size() == 1) {
            String word = args.get(0).startsWith("~") ? args.get(0).substring(1) : args.get(0);
            Command c = ctx.command(word).orElseThrow(() -> new UsageException(
                    ShellText.UNKNOWN_COMMAND.formatted(word, "")));
            List<AttributedString> out = new ArrayList<>();
            out.add(new AttributedString(c.usage(), Styles.STRONG));
            out.addAll(Wrap.wrap(new AttributedString(c.help()), ctx.screen.width(), "  "));
            if (!c.aliases().isEmpty()) out.add(new AttributedString("  also: " + String.join(", ", c.aliases()), Styles.DIM));
            ctx.screen.show(out);
            return;
        }
        List<AttributedString> out = new ArrayList<>();
        out.add(new AttributedString(ShellText.HELP_INTRO, Styles.STRONG));
        // usages longer than the column get their summary on the next line, so the column stays narrow
        int w = ctx.commands().stream().mapToInt(c -> c.usage().length()).filter(n -> n <= USAGE_COLUMN).max()
                .orElse(USAGE_COLUMN);
        String hang = " ".repeat(w + 4);
        for (Command c : ctx.commands()) {
            if (c.usage().length() > w) {
                out.add(new AttributedStringBuilder().append("  ").append(c.usage(), Styles.CODE).toAttributedString());
                out.addAll(Wrap.wrap(new AttributedString(c.summary()), ctx.screen.width(), hang));
                continue;
            }
            AttributedString line = new AttributedStringBuilder().append(c.usage() + " ".repeat(w - c.usage().length()),
                    Styles.CODE).append("  ").append(c.summary()).toAttributedString();
            out.addAll(Wrap.wrap(line, ctx.screen.width(), "  ", hang));
        }
        out.add(AttributedString.EMPTY);
        out.addAll(Wrap.wrap(new AttributedString(ShellText.HELP_WIRE, Styles.DIM), ctx.screen.width(), ""));
        out.addAll(Wrap.wrap(new AttributedString(ShellText.STATUS_HOME.formatted(ctx.home), Styles.DIM),
                ctx.screen.width(), ""));
        ctx.page(out);
    }
}
