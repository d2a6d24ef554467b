package org.wiretutor.shell.command;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.wiretutor.shell.OutputFiles;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;
import org.wiretutor.shell.record.Recorder;

/** Records the session as an asciicast, so a lesson can be replayed with {@code asciinema play}. */
public final class RecordCommand implements Command {
    static final String STOP = "stop";

    @Override public String name() { return "record"; }
    @Override public String usage() { return "record FILE.cast [--force] | record stop"; }
    @Override public String summary() { return "record the session to a file that asciinema play replays"; }
    @Override public String help() {
        return "record session.cast saves everything wiretutor shows from now on, with its timing and colours, "
                + "and the lines you type, as an asciicast file. record stop ends it (so does quit). Play it back "
                + "with: asciinema play session.cast. An existing file is kept unless you add --force.";
    }

    @Override
    public List<String> candidates(int index, ShellContext ctx) {
        return switch (index) {
            case 0 -> List.of(STOP, "session.cast");
            case 1 -> List.of(SaveCommand.FORCE);
            default -> List.of();
        };
    }

    @Override
    public void run(List<String> args, ShellContext ctx) throws UsageException {
        Recorder recorder = ctx.recorder().orElse(null);
        if (recorder == null) {
            ctx.info(ShellText.RECORD_UNAVAILABLE);
            return;
        }
        if (args.isEmpty()) {
            var file = recorder.file().orElseThrow(() -> new UsageException(ShellText.RECORD_WHERE));
            ctx.info(ShellText.RECORDING_TO.formatted(file));
            return;
        }
        if (args.size() == 1 && args.get(0).equals(STOP)) {
            stop(recorder, ctx);
            return;
        }
        boolean force = args.size() == 2 && args.get(1).equals(SaveCommand.FORCE);
        if (args.size() > 2 || (args.size() == 2 && !force)) throw new UsageException(ShellText.RECORD_WHERE);
        var running = recorder.file();
        if (running.isPresent()) {
            ctx.info(ShellText.ALREADY_RECORDING.formatted(running.get()));
            return;
        }
        Path file;
        try {
            file = Path.of(args.get(0)).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new UsageException(ShellText.BAD_FILE_NAME.formatted(args.get(0)));
        }
        try {
            recorder.start(file, ctx.screen.geometry(), force);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            ctx.error(ShellText.FILE_EXISTS.formatted(file, "record " + args.get(0) + " " + SaveCommand.FORCE));
            return;
        } catch (IOException e) {
            ctx.error(ShellText.CANNOT_WRITE.formatted(file, OutputFiles.reason(e)));
            return;
        }
        ctx.note(ShellText.RECORDING_STARTED.formatted(file, args.get(0)));
    }

    private static void stop(Recorder recorder, ShellContext ctx) {
        recorder.stop().ifPresentOrElse(s -> saved(s, ctx), () -> ctx.info(ShellText.NOT_RECORDING));
    }

    /** Says where a finished recording is and how to play it; also when quitting ends one. */
    public static void saved(Recorder.Summary s, ShellContext ctx) {
        ctx.note(ShellText.RECORDING_SAVED.formatted(s.file(), s.length().toMillis() / 1000.0, s.bytes() / 1024.0,
                s.file()));
    }
}
