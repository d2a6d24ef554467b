package org.wiretutor.wire;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedByInterruptException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.wiretutor.text.Messages;

/**
 * Opens the learner's connection: to the real host when it answers, and to the built-in
 * mirror when the host is data.pr4e.org and the network cannot reach it (or when offline); to the class server
 * instead of data.pr4e.org when one is set.
 */
public final class Connector {
    private final Dialer dialer;
    private final MirrorHost mirror;
    private final Duration connectTimeout;
    private final Supplier<Optional<String>> forceMirror;
    private final Optional<ClassServer> classServer;

    public Connector(Dialer dialer, MirrorHost mirror, Duration connectTimeout, boolean offline) {
        this(dialer, mirror, connectTimeout,
                () -> offline ? Optional.of(WireText.offlineReason()) : Optional.empty());
    }

    /**
     * @param forceMirror asked at each open: a reason to skip the network and use the mirror for
     *                    data.pr4e.org (offline, or a lesson that needs the mirror's own files), or empty
     */
    public Connector(Dialer dialer, MirrorHost mirror, Duration connectTimeout, Supplier<Optional<String>> forceMirror) {
        this(dialer, mirror, connectTimeout, forceMirror, Optional.empty());
    }

    /**
     * @param classServer where data.pr4e.org port 80 goes while a class server is set: it wins over the network, the
     *                    mirror's fallback, {@code --offline} and lessons that want the mirror, since the teacher chose
     *                    it for the room (a class server is a wiretutor mirror, or a copy of its files)
     */
    public Connector(Dialer dialer, MirrorHost mirror, Duration connectTimeout, Supplier<Optional<String>> forceMirror,
                     Optional<ClassServer> classServer) {
        this.dialer = dialer;
        this.mirror = mirror;
        this.connectTimeout = connectTimeout;
        this.forceMirror = forceMirror;
        this.classServer = classServer;
    }

    /** The class server set for this session, if any. */
    public Optional<ClassServer> classServer() {
        return classServer;
    }

    /** A socket and the route it took. The caller owns the socket. */
    public record Opened(Socket socket, Route route) {}

    public Opened open(Target target) throws ConnectFailure {
        if (classServer.isPresent() && (standsInFor(target, classServer.get()) || classServer.get().is(target))) {
            return openClassServer(target, classServer.get());
        }
        if (target.isMirrored()) {
            Optional<String> forced = forceMirror.get();
            if (forced.isPresent() || target.host().equalsIgnoreCase("mirror")) {
                return openMirror(target, forced.orElse(null));
            }
        }
        try {
            Socket socket = dialer.dial(target.host(), target.port(), connectTimeout);
            return new Opened(socket, Route.direct(target, (InetSocketAddress) socket.getRemoteSocketAddress()));
        } catch (IOException e) {
            ConnectFailure failure = explain(target, e);
            if (target.isMirrored() && failure.kind() != ConnectFailure.Kind.CANCELLED) {
                return openMirror(target, fallbackReason(target, failure.kind()));
            }
            throw failure;
        }
    }

    /**
     * data.pr4e.org port 80, as typed, or at the class server's own port (where its redirects point, since a server
     * names its own port in a Location); {@code open mirror} still means the built-in mirror on this computer.
     */
    private static boolean standsInFor(Target target, ClassServer server) {
        return target.isMirrored() && !target.host().equalsIgnoreCase("mirror")
                && (target.port() == Target.HTTP_PORT || target.port() == server.port());
    }

    /**
     * A connection to the class server for a program the learner runs, failing as opening data.pr4e.org would.
     *
     * @throws IllegalStateException when no class server is set
     */
    public Socket dialClassServer() throws ConnectFailure {
        ClassServer server = classServer.orElseThrow(() -> new IllegalStateException("no class server"));
        return openClassServer(new Target(server.host(), server.port()), server).socket();
    }

    private Opened openClassServer(Target target, ClassServer server) throws ConnectFailure {
        try {
            Socket socket = dialer.dial(server.host(), server.port(), connectTimeout);
            return new Opened(socket, Route.classServer(target, (InetSocketAddress) socket.getRemoteSocketAddress(),
                    server));
        } catch (IOException e) {
            ConnectFailure failure = explain(new Target(server.host(), server.port()), e);
            if (failure.kind() == ConnectFailure.Kind.CANCELLED || server.is(target)) throw failure;
            throw new ConnectFailure(failure.kind(), failure.getMessage() + " "
                    + Messages.get("wire.connect.classServerFailed", target.host(), server.toString()), e);
        }
    }

    /**
     * Connects to the built-in mirror for a host it stands in for, without trying the network: for what only the
     * mirror can do, such as trickling its replies.
     *
     * @param why shown to the learner as the reason the mirror answers
     */
    public Opened openMirror(Target target, String why) throws ConnectFailure {
        try {
            InetSocketAddress at = mirror.address(target.port());
            Socket socket = dialer.dial(at.getAddress().getHostAddress(), at.getPort(), connectTimeout);
            return new Opened(socket, Route.mirror(target, at, why));
        } catch (IOException e) {
            throw new ConnectFailure(ConnectFailure.Kind.OTHER,
                    Messages.get("wire.connect.mirrorFailed", String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Why the mirror answers instead, in a clause after "because": the learner typed the name right, so this says
     * what happened to it, not what to check.
     */
    private String fallbackReason(Target target, ConnectFailure.Kind kind) {
        return switch (kind) {
            case UNKNOWN_HOST -> Messages.get("wire.fallback.unknownHost", target.host());
            case TIMED_OUT -> Messages.get("wire.fallback.timedOut", target.host(), connectTimeout.toSeconds());
            case REFUSED -> Messages.get("wire.fallback.refused", target.host());
            default -> Messages.get("wire.fallback.other", target.host());
        };
    }

    private ConnectFailure explain(Target target, IOException e) {
        if (e instanceof UnknownHostException) {
            return new ConnectFailure(ConnectFailure.Kind.UNKNOWN_HOST,
                    Messages.get("wire.connect.unknownHost", target.host()), e);
        }
        if (e instanceof SocketTimeoutException) {
            return new ConnectFailure(ConnectFailure.Kind.TIMED_OUT,
                    Messages.get("wire.connect.timedOut", target.toString(), connectTimeout.toSeconds()), e);
        }
        if (e instanceof ClosedByInterruptException || e instanceof InterruptedIOException) {
            return new ConnectFailure(ConnectFailure.Kind.CANCELLED, Messages.get("wire.connect.cancelled"), e);
        }
        if (e instanceof ConnectException) {
            return new ConnectFailure(ConnectFailure.Kind.REFUSED, Messages.get("wire.connect.refused", target.toString()), e);
        }
        if (e instanceof NoRouteToHostException) {
            return new ConnectFailure(ConnectFailure.Kind.OTHER, Messages.get("wire.connect.noRoute", target.host()), e);
        }
        return new ConnectFailure(ConnectFailure.Kind.OTHER,
                Messages.get("wire.connect.failed", target.toString(),
                        String.valueOf(e.getMessage())), e);
    }
}
