package org.wiretutor.shell.record;

import java.util.List;
import org.jline.utils.AttributedString;
import org.wiretutor.shell.screen.Screen;

/** A screen whose output also goes to the recorder, in the same order, as the terminal received it. */
public final class RecordingScreen implements Screen {
    private final Screen screen;
    private final Recorder recorder;

    public RecordingScreen(Screen screen, Recorder recorder) {
        this.screen = screen;
        this.recorder = recorder;
    }

    @Override
    public synchronized void show(List<AttributedString> lines) {
        screen.show(lines);
        if (recorder.file().isEmpty()) return;
        StringBuilder text = new StringBuilder();
        for (AttributedString line : lines) text.append(screen.encode(line)).append("\r\n");
        recorder.output(text.toString());
    }

    @Override
    public int width() {
        return screen.width();
    }

    @Override
    public int height() {
        return screen.height();
    }

    @Override
    public String encode(AttributedString line) {
        return screen.encode(line);
    }

    @Override
    public Geometry geometry() {
        return screen.geometry();
    }
}
