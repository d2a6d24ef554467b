package org.wiretutor.mirror;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.wiretutor.mirror.pages.MirrorFiles;
import org.wiretutor.text.Messages;

/**
 * How a {@link MirrorServer} binds and how patient it is. Everything time-related is injected so tests can
 * shrink timeouts and pin the Date header.
 *
 * @param bindAddress      where to listen; loopback unless a lesson deliberately asks for more
 * @param port             TCP port, 0 for an ephemeral one
 * @param requestTimeout   how long a client may take to send a whole request head (Apache: 20 s) and how long a
 *                         silent new connection is kept
 * @param keepAliveTimeout how long an idle keep-alive connection waits for the next request (Apache: 5 s)
 * @param clock            source of the Date header
 * @param log              receives one entry per exchange
 * @param httpsPort        TCP port of a second listener that plays data.pr4e.org's port 443 without a certificate,
 *                         so learners can see what plain HTTP typed at an HTTPS port gets; 0 for an ephemeral port,
 *                         -1 for no such listener
 * @param files            what the mirror serves: {@link MirrorFiles#bundled()}, or one learner's variant from
 *                         {@link MirrorFiles#forLearner(String)}
 * @param observer         watches each connection of the HTTP port live (bytes as they arrive, answers, closes),
 *                         e.g. for a classroom projector; {@link ConnectionObserver#NONE} by default
 * @param pacing           how each reply is cut into writes: {@link ReplyPacing#AT_ONCE} (the default); the head line
 *                         by line with pauses, so a client that looks for the end of the head only in the first
 *                         piece it reads is caught (a grader's, {@link ReplyPacing.HeadLines}); or the whole reply a
 *                         few bytes at a time, so a class sees a reply arrive in pieces offline ({@link Trickle})
 */
public record MirrorConfig(InetAddress bindAddress, int port, Duration requestTimeout, Duration keepAliveTimeout,
                           Clock clock, RequestLog log, int httpsPort, MirrorFiles files,
                           ConnectionObserver observer, ReplyPacing pacing) {

    /** Apache's KeepAliveTimeout, data.pr4e.org's: an idle kept-alive connection waits 5 s for the next request. */
    public static final Duration APACHE_KEEP_ALIVE = Duration.ofSeconds(5);

    /** The longest {@link #headPause} allowed: a trickled head must still arrive within a grading run. */
    public static final Duration MAX_HEAD_PAUSE = ReplyPacing.HeadLines.MAX_PAUSE;

    public MirrorConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(keepAliveTimeout, "keepAliveTimeout");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(observer, "observer");
        Objects.requireNonNull(pacing, "pacing");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(Messages.get("mirror.config.port", Integer.toString(port)));
        }
        if (httpsPort < -1 || httpsPort > 65535) {
            throw new IllegalArgumentException(Messages.get("mirror.config.httpsPort", Integer.toString(httpsPort)));
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException(Messages.get("mirror.config.requestTimeout"));
        }
        if (keepAliveTimeout.isNegative() || keepAliveTimeout.isZero()) {
            throw new IllegalArgumentException(Messages.get("mirror.config.keepAliveTimeout"));
        }
    }

    /** A configuration that writes each reply at once. */
    public MirrorConfig(InetAddress bindAddress, int port, Duration requestTimeout, Duration keepAliveTimeout,
                        Clock clock, RequestLog log, int httpsPort, MirrorFiles files, ConnectionObserver observer) {
        this(bindAddress, port, requestTimeout, keepAliveTimeout, clock, log, httpsPort, files, observer,
                ReplyPacing.AT_ONCE);
    }

    /** A configuration nobody observes. */
    public MirrorConfig(InetAddress bindAddress, int port, Duration requestTimeout, Duration keepAliveTimeout,
                        Clock clock, RequestLog log, int httpsPort, MirrorFiles files) {
        this(bindAddress, port, requestTimeout, keepAliveTimeout, clock, log, httpsPort, files,
                ConnectionObserver.NONE);
    }

    /** A configuration serving the bundled files. */
    public MirrorConfig(InetAddress bindAddress, int port, Duration requestTimeout, Duration keepAliveTimeout,
                        Clock clock, RequestLog log, int httpsPort) {
        this(bindAddress, port, requestTimeout, keepAliveTimeout, clock, log, httpsPort, MirrorFiles.bundled());
    }

    /** A configuration serving the bundled files, without the HTTPS-port listener. */
    public MirrorConfig(InetAddress bindAddress, int port, Duration requestTimeout, Duration keepAliveTimeout,
                        Clock clock, RequestLog log) {
        this(bindAddress, port, requestTimeout, keepAliveTimeout, clock, log, -1);
    }

    /**
     * 127.0.0.1, ephemeral port, Apache's timeouts (20 s request, 5 s keep-alive), UTC clock, no log, no HTTPS
     * port, the bundled files, no observer.
     */
    public static MirrorConfig loopback() {
        return new MirrorConfig(InetAddress.getLoopbackAddress(), 0, Duration.ofSeconds(20), APACHE_KEEP_ALIVE,
                Clock.systemUTC(), RequestLog.NONE, -1, MirrorFiles.bundled(),
                ConnectionObserver.NONE);
    }

    public MirrorConfig withPort(int p) {
        return new MirrorConfig(bindAddress, p, requestTimeout, keepAliveTimeout, clock, log, httpsPort, files,
                observer, pacing);
    }

    public MirrorConfig withBindAddress(InetAddress a) {
        return new MirrorConfig(a, port, requestTimeout, keepAliveTimeout, clock, log, httpsPort, files, observer,
                pacing);
    }

    public MirrorConfig withRequestTimeout(Duration d) {
        return new MirrorConfig(bindAddress, port, d, keepAliveTimeout, clock, log, httpsPort, files, observer,
                pacing);
    }

    public MirrorConfig withKeepAliveTimeout(Duration d) {
        return new MirrorConfig(bindAddress, port, requestTimeout, d, clock, log, httpsPort, files, observer,
                pacing);
    }

    public MirrorConfig withClock(Clock c) {
        return new MirrorConfig(bindAddress, port, requestTimeout, keepAliveTimeout, c, log, httpsPort, files,
                observer, pacing);
    }

    public MirrorConfig withLog(RequestLog l) {
        return new MirrorConfig(bindAddress, port, requestTimeout, keepAliveTimeout, clock, l, httpsPort, files,
                observer, pacing);
    }

    /** -1 for no HTTPS-port listener, 0 for an ephemeral port. */
    public MirrorConfig withHttpsPort(int p) {
        return new MirrorConfig(bindAddress, port, requestTimeout, keepAliveTimeout, clock, log, p, files, observer,
                pacing);
    }

    /** The files to serve, e.g. {@code MirrorFiles.forLearner(id)} for a graded lesson. */
    public MirrorConfig withFiles(MirrorFiles f) {
        return new MirrorConfig(bindAddress, port, requestTimeout, keepAliveTimeout, clock, log, httpsPort, f,
                observer, pacing);
    }

    /** Writes each reply's head in pieces with this pause between them; {@link Duration#ZERO} for all at once. */
    public MirrorConfig withHeadPause(Duration d) {
        return withPacing(d.isZero() ? ReplyPacing.AT_ONCE : new ReplyPacing.HeadLines(d));
    }

    /** The pause between the pieces of a reply's head, or zero when the head is not paced line by line. */
    public Duration headPause() {
        return pacing instanceof ReplyPacing.HeadLines h ? h.pause() : Duration.ZERO;
    }

    /** Sends each whole reply in writes of {@link Trickle#bytes()} with {@link Trickle#pause()} between them. */
    public MirrorConfig withTrickle(Trickle t) {
        return withPacing(t);
    }

    /** How each reply is cut into writes. */
    public MirrorConfig withPacing(ReplyPacing p) {
        return new MirrorConfig(bindAddress, port, requestTimeout, keepAliveTimeout, clock, log, httpsPort, files,
                observer, p);
    }

    /** Someone to tell about every connection as it happens; {@link ConnectionObserver#NONE} for nobody. */
    public MirrorConfig withObserver(ConnectionObserver o) {
        return new MirrorConfig(bindAddress, port, requestTimeout, keepAliveTimeout, clock, log, httpsPort, files, o,
                pacing);
    }
}
