package org.wiretutor.shell.command;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.ReplyPacing;
import org.wiretutor.mirror.Trickle;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.ConnectFailure;
import org.wiretutor.wire.Connector;
import org.wiretutor.wire.Target;
import org.wiretutor.wire.WireText;

public final class OpenCommand implements Command {
    /** The tip about lines and commands has been given this session. */
    private boolean tipped;

    private final Connection connection;
    private final Output out;
    private final Keyboard keyboard;
    /** The current step's own open line while the step waits for a connection, else empty. */
    private final Supplier<Optional<String>> stepOpen;

    public OpenCommand(Connection connection, Output out, Keyboard keyboard) {
        this(connection, out, keyboard, Optional::empty);
    }

    public OpenCommand(Connection connection, Output out, Keyboard keyboard, Supplier<Optional<String>> stepOpen) {
        this.connection = connection;
        this.out = out;
        this.keyboard = keyboard;
        this.stepOpen = stepOpen;
    }

    @Override public String name() { return "open"; }
    @Override public List<String> aliases() { return List.of("connect"); }
    /** The option that makes the built-in mirror send its replies a few bytes at a time. */
    static final String TRICKLE = "--trickle";
    /** The option that sets how long the built-in mirror waits, after a reply, for the next request. */
    static final String KEEP_ALIVE = "--keep-alive";
    /** A host name whose last label, letters, runs straight into digits: {@code data.pr4e.org80}. */
    private static final java.util.regex.Pattern PORT_JOINED =
            java.util.regex.Pattern.compile("([A-Za-z0-9.-]*\\.[A-Za-z]{2,})([0-9]{1,5})");
    /** The longest {@code --keep-alive} in seconds: ten minutes is time enough to type any request. */
    static final int MAX_KEEP_ALIVE = 600;

    @Override public String usage() { return Messages.get("shell.open.usage"); }
    @Override public String summary() { return Messages.get("shell.open.summary"); }
    @Override public String help() { return Messages.get("shell.open.help"); }

    @Override
    public List<String> candidates(List<String> before, String typed) {
        List<String> args = new java.util.ArrayList<>(before);
        if (!args.isEmpty() && args.get(args.size() - 1).equals(TRICKLE)) return List.of("16:5", "64:20", "512:100");
        if (!args.isEmpty() && args.get(args.size() - 1).equals(KEEP_ALIVE)) return List.of("60", "30", "120");
        // the mirror's options, each with its value, come before the host; those not given yet may still come
        List<String> unused = new java.util.ArrayList<>(List.of(TRICKLE, KEEP_ALIVE));
        for (String option : List.of(TRICKLE, KEEP_ALIVE)) {
            int at = args.indexOf(option);
            if (at >= 0) {
                args.remove(at);
                if (at < args.size()) args.remove(at);
                unused.remove(option);
            } else if (args.removeIf(a -> a.startsWith(option + "="))) {
                unused.remove(option);
            }
        }
        boolean mirrorOnly = unused.size() < 2;
        List<String> hosts = new java.util.ArrayList<>(mirrorOnly ? List.of("data.pr4e.org")
                : List.of("data.pr4e.org", "localhost", "127.0.0.1"));
        hosts.addAll(unused);
        return switch (args.size()) {
            case 0 -> hosts;
            case 1 -> List.of("80", "8080");
            default -> List.of();
        };
    }

    @Override
    public void run(List<String> given) throws UsageException {
        List<String> args = new java.util.ArrayList<>(given);
        Optional<Trickle> trickle = trickle(args);
        Optional<Duration> keepAlive = keepAlive(args);
        refuseUnknownOptions(args);
        if (args.isEmpty() || args.size() > 2) throw new UsageException(Messages.get("shell.open.needsHost"));
        var open = connection.wire();
        if (open.isPresent()) {
            out.error(Messages.get("shell.open.already", open.get().route().target().toString()));
            return;
        }
        // data.pr4e.org80: a top-level domain is letters only, so digits after it are a port without its space
        java.util.regex.Matcher joined = PORT_JOINED.matcher(args.get(0));
        if (args.size() == 1 && joined.matches()) {
            throw new UsageException(Messages.get("shell.open.portJoined", Escape.string(args.get(0)), joined.group(1),
                    joined.group(2)));
        }
        TypedAddress typed = TypedAddress.parse(args.get(0));
        String host = typed.host();
        int port = typed.port().orElse(typed.secure() ? TypedAddress.HTTPS_PORT : Target.HTTP_PORT);
        if (args.size() == 2) {
            try {
                port = Integer.parseInt(args.get(1));
            } catch (NumberFormatException e) {
                throw new UsageException(Messages.get("shell.open.badPort", args.get(1)));
            }
            if (port < 1 || port > 65_535) throw new UsageException(Messages.get("shell.open.badPort", args.get(1)));
        }
        Target target = new Target(host, port);
        if (trickle.isPresent() && !target.isMirrored()) throw new UsageException(Messages.get("shell.trickle.mirrorOnly"));
        if (keepAlive.isPresent() && !target.isMirrored()) {
            throw new UsageException(Messages.get("shell.keepAlive.mirrorOnly"));
        }
        // each open sets both afresh: a plain open is Apache's mirror again
        connection.mirror().pace(trickle.<ReplyPacing>map(t -> t).orElse(ReplyPacing.AT_ONCE));
        connection.mirror().keepAlive(keepAlive);
        Optional<String> mirrorOnly = mirrorReason(trickle, keepAlive);
        // a pasted https:// address: its port, said before connecting, since that port expects encryption first
        if (args.size() == 1 && typed.port().isEmpty() && typed.secure()) out.note(Messages.get("shell.open.https"));
        if (keyboard.interactive()) out.note(Messages.get("shell.open.connecting", target.host(), target.port()));
        Connector.Opened opened;
        try {
            opened = mirrorOnly.isPresent()
                    ? connect(() -> connection.connector().openMirror(target, mirrorOnly.get()))
                    : connect(() -> connection.connector().open(target));
        } catch (ConnectFailure e) {
            out.error(e.getMessage());
            return;
        }
        if (opened == null) return;
        connection.start(opened);
        // once a session: after that, two more rows on every open would push the step's text away
        if (!tipped) out.note(keyboard.interactive() ? Messages.get("shell.open.tip") : Messages.get("shell.open.tip.plain"));
        tipped = true;
        if (trickle.isPresent()) out.note(Messages.get("shell.trickle.tip"));
        // a pasted URL's path is not lost without a word: it belongs in the request the learner types next
        if (typed.path().length() > 1) out.note(Messages.get("shell.open.path", Escape.string(typed.path())));
        // a step that opens with --keep-alive (two requests on one connection): a plain open is told now, not when
        // the mirror's usual few idle seconds end the connection between the two requests
        stepOpen.get().filter(line -> keepAlive.isEmpty() && target.isMirrored()
                        && Arrays.stream(line.split("\\s+")).anyMatch(w -> w.startsWith(KEEP_ALIVE)))
                .ifPresent(line -> out.note(Messages.get("shell.open.stepKeepsAlive", line,
                        MirrorConfig.APACHE_KEEP_ALIVE.toSeconds())));
    }

    /**
     * Refuses a word written as an option that open does not have ({@code --keepalive 60}): else it would be taken
     * for the host, and the learner told only that a host is missing. A negative number is left to the port's check.
     */
    private static void refuseUnknownOptions(List<String> args) throws UsageException {
        for (String arg : args) {
            if (!arg.startsWith("-") || arg.length() < 2 || arg.matches("-\\d+")) continue;
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String typed = Escape.string(option);
            throw new UsageException(Suggest.closest(option, List.of(TRICKLE, KEEP_ALIVE))
                    .map(meant -> Messages.get("shell.open.unknownOption.didYouMean", typed, meant))
                    .orElseGet(() -> Messages.get("shell.open.unknownOption", typed)));
        }
    }

    /** Why only the built-in mirror will do, when an option asks for what only it can do; empty otherwise. */
    private static Optional<String> mirrorReason(Optional<Trickle> trickle, Optional<Duration> keepAlive) {
        Optional<String> slow = trickle.map(WireText::trickleReason);
        Optional<String> patient = keepAlive.map(WireText::keepAliveReason);
        if (slow.isPresent() && patient.isPresent()) return Optional.of(WireText.bothReasons(slow.get(), patient.get()));
        return slow.or(() -> patient);
    }

    /** Takes {@code --trickle BYTES:MILLIS} (or {@code --trickle=BYTES:MILLIS}) out of the arguments. */
    private static Optional<Trickle> trickle(List<String> args) throws UsageException {
        Optional<String> value = take(args, TRICKLE, Messages.get("shell.trickle.needsValue"));
        if (value.isEmpty()) return Optional.empty();
        try {
            return Optional.of(Trickle.parse(value.get()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Takes {@code --keep-alive SECONDS} (or {@code --keep-alive=SECONDS}) out of the arguments. */
    private static Optional<Duration> keepAlive(List<String> args) throws UsageException {
        Optional<String> value = take(args, KEEP_ALIVE, Messages.get("shell.keepAlive.needsValue"));
        if (value.isEmpty()) return Optional.empty();
        String typed = value.get().strip();
        if (!typed.matches("\\d{1,9}") || Integer.parseInt(typed) < 1 || Integer.parseInt(typed) > MAX_KEEP_ALIVE) {
            throw new UsageException(Messages.get("shell.keepAlive.bad", Escape.string(value.get()), MAX_KEEP_ALIVE));
        }
        return Optional.of(Duration.ofSeconds(Integer.parseInt(typed)));
    }

    /** Takes {@code option VALUE} (or {@code option=VALUE}) out of the arguments: the value, if the option was given. */
    private static Optional<String> take(List<String> args, String option, String needsValue) throws UsageException {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value;
            if (a.equals(option)) {
                if (i + 1 == args.size()) throw new UsageException(needsValue);
                value = args.remove(i + 1);
            } else if (a.startsWith(option + "=")) {
                value = a.substring(option.length() + 1);
            } else {
                continue;
            }
            args.remove(i);
            return Optional.of(value);
        }
        return Optional.empty();
    }

    /** How a connection is opened: through the connector's usual route or straight to the mirror. */
    private interface Opening {
        Connector.Opened open() throws ConnectFailure;
    }

    /** Connects off the shell thread so Ctrl-C can abandon a slow connect; null when cancelled. */
    private Connector.Opened connect(Opening opening) throws ConnectFailure {
        CompletableFuture<Connector.Opened> future = CompletableFuture.supplyAsync(() -> {
            try {
                return opening.open();
            } catch (ConnectFailure e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        keyboard.waitingOn(() -> future.cancel(true));
        try {
            return future.get();
        } catch (CancellationException e) {
            out.note(Messages.get("shell.cancelled"));
            future.whenComplete((o, t) -> {
                if (o != null) closeQuietly(o);
            });
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ConnectFailure f) throw f;
            throw new ConnectFailure(ConnectFailure.Kind.OTHER, String.valueOf(e.getCause().getMessage()), e);
        } finally {
            keyboard.waitingOn(null);
        }
    }

    private static void closeQuietly(Connector.Opened o) {
        try {
            o.socket().close();
        } catch (java.io.IOException ignored) {
            // the learner already gave up on this connection
        }
    }
}
