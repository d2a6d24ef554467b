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

/**
 * Opens the learner's connection: to the real host when it answers, and to the built-in
 * mirror when the host is data.pr4e.org and the network cannot reach it (or when offline).
 */
public final class Connector {
    private final Dialer dialer;
    private final MirrorHost mirror;
    private final Duration connectTimeout;
    private final Supplier<Optional<String>> forceMirror;

    public Connector(Dialer dialer, MirrorHost mirror, Duration connectTimeout, boolean offline) {
        this(dialer, mirror, connectTimeout,
                () -> offline ? Optional.of(WireText.OFFLINE_REASON) : Optional.empty());
    }

    /**
     * @param forceMirror asked at each open: a reason to skip the network and use the mirror for
     *                    data.pr4e.org (offline, or a lesson that needs the mirror's own files), or empty
     */
    public Connector(Dialer dialer, MirrorHost mirror, Duration connectTimeout, Supplier<Optional<String>> forceMirror) {
        this.dialer = dialer;
        this.mirror = mirror;
        this.connectTimeout = connectTimeout;
        this.forceMirror = forceMirror;
    }

    /** A socket and the route it took. The caller owns the socket. */
    public record Opened(Socket socket, Route route) {}

    public Opened open(Target target) throws ConnectFailure {
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
                return openMirror(target, failure.getMessage());
            }
            throw failure;
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
                    WireText.MIRROR_FAILED.formatted(String.valueOf(e.getMessage())), e);
        }
    }

    private ConnectFailure explain(Target target, IOException e) {
        if (e instanceof UnknownHostException) {
            return new ConnectFailure(ConnectFailure.Kind.UNKNOWN_HOST,
                    WireText.UNKNOWN_HOST.formatted(target.host()), e);
        }
        if (e instanceof SocketTimeoutException) {
            return new ConnectFailure(ConnectFailure.Kind.TIMED_OUT,
                    WireText.CONNECT_TIMED_OUT.formatted(target, connectTimeout.toSeconds()), e);
        }
        if (e instanceof ClosedByInterruptException || e instanceof InterruptedIOException) {
            return new ConnectFailure(ConnectFailure.Kind.CANCELLED, WireText.CONNECT_CANCELLED, e);
        }
        if (e instanceof ConnectException) {
            return new ConnectFailure(ConnectFailure.Kind.REFUSED, WireText.REFUSED.formatted(target), e);
        }
        if (e instanceof NoRouteToHostException) {
            return new ConnectFailure(ConnectFailure.Kind.OTHER, WireText.NO_ROUTE.formatted(target.host()), e);
        }
        return new ConnectFailure(ConnectFailure.Kind.OTHER,
                WireText.CONNECT_FAILED.formatted(target, String.valueOf(e.getMessage())), e);
    }
}
