package org.wiretutor.shell.screen;

/**
 * A screen drawn through another (a recorder, the pager's prompt line): it only adds to what is shown, so its size,
 * its encoding and what a recording says of it are the ones of the screen below.
 */
public abstract class ScreenLayer implements Screen {
    /** Where the lines finally go. */
    protected final Screen below;

    protected ScreenLayer(Screen below) {
        this.below = below;
    }

    @Override
    public int width() {
        return below.width();
    }

    @Override
    public int height() {
        return below.height();
    }

    @Override
    public String encode(org.jline.utils.AttributedString line) {
        return below.encode(line);
    }

    @Override
    public Geometry geometry() {
        return below.geometry();
    }
}
