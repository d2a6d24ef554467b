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
import org.wiretutor.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wiretutor serve}: the built-in mirror on its own, logging one line per request, or with {@code --live}
 * showing a classroom's requests as they arrive, for a projector.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        resourceBundle = HelpWords.NAME)
public final class ServeCommand implements Callable<Integer> {
    /** How often the live view checks for requests stalled before their blank line. */
    private static final long TICK_MILLIS = 500;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1")
    String bind;

    @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "20")
    int requestTimeout;

    @Option(names = "--per-client", paramLabel = "N", defaultValue = "64")
    int perClient;

    @Option(names = "--live")
    boolean live;

    @Option(names = "--trickle", paramLabel = "BYTES:MILLIS")
    String trickle;

    @Option(names = "--https-port", paramLabel = "N")
    Integer httpsPort;

    @Option(names = "--anonymous")
    boolean anonymous;

    @Option(names = "--save", paramLabel = "FILE")
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
            err.println(Messages.get("cli.serve.port.bad", port));
            return ExitCodes.USAGE;
        }
        if (save != null && !live) {
            err.println(Messages.get("cli.serve.save.needsLive"));
            return ExitCodes.USAGE;
        }
        if (perClient < 1) {
            err.println(Messages.get("cli.serve.perClient.bad"));
            return ExitCodes.USAGE;
        }
        if (requestTimeout < 1) {
            err.println(Messages.get("cli.serve.requestTimeout.bad"));
            return ExitCodes.USAGE;
        }
        if (httpsPort != null && (httpsPort < 0 || httpsPort > 65_535 || (httpsPort != 0 && httpsPort == port))) {
            err.println(Messages.get("cli.serve.httpsPort.bad", httpsPort));
            return ExitCodes.USAGE;
        }
        Optional<Trickle> trickled;
        try {
            trickled = Optional.ofNullable(trickle).map(Trickle::parse);
        } catch (IllegalArgumentException e) {
            err.println(Messages.get("cli.serve.trickle.bad", Escape.string(e.getMessage())));
            return ExitCodes.USAGE;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            err.println(Messages.get("cli.serve.bind.bad", bind));
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
            err.println(Messages.get(port != 0 ? "cli.serve.listen.failed.port" : "cli.serve.listen.failed", bind, port,
                    String.valueOf(e.getMessage())));
            return ExitCodes.FAILED;
        }
        bindWarning(address).ifPresent(print);
        String host = server.address().getAddress().getHostAddress();
        String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/";
        print.accept(Messages.get("cli.serve.serving", url, MirrorFiles.bundled().all().size()));
        // a line of its own: the address's length varies, and a sentence cut at the screen's edge reads "s/tops"
        print.accept(Messages.get("cli.serve.stopKey"));
        server.httpsAddress().ifPresent(https -> print.accept(Messages.get("cli.serve.https", https.getPort())));
        trickled.ifPresent(t -> print.accept(Messages.get("cli.serve.trickling", t.bytes(), t.pause().toMillis())));
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
            print.accept(Messages.get("cli.serve.saved", Escape.string(save.toString())));
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            err.println(Messages.get("cli.serve.save.failed", Escape.string(save.toString()),
                    Escape.string(String.valueOf(e.getMessage()))));
            return ExitCodes.FAILED;
        }
    }

    private String logLine(LogEntry entry) {
        return anonymous ? entry.toAnonymousLogLine() : entry.toLogLine();
    }

    /** The one-line warning for a bind address other computers can reach; none for loopback. */
    static Optional<String> bindWarning(InetAddress address) {
        return address.isLoopbackAddress() ? Optional.empty()
                : Optional.of(Messages.get("cli.serve.bind.warning", address.getHostAddress()));
    }
}
