package org.wiretutor.shell.command;

import java.util.Optional;
import org.wiretutor.mirror.pages.MirrorFiles;
import org.wiretutor.wire.Connector;
import org.wiretutor.wire.MirrorHost;
import org.wiretutor.wire.WireSession;

/**
 * The learner's connection: the one open now, the last one (which {@code show} still reads after it closed), and the
 * ways to open one — the connector and the built-in mirror, which {@code run} points programs at too.
 */
public interface Connection {
    /** The connection while it is open. */
    Optional<WireSession> wire();

    /** The session whose exchanges {@code show} displays, even after it closed. */
    Optional<WireSession> lastWire();

    /** Starts a session on a socket just opened; its events are shown as they happen and the course judges them. */
    void start(Connector.Opened opened);

    Connector connector();

    MirrorHost mirror();

    /**
     * For scripts: waits until the connection comes to rest, so output stays complete and in order; Ctrl-C ends
     * the wait early. False if it did not come to rest.
     */
    boolean awaitSettled(WireSession session, long mark);

    /**
     * Which files the mirror serves: the course's own for lessons, the learner's variant while they work on an
     * exercise. Switching closes the mirror's open connections, so the learner is told.
     */
    void serve(MirrorFiles files);
}
