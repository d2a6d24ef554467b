package org.wiretutor.shell.record;

import java.util.List;
import org.jline.utils.AttributedString;
import org.wiretutor.shell.screen.Screen;
import org.wiretutor.shell.screen.ScreenLayer;

/** A screen whose output also goes to the recorder, in the same order, as the terminal received it. */
public final class RecordingScreen extends ScreenLayer {
    private final Recorder recorder;

    public RecordingScreen(Screen screen, Recorder recorder) {
        super(screen);
        this.recorder = recorder;
    }

    @Override
    public synchronized void show(List<AttributedString> lines) {
        below.show(lines);
        if (recorder.file().isEmpty()) return;
        StringBuilder text = new StringBuilder();
        for (AttributedString line : lines) text.append(below.encode(line)).append("\r\n");
        recorder.output(text.toString());
    }
}
