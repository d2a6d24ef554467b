package org.wiretutor.shell;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.wiretutor.mirror.pages.MirrorFiles;
import org.wiretutor.shell.command.Connection;
import org.wiretutor.shell.command.Keyboard;
import org.wiretutor.shell.command.Output;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.Connector;
import org.wiretutor.wire.MirrorHost;
import org.wiretutor.wire.WaitPolicy;
import org.wiretutor.wire.WireEvent;
import org.wiretutor.wire.WireSession;

/** The shell's one connection at a time, and the connector and mirror it is opened through. */
final class ShellConnection implements Connection {
    /** How long a script waits for a reply before reading its next line. */
    static final Duration SCRIPT_WAIT = Duration.ofSeconds(30);

    private final AtomicReference<WireSession> wire = new AtomicReference<>();
    private final Connector connector;
    private final MirrorHost mirror;
    private final WaitPolicy waits;
    private final Keyboard keyboard;
    private final Output out;
    private final Supplier<Consumer<WireEvent>> views;

    /** @param views a new view for each connection: it shows the connection's events and lets the course judge them */
    ShellConnection(Connector connector, MirrorHost mirror, WaitPolicy waits, Keyboard keyboard, Output out,
                    Supplier<Consumer<WireEvent>> views) {
        this.connector = connector;
        this.mirror = mirror;
        this.waits = waits;
        this.keyboard = keyboard;
        this.out = out;
        this.views = views;
    }

    @Override
    public Optional<WireSession> wire() {
        WireSession s = wire.get();
        return s != null && s.isOpen() ? Optional.of(s) : Optional.empty();
    }

    @Override
    public Optional<WireSession> lastWire() {
        return Optional.ofNullable(wire.get());
    }

    @Override
    public void start(Connector.Opened opened) {
        wire.set(WireSession.start(opened, waits, views.get()));
    }

    @Override
    public Connector connector() {
        return connector;
    }

    @Override
    public MirrorHost mirror() {
        return mirror;
    }

    @Override
    public boolean awaitSettled(WireSession session, long mark) {
        Thread waiter = Thread.currentThread();
        keyboard.waitingOn(waiter::interrupt);
        try {
            return session.awaitSettled(mark, SCRIPT_WAIT);
        } catch (InterruptedException e) {
            out.note(Messages.get("shell.cancelled"));
            return false;
        } finally {
            keyboard.waitingOn(null);
            Thread.interrupted();
        }
    }

    @Override
    public void serve(MirrorFiles files) {
        boolean wasConnected = wire().map(w -> w.route().viaMirror()).orElse(false);
        if (mirror.serve(files) && wasConnected) out.note(Messages.get("shell.mirror.switched"));
    }
}
