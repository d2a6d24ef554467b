package org.wiretutor.classroom;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** A plain log, one line at a time, for output that is not a terminal (a pipe, a file, a test). Pins nothing. */
public record PlainLiveScreen(Consumer<String> out) implements LiveScreen {

    public PlainLiveScreen {
        Objects.requireNonNull(out, "out");
    }

    @Override
    public void log(List<String> lines) {
        lines.forEach(out);
    }

    @Override
    public boolean pins() {
        return false;
    }

    @Override
    public void pin(List<String> rows) {
        // nothing is pinned in a plain log; the view prints its counts as lines
    }

    @Override
    public void close(List<String> closing) {
        closing.forEach(out);
    }
}
