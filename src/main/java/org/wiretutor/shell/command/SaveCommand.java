package org.wiretutor.shell.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.wiretutor.shell.OutputFiles;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;
import org.wiretutor.shell.record.Handout;

/** Writes the last exchange as a Markdown handout; never replaces a file unless told to. */
public final class SaveCommand implements Command {
    static final String FORCE = "--force";

    @Override public String name() { return "save"; }
    @Override public String usage() { return "save FILE.md [--force]"; }
    @Override public String summary() { return "save the last request and its explained reply as a Markdown handout"; }
    @Override public String help() {
        return "save romeo.md writes what show explains — the request as sent, each part of the reply with its "
                + "explanation, and the body — to a Markdown file you can keep, print or hand in. An existing file "
                + "is kept unless you add --force: save romeo.md --force";
    }

    @Override
    public List<String> candidates(int index, ShellContext ctx) {
        return switch (index) {
            case 0 -> List.of("handout.md");
            case 1 -> List.of(FORCE);
            default -> List.of();
        };
    }

    @Override
    public void run(List<String> args, ShellContext ctx) throws UsageException {
        boolean force = args.size() == 2 && args.get(1).equals(FORCE);
        if (args.isEmpty() || args.size() > 2 || (args.size() == 2 && !force)) {
            throw new UsageException(ShellText.SAVE_WHERE);
        }
        var wire = ctx.lastWire();
        var exchange = wire.flatMap(w -> w.lastExchange());
        if (exchange.isEmpty()) {
            ctx.info(ShellText.NOTHING_TO_SAVE);
            return;
        }
        Path file;
        try {
            file = Path.of(args.get(0)).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new UsageException(ShellText.BAD_FILE_NAME.formatted(args.get(0)));
        }
        String md = Handout.markdown(exchange.get(), wire.get().route(), ctx.clock().instant(), ctx.version);
        try {
            Files.writeString(file, md, StandardCharsets.UTF_8, OutputFiles.options(force));
        } catch (FileAlreadyExistsException e) {
            ctx.error(ShellText.FILE_EXISTS.formatted(file, "save " + args.get(0) + " " + FORCE));
            return;
        } catch (IOException e) {
            ctx.error(ShellText.CANNOT_WRITE.formatted(file, OutputFiles.reason(e)));
            return;
        }
        ctx.note(ShellText.SAVED.formatted(file));
    }
}
