package org.wiretutor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jline.terminal.Terminal;
import org.wiretutor.classroom.Ledger;
import org.wiretutor.classroom.LiveScreen;
import org.wiretutor.classroom.PlainLiveScreen;
import org.wiretutor.classroom.PinnedLiveScreen;
import org.wiretutor.shell.SystemTerminal;
import org.wiretutor.classroom.LiveOptions;
import org.wiretutor.classroom.LiveView;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.pages.MirrorFiles;
import org.wiretutor.mirror.MirrorServer;
import org.wiretutor.mirror.ServerLimits;
import org.wiretutor.mirror.Trickle;
import org.wiretutor.text.Escape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wiretutor serve}: the built-in mirror on its own, logging one line per request, or with {@code --live}
 * showing a classroom's requests as they arrive, for a projector.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Run the built-in copy of data.pr4e.org as a web server, logging each request.",
                "Binds to loopback unless --bind says otherwise. Ctrl-C stops it."})
public final class ServeCommand implements Callable<Integer> {
    /** How often the live view checks for requests stalled before their blank line. */
    private static final long TICK_MILLIS = 500;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "20", description = "How long a client may take to finish its request before a 408 (default: ${DEFAULT-VALUE}).")
    int requestTimeout;

    @Option(names = "--per-client", paramLabel = "N", defaultValue = "64", description = "Most connections one client address may hold open at once; more are refused with 503 and logged (default: ${DEFAULT-VALUE}). Students behind one router share an address: raise it for them.")
    int perClient;

    @Option(names = "--live", description = "Show each request as it arrives, line by line, with mistakes flagged and a running tally: a view for a projector.")
    boolean live;

    @Option(names = "--trickle", paramLabel = "BYTES:MILLIS", description = "Send each reply in writes of BYTES bytes with MILLIS ms between them (e.g. 16:5), so clients see it arrive in pieces as over a slow network.")
    String trickle;

    @Option(names = "--https-port", paramLabel = "N", description = "Also listen on port N where data.pr4e.org has HTTPS (443), without a certificate: plain HTTP there gets Apache's 400, a TLS client a handshake failure (0 picks a free port).")
    Integer httpsPort;

    @Option(names = "--anonymous", description = "Never show client addresses; connections are shown by number (#12).")
    boolean anonymous;

    @Option(names = "--save", paramLabel = "FILE", description = "With --live: when stopped, write the session's requests and counts to FILE, as Markdown, or CSV for a name ending in .csv.")
    Path save;

    /** Where --live draws; a plain log unless {@link #call} found a terminal. */
    private Function<Consumer<String>, LiveScreen> liveScreen = PlainLiveScreen::new;
    private int liveRows = 24;

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        // Ctrl-C: stop serving, then let the summary and --save finish before the JVM exits
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                done.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        boolean colour = System.console() != null && System.getenv("NO_COLOR") == null;
        Terminal terminal = live && System.console() != null ? liveTerminal() : null;
        try {
            if (terminal != null) {
                // JLine's terminal would otherwise let Ctrl-C kill the JVM outright, before the summary
                terminal.handle(Terminal.Signal.INT, signal -> stop.countDown());
                PinnedLiveScreen screen = new PinnedLiveScreen(terminal);
                liveScreen = print -> screen;
                liveRows = terminal.getHeight();
            }
            return serve(System.out, System.err, Clock.systemUTC(), colour, stop, server -> { });
        } finally {
            done.countDown();
        }
    }

    /** The terminal for the live dashboard, or null (a plain log) when it will not open. */
    private static Terminal liveTerminal() {
        // JLine would warn about its jansi provider on the projector, above the first line
        System.setProperty("org.jline.terminal.disableDeprecatedProviderWarning", "true");
        try {
            return SystemTerminal.open();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The whole command with its streams, clock and stop signal passed in, so it runs in a test as it runs for
     * real.
     *
     * @param started told the running server once it listens
     */
    int serve(PrintStream out, PrintStream err, Clock clock, boolean colour, CountDownLatch stop,
              Consumer<MirrorServer> started) throws InterruptedException {
        if (port < 0 || port > 65_535) {
            err.println("--port " + port + ": a port is a whole number from 0 to 65535.");
            return ExitCodes.USAGE;
        }
        if (save != null && !live) {
            err.println("--save keeps a --live session; add --live.");
            return ExitCodes.USAGE;
        }
        if (perClient < 1) {
            err.println("--per-client must be at least 1.");
            return ExitCodes.USAGE;
        }
        if (requestTimeout < 1) {
            err.println("--request-timeout must be at least 1 second.");
            return ExitCodes.USAGE;
        }
        if (httpsPort != null && (httpsPort < 0 || httpsPort > 65_535 || (httpsPort != 0 && httpsPort == port))) {
            err.println("--https-port " + httpsPort + ": a port is a whole number from 0 to 65535, other than --port.");
            return ExitCodes.USAGE;
        }
        Optional<Trickle> trickled;
        try {
            trickled = Optional.ofNullable(trickle).map(Trickle::parse);
        } catch (IllegalArgumentException e) {
            err.println("--trickle " + Escape.string(e.getMessage()));
            return ExitCodes.USAGE;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            err.println("--bind " + bind + ": not an address of this computer.");
            return ExitCodes.USAGE;
        }
        Consumer<String> print = line -> {
            synchronized (out) {
                out.println(line);
                out.flush();
            }
        };
        MirrorConfig config = MirrorConfig.loopback().withBindAddress(address).withPort(port)
                .withRequestTimeout(Duration.ofSeconds(requestTimeout)).withClock(clock)
                .withHttpsPort(httpsPort == null ? -1 : httpsPort);
        config = trickled.map(config::withTrickle).orElse(config);
        LiveView view = null;
        if (live) {
            view = new LiveView(clock, liveScreen.apply(print), new LiveOptions(anonymous, colour), liveRows);
            config = config.withObserver(view).withLog(view);
        } else {
            config = config.withLog(entry -> print.accept(Escape.string(logLine(entry))));
        }
        MirrorServer server;
        try {
            server = MirrorServer.start(config, ServerLimits.DEFAULT.withPerClient(perClient));
        } catch (IOException e) {
            err.println("Could not listen on " + bind + " port " + port + ": " + e.getMessage()
                    + (port != 0 ? ". Another program may be using it; try --port 0 for a free one." : ""));
            return ExitCodes.FAILED;
        }
        bindWarning(address).ifPresent(print);
        String host = server.address().getAddress().getHostAddress();
        print.accept("Serving the data.pr4e.org mirror at http://" + (host.contains(":") ? "[" + host + "]" : host)
                + ":" + server.port() + "/ (" + MirrorFiles.bundled().all().size() + " files). Ctrl-C stops.");
        server.httpsAddress().ifPresent(https -> print.accept("Its HTTPS port, without a certificate, is port "
                + https.getPort() + ": plain HTTP there gets 400, a TLS client a handshake failure."));
        trickled.ifPresent(t -> print.accept("Trickling: each reply goes out in writes of " + t.bytes() + " bytes, "
                + t.pause().toMillis() + " ms apart."));
        ScheduledExecutorService ticker = null;
        if (view != null) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "serve-live-tick");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleWithFixedDelay(view::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
        started.accept(server);
        try {
            stop.await();
        } finally {
            if (ticker != null) {
                ticker.shutdownNow();
            }
            server.close();
        }
        if (view != null) {
            view.tick();
            return saved(view.finish(), print, err);
        }
        return ExitCodes.OK;
    }

    /** Writes --save's file, if asked for, and says where it went. */
    private int saved(Ledger.Snapshot session, Consumer<String> print, PrintStream err) {
        if (save == null) {
            return ExitCodes.OK;
        }
        try {
            LiveSessionFile.write(save, session);
            print.accept("Saved the session to " + Escape.string(save.toString()) + ".");
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            err.println("Could not save the session to " + Escape.string(save.toString()) + " ("
                    + Escape.string(String.valueOf(e.getMessage())) + "): check that its folder exists and can be written.");
            return ExitCodes.FAILED;
        }
    }

    private String logLine(LogEntry entry) {
        return anonymous ? entry.toAnonymousLogLine() : entry.toLogLine();
    }

    /** The one-line warning for a bind address other computers can reach; none for loopback. */
    static Optional<String> bindWarning(InetAddress address) {
        return address.isLoopbackAddress() ? Optional.empty()
                : Optional.of("Warning: listening on " + address.getHostAddress()
                        + ", so other computers on your network can reach this server.");
    }
}
