package org.wiretutor.shell.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.wiretutor.shell.record.Handout;
import org.wiretutor.shell.record.OutputFiles;
import org.wiretutor.text.Messages;

/** Writes the last exchange as a Markdown handout; never replaces a file unless told to. */
public final class SaveCommand implements Command {
    static final String FORCE = "--force";

    private final Connection connection;
    private final LearnerHome learner;
    private final Output out;

    public SaveCommand(Connection connection, LearnerHome learner, Output out) {
        this.connection = connection;
        this.learner = learner;
        this.out = out;
    }

    @Override public String name() { return "save"; }
    @Override public String usage() { return Messages.get("shell.save.usage"); }
    @Override public String summary() { return Messages.get("shell.save.summary"); }
    @Override public String help() { return Messages.get("shell.save.help"); }

    @Override
    public List<String> candidates(int index) {
        return switch (index) {
            case 0 -> List.of("handout.md");
            case 1 -> List.of(FORCE);
            default -> List.of();
        };
    }

    @Override
    public void run(List<String> args) throws UsageException {
        boolean force = args.size() == 2 && args.get(1).equals(FORCE);
        if (args.isEmpty() || args.size() > 2 || (args.size() == 2 && !force)) {
            throw new UsageException(Messages.get("shell.save.where"));
        }
        var wire = connection.lastWire();
        var exchange = wire.flatMap(w -> w.lastExchange());
        if (exchange.isEmpty()) {
            out.info(Messages.get("shell.save.nothing"));
            return;
        }
        Path file;
        try {
            file = Path.of(args.get(0)).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new UsageException(Messages.get("shell.file.badName", args.get(0)));
        }
        String md = Handout.markdown(exchange.get(), wire.get().route(), learner.clock().instant(), learner.version());
        try {
            Files.writeString(file, md, StandardCharsets.UTF_8, OutputFiles.options(force));
        } catch (FileAlreadyExistsException e) {
            out.error(Messages.get("shell.file.exists", file.toString(), "save " + args.get(0) + " " + FORCE));
            return;
        } catch (IOException e) {
            out.error(Messages.get("shell.file.cannotWrite", file.toString(), OutputFiles.reason(e)));
            return;
        }
        out.note(Messages.get("shell.save.saved", file.toString()));
    }
}
