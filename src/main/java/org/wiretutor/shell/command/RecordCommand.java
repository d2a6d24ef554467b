package org.wiretutor.shell.command;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.wiretutor.shell.record.OutputFiles;
import org.wiretutor.shell.record.Recorder;
import org.wiretutor.text.Messages;

/** Records the session as an asciicast, so a lesson can be replayed with {@code asciinema play}. */
public final class RecordCommand implements Command {
    static final String STOP = "stop";

    private final Recorder recorder;
    private final Output out;

    public RecordCommand(Recorder recorder, Output out) {
        this.recorder = recorder;
        this.out = out;
    }

    @Override public String name() { return "record"; }
    @Override public String usage() { return Messages.get("shell.record.usage"); }
    @Override public String summary() { return Messages.get("shell.record.summary"); }
    @Override public String help() { return Messages.get("shell.record.help"); }

    @Override
    public List<String> candidates(int index) {
        return switch (index) {
            case 0 -> List.of(STOP, "session.cast");
            case 1 -> List.of(SaveCommand.FORCE);
            default -> List.of();
        };
    }

    @Override
    public void run(List<String> args) throws UsageException {
        if (args.isEmpty()) {
            var file = recorder.file().orElseThrow(() -> new UsageException(Messages.get("shell.record.where")));
            out.info(Messages.get("shell.record.to", file.toString()));
            return;
        }
        if (args.size() == 1 && args.get(0).equals(STOP)) {
            recorder.stop().ifPresentOrElse(s -> saved(s, out), () -> out.info(Messages.get("shell.record.notRecording")));
            return;
        }
        boolean force = args.size() == 2 && args.get(1).equals(SaveCommand.FORCE);
        if (args.size() > 2 || (args.size() == 2 && !force)) throw new UsageException(Messages.get("shell.record.where"));
        var running = recorder.file();
        if (running.isPresent()) {
            out.info(Messages.get("shell.record.already", running.get().toString()));
            return;
        }
        Path file;
        try {
            file = Path.of(args.get(0)).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new UsageException(Messages.get("shell.file.badName", args.get(0)));
        }
        try {
            recorder.start(file, out.screen().geometry(), force);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            out.error(Messages.get("shell.file.exists", file.toString(), "record " + args.get(0) + " " + SaveCommand.FORCE));
            return;
        } catch (IOException e) {
            out.error(Messages.get("shell.file.cannotWrite", file.toString(), OutputFiles.reason(e)));
            return;
        }
        out.note(Messages.get("shell.record.started", file.toString(), args.get(0)));
    }

    /** Says where a finished recording is and how to play it; also when quitting ends one. */
    public static void saved(Recorder.Summary s, Output out) {
        out.note(Messages.get("shell.record.saved", s.file().toString(), Tenths.of(s.length().toMillis() / 1000.0),
                Tenths.of(s.bytes() / 1024.0)));
    }
}
