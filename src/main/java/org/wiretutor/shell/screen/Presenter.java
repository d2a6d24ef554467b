package org.wiretutor.shell.screen;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jline.utils.AttributedString;
import org.wiretutor.text.Messages;

/**
 * Presenter mode for a projector: a reply is held back and revealed one part at a time — status
 * line, each header, the blank line, the body — each time the presenter presses Enter on an
 * empty line. Everything the connection says while parts are held waits its turn, so nothing
 * is given away early. Output of the presenter's own commands is never held.
 */
public final class Presenter implements Screen {
    private final Screen screen;
    private final Thread shellThread;
    private final Deque<List<AttributedString>> held = new ArrayDeque<>();
    private volatile boolean on;
    private boolean holding;
    private boolean announced;

    public Presenter(Screen screen, Thread shellThread, boolean on) {
        this.screen = screen;
        this.shellThread = shellThread;
        this.on = on;
    }

    public boolean on() {
        return on;
    }

    public void on(boolean value) {
        on = value;
        if (!value) revealAll();
    }

    /** A reply has started: from now on the connection's output waits to be revealed. */
    synchronized void beginReply() {
        if (!on) return;
        holding = true;
    }

    /** Shows one reply part now, or holds it for the next key press. */
    synchronized void part(List<AttributedString> lines) {
        if (on && holding) {
            held.addLast(lines);
            if (!announced) {
                announced = true;
                screen.show(new AttributedString(Messages.get("shell.present.hint"), Styles.DIM));
            }
        } else {
            screen.show(lines);
        }
    }

    public synchronized boolean pending() {
        return !held.isEmpty();
    }

    /** Reveals the next held part; when none is left, output flows freely again. */
    public synchronized void revealNext() {
        List<AttributedString> next = held.pollFirst();
        if (next != null) screen.show(next);
        if (held.isEmpty()) {
            holding = false;
            announced = false;
        }
    }

    public synchronized void revealAll() {
        while (!held.isEmpty()) screen.show(held.pollFirst());
        holding = false;
        announced = false;
    }

    @Override
    public synchronized void show(List<AttributedString> lines) {
        if (on && holding && Thread.currentThread() != shellThread) {
            held.addLast(lines);
        } else {
            screen.show(lines);
        }
    }

    @Override
    public int width() {
        return screen.width();
    }

    @Override
    public int height() {
        return screen.height();
    }
}
