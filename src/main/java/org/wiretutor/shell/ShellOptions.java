package org.wiretutor.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.wire.ClassServer;
import org.wiretutor.wire.Dialer;
import org.wiretutor.wire.WaitPolicy;

/**
 * Everything a shell is built from, so tests can run one with a fake network, short waits
 * and a temporary home folder.
 *
 * @param offline         go straight to the built-in mirror for data.pr4e.org
 * @param colour          styled output (off with --no-color, NO_COLOR, or a pipe)
 * @param home            the wiretutor folder: history and progress
 * @param courseDir       lessons from this folder instead of the bundled ones
 * @param connectTimeout  how long a connect may take before the learner hears why not
 * @param mirror          settings of the built-in mirror
 * @param display         plain, presenter and pace settings
 * @param running         where {@code run} starts the learner's own programs, and for how long
 * @param classServer     the class server that answers for data.pr4e.org ({@code --server}), if any
 */
public record ShellOptions(boolean offline, boolean colour, Path home, Optional<Path> courseDir, Dialer dialer,
                           WaitPolicy waits, Duration connectTimeout, Clock clock, String version,
                           MirrorConfig mirror, Display display, Running running,
                           Optional<ClassServer> classServer) {

    /**
     * How output looks: {@code plain} for accessible words instead of symbols, {@code present} for
     * revealing replies part by part on a projector, {@code pace} how much slower than real time
     * {@code replay} shows a reply arriving.
     */
    public record Display(boolean plain, boolean present, double pace) {
        public static Display standard() {
            return new Display(false, false, 1.0);
        }
    }

    /**
     * How {@code run} starts programs: {@code folder} is the learner's current folder, where their own programs
     * are found and run; {@code limit} is how long a program may run before it is stopped.
     */
    public record Running(Path folder, Duration limit) {
        public static final Duration LIMIT = Duration.ofSeconds(30);

        /** The folder wiretutor was started in, and 30 seconds. */
        public static Running standard() {
            return new Running(Path.of("").toAbsolutePath(), LIMIT);
        }
    }

    public static ShellOptions defaults(Path home, String version) {
        return new ShellOptions(false, true, home, Optional.empty(), Dialer.SYSTEM, WaitPolicy.defaults(),
                Duration.ofSeconds(5), Clock.systemUTC(), version, MirrorConfig.loopback(), Display.standard(),
                Running.standard(), Optional.empty());
    }

    public ShellOptions withOffline(boolean v) {
        return new ShellOptions(v, colour, home, courseDir, dialer, waits, connectTimeout, clock, version, mirror,
                display, running, classServer);
    }

    public ShellOptions withColour(boolean v) {
        return new ShellOptions(offline, v, home, courseDir, dialer, waits, connectTimeout, clock, version, mirror,
                display, running, classServer);
    }

    public ShellOptions withDialer(Dialer d) {
        return new ShellOptions(offline, colour, home, courseDir, d, waits, connectTimeout, clock, version, mirror,
                display, running, classServer);
    }

    public ShellOptions withWaits(WaitPolicy w) {
        return new ShellOptions(offline, colour, home, courseDir, dialer, w, connectTimeout, clock, version, mirror,
                display, running, classServer);
    }

    public ShellOptions withCourseDir(Path dir) {
        return new ShellOptions(offline, colour, home, Optional.ofNullable(dir), dialer, waits, connectTimeout, clock,
                version, mirror, display, running, classServer);
    }

    /** The built-in mirror's settings (tests shorten its timeouts). */
    public ShellOptions withMirror(MirrorConfig m) {
        return new ShellOptions(offline, colour, home, courseDir, dialer, waits, connectTimeout, clock, version, m,
                display, running, classServer);
    }

    public ShellOptions withClock(Clock c) {
        return new ShellOptions(offline, colour, home, courseDir, dialer, waits, connectTimeout, c, version, mirror,
                display, running, classServer);
    }

    public ShellOptions withDisplay(Display d) {
        return new ShellOptions(offline, colour, home, courseDir, dialer, waits, connectTimeout, clock, version, mirror,
                d, running, classServer);
    }

    /** Where and for how long {@code run} starts programs (tests use a temporary folder and a short limit). */
    public ShellOptions withRunning(Running r) {
        return new ShellOptions(offline, colour, home, courseDir, dialer, waits, connectTimeout, clock, version, mirror,
                display, r, classServer);
    }

    /** Sends data.pr4e.org to this server instead (a class server), or nowhere special when empty. */
    public ShellOptions withClassServer(Optional<ClassServer> c) {
        return new ShellOptions(offline, colour, home, courseDir, dialer, waits, connectTimeout, clock, version, mirror,
                display, running, c);
    }
}
