package org.wiretutor.shell.record;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.wiretutor.shell.screen.Screen;
import org.wiretutor.text.Messages;

/**
 * The shell's recording, if one is running: what the screen shows goes into an asciicast file, timed by
 * the shell's clock. Output arrives from the wire's reader thread as well as the shell's, so every method
 * holds the lock. A recording that cannot go on (disk full, size limit) stops and says so, never silently.
 */
public final class Recorder {
    /** Big enough for hours of lessons; small enough that a runaway download cannot fill the disk. */
    public static final long LIMIT_BYTES = 50L * 1024 * 1024;

    /** What a finished recording amounted to. */
    public record Summary(Path file, Duration length, long bytes) {}

    private final Clock clock;
    private final long limit;
    private final Consumer<String> notice;
    private AsciicastWriter writer;
    private Path file;
    private Instant started;

    /** @param notice tells the learner a recording stopped by itself; it must not write to the recorded screen */
    public Recorder(Clock clock, long limit, Consumer<String> notice) {
        this.clock = clock;
        this.limit = limit;
        this.notice = notice;
    }

    public synchronized Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Starts recording into {@code target}; the caller has checked that no recording is running. */
    public synchronized void start(Path target, Screen.Geometry size, boolean replace) throws IOException {
        if (writer != null) throw new IllegalStateException("already recording to " + file);
        Instant now = clock.instant();
        writer = AsciicastWriter.create(target, new AsciicastWriter.Header(size.columns(), size.rows(),
                now.getEpochSecond(), size.term(), "wiretutor"), replace, limit);
        file = target;
        started = now;
    }

    /**
     * Output as the terminal received it; bare line feeds become CR LF, as a terminal in raw mode needs. Besides
     * what the screen shows, the shell records here what the line editor echoed (the prompt and the typed line).
     */
    public synchronized void output(String text) {
        if (writer == null || text.isEmpty()) return;
        String crlf = text.replace("\r\n", "\n").replace("\n", "\r\n");
        double seconds = Duration.between(started, clock.instant()).toNanos() / 1e9;
        try {
            if (!writer.output(Math.max(0, seconds), crlf)) {
                Summary s = finish();
                notice.accept(Messages.get("shell.record.limit", s.file().toString(), limit / (1024 * 1024)));
            }
        } catch (IOException e) {
            Summary s = finish();
            notice.accept(Messages.get("shell.record.broken", s.file().toString(), OutputFiles.reason(e)));
        }
    }

    /** Ends the recording, if one is running, and closes its file. */
    public synchronized Optional<Summary> stop() {
        if (writer == null) return Optional.empty();
        return Optional.of(finish());
    }

    private Summary finish() {
        Summary s = new Summary(file, Duration.between(started, clock.instant()), writer.bytes());
        try {
            writer.close();
        } catch (IOException ignored) {
            // every event was flushed when written; a failing close loses nothing
        }
        writer = null;
        file = null;
        started = null;
        return s;
    }
}
