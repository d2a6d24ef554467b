package org.wiretutor.shell;

import java.util.function.Supplier;
import org.jline.utils.AttributedString;
import org.wiretutor.shell.record.Recorder;
import org.wiretutor.shell.screen.Screen;
import org.wiretutor.text.Escape;

/**
 * Lines the learner typed, echoed into the recording with their prompt: the line editor draws them on
 * the terminal itself, so they never pass through the screen.
 */
final class RecordingLineSource implements LineSource {
    private final LineSource source;
    private final Screen screen;
    private final Recorder recorder;

    RecordingLineSource(LineSource source, Screen screen, Recorder recorder) {
        this.source = source;
        this.screen = screen;
        this.recorder = recorder;
    }

    @Override
    public String readLine(AttributedString prompt, String initial) throws Interrupted {
        String line = source.readLine(prompt, initial);
        if (line != null && recorder.file().isPresent()) recorder.output(screen.encode(prompt) + Escape.string(line) + "\r\n");
        return line;
    }

    /** The prompt recorded is the one shown once reading began. */
    @Override
    public String readLine(Supplier<AttributedString> prompt, String initial) throws Interrupted {
        String line = source.readLine(prompt, initial);
        if (line != null && recorder.file().isPresent()) {
            recorder.output(screen.encode(prompt.get()) + Escape.string(line) + "\r\n");
        }
        return line;
    }

    @Override
    public boolean interactive() {
        return source.interactive();
    }

    @Override
    public boolean takeEscape() {
        return source.takeEscape();
    }

    @Override
    public boolean takeStepKey() {
        return source.takeStepKey();
    }

    @Override
    public String takeStash() {
        return source.takeStash();
    }

    /** The pager's prompt is erased once answered, so it is not part of the recording. */
    @Override
    public PagerKey pagerKey(AttributedString prompt) {
        return source.pagerKey(prompt);
    }
}
