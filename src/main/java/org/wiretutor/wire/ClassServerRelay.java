package org.wiretutor.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.wiretutor.http.core.RequestParser;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.text.Escape;

/**
 * A loopback relay between a course program the learner runs and the class server: every byte goes on to the class
 * server unchanged (so the teacher's log and live view see the program's requests), and each request head is also
 * reported here as the built-in mirror reports what it receives, so {@code run} can show the exact bytes and lesson
 * steps can judge them. Lives for one run.
 */
public final class ClassServerRelay implements AutoCloseable {
    /** Opens a new connection to the class server. */
    @FunctionalInterface
    public interface Upstream {
        Socket open() throws ConnectFailure;
    }

    private final ServerSocket listener;
    private final Upstream upstream;
    private final Clock clock;
    private final Consumer<LogEntry> heard;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicReference<String> failure = new AtomicReference<>();
    private final Thread acceptor;

    private ClassServerRelay(ServerSocket listener, Upstream upstream, Clock clock, Consumer<LogEntry> heard) {
        this.listener = listener;
        this.upstream = upstream;
        this.clock = clock;
        this.heard = heard;
        this.acceptor = new Thread(this::accept, "class-server-relay");
        acceptor.setDaemon(true);
    }

    /** Listens on a free loopback port; {@code heard} is told each request head as it completes. */
    public static ClassServerRelay start(Upstream upstream, Clock clock, Consumer<LogEntry> heard) throws IOException {
        ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        ClassServerRelay relay = new ClassServerRelay(listener, upstream, clock, heard);
        relay.acceptor.start();
        return relay;
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    /** Why the class server could not be reached for some connection of this run, in the learner's words. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure.get());
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket program = listener.accept();
                open.add(program);
                Thread t = new Thread(() -> relay(program, connections.incrementAndGet()), "class-server-relay-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;   // closed
            }
        }
    }

    private void relay(Socket program, long number) {
        Socket server;
        try {
            server = upstream.open();
        } catch (ConnectFailure e) {
            failure.compareAndSet(null, e.getMessage());
            closeQuietly(program);
            return;
        }
        open.add(server);
        Thread back = new Thread(() -> pump(server, program, null), "class-server-relay-back");
        back.setDaemon(true);
        back.start();
        Heads heads = new Heads(head -> heard.accept(entry(program, number, head)));
        pump(program, server, heads);
        heads.end().ifPresent(partial -> heard.accept(entry(program, number, partial)));
    }

    /** Copies until the end of input, then half-closes the other side so its reader sees the end too. */
    private static void pump(Socket from, Socket to, Heads heads) {
        byte[] buffer = new byte[8192];
        try {
            // the streams stay open: closing one would close its socket while the other direction still runs
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (heads != null) heads.accept(buffer, n);
                out.write(buffer, 0, n);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            closeQuietly(to);
        }
    }

    private LogEntry entry(Socket program, long number, byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String first = text.lines().filter(l -> !l.isEmpty() && !l.equals("\r")).findFirst().orElse("");
        if (first.endsWith("\r")) first = first.substring(0, first.length() - 1);
        byte[] line = first.getBytes(StandardCharsets.ISO_8859_1);
        return new LogEntry(clock.instant(), (InetSocketAddress) program.getRemoteSocketAddress(),
                Escape.wire(line, 0, line.length), 0, 0, RequestParser.diagnose(head), number, head);
    }

    @Override
    public void close() {
        closeQuietly(listener);
        open.forEach(ClassServerRelay::closeQuietly);
        try {
            acceptor.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing is all that is left to do
        }
    }

    /**
     * Finds where each request head ends in a stream of bytes, as a server reads them: empty lines before a request
     * line belong to its head, the first empty line after it ends the head, and a Content-Length body that follows
     * is passed over rather than read as the next head.
     */
    static final class Heads {
        private final Consumer<byte[]> done;
        private final ByteArrayOutputStream head = new ByteArrayOutputStream();
        private int lineStart;
        private boolean requestLineSeen;
        private long bodyLeft;

        Heads(Consumer<byte[]> done) {
            this.done = done;
        }

        void accept(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                if (bodyLeft > 0) {
                    bodyLeft--;
                    continue;
                }
                byte b = bytes[i];
                if (head.size() < LogEntry.MAX_HEAD) head.write(b);
                if (b != '\n') continue;
                byte[] sofar = head.toByteArray();
                int end = sofar.length - 1;
                if (end > lineStart && sofar[end - 1] == '\r') end--;
                boolean empty = end == lineStart;
                lineStart = sofar.length;
                if (!empty) {
                    requestLineSeen = true;
                } else if (requestLineSeen) {
                    bodyLeft = contentLength(sofar);
                    done.accept(sofar);
                    head.reset();
                    lineStart = 0;
                    requestLineSeen = false;
                }
            }
        }

        /** What was left when the program stopped sending: a request it never finished, if any. */
        Optional<byte[]> end() {
            return requestLineSeen || head.size() > 0 && bodyLeft == 0 && hasText()
                    ? Optional.of(head.toByteArray()) : Optional.empty();
        }

        private boolean hasText() {
            for (byte b : head.toByteArray()) {
                if (b != '\r' && b != '\n') return true;
            }
            return false;
        }

        private static long contentLength(byte[] head) {
            for (String line : new String(head, StandardCharsets.ISO_8859_1).split("\n")) {
                String l = line.strip().toLowerCase(Locale.ROOT);
                if (l.startsWith("content-length:")) {
                    try {
                        return Math.max(0, Long.parseLong(l.substring("content-length:".length()).strip()));
                    } catch (NumberFormatException e) {
                        return 0;
                    }
                }
            }
            return 0;
        }
    }
}
