import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The slowloris load for bench/slowloris.sh: holds SLOW connections open against a server, each sending one more
 * header byte every few seconds and never the blank line (a connection the server closes is opened again, as a
 * real slowloris does), while a normal client sends one GET /romeo.txt HTTP/1.0 on a fresh connection every
 * 20 ms for SECONDS seconds. The slow connections come from 127.0.0.2 and up, at most PER_ADDRESS from each, as a
 * classroom's students come from different machines; the normal client comes from 127.0.0.1.
 *
 * <pre>java SlowClients.java PORT SLOW SECONDS [PER_ADDRESS] [TRICKLE_MILLIS]</pre>
 *
 * Prints one line of key=value figures for the script to read: slow connections opened, failed, still held at
 * the end, reopened; normal requests sent, answered 200, over one second, failed; latency p50, p99 and max in ms.
 */
public final class SlowClients {

    private static final byte[] START = "GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\r\nX-Slow: "
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NORMAL = "GET /romeo.txt HTTP/1.0\r\nHost: data.pr4e.org\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final InetSocketAddress server;
    private final int perAddress;
    private final SocketChannel[] slow;
    private volatile boolean running = true;
    private int failedConnects;
    private int reopened;

    private SlowClients(InetSocketAddress server, int count, int perAddress) {
        this.server = server;
        this.perAddress = perAddress;
        this.slow = new SocketChannel[count];
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int count = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int perAddress = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        long trickleMillis = args.length > 4 ? Long.parseLong(args[4]) : 3000;
        SlowClients load = new SlowClients(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), count,
                perAddress);
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            load.open(i);
        }
        long connectMillis = (System.nanoTime() - t0) / 1_000_000;
        Thread trickle = new Thread(() -> load.trickle(trickleMillis), "trickle");
        trickle.setDaemon(true);
        trickle.start();
        List<Long> latencies = new ArrayList<>();
        int sent = 0;
        int ok = 0;
        int failed = 0;
        int overSecond = 0;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long next = System.nanoTime();
        while (System.nanoTime() < end) {
            sent++;
            long start = System.nanoTime();
            String status = normalRequest(load.server);
            long micros = (System.nanoTime() - start) / 1000;
            latencies.add(micros);
            if (status.equals("200")) {
                ok++;
            } else {
                failed++;
            }
            if (micros >= 1_000_000) {
                overSecond++;
            }
            next += 20_000_000L;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        load.running = false;
        int held = load.countHeld();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.println(String.format(Locale.ROOT,
                "connect_ms=%d slow=%d connect_failed=%d held=%d reopened=%d sent=%d ok=%d failed=%d over_1s=%d "
                        + "p50_ms=%.2f p99_ms=%.2f max_ms=%.2f",
                connectMillis, count, load.failedConnects, held, load.reopened, sent, ok, failed, overSecond,
                rank(sorted, 50) / 1000.0, rank(sorted, 99) / 1000.0,
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0));
        for (SocketChannel s : load.slow) {
            if (s != null) {
                s.close();
            }
        }
    }

    /** Nearest-rank percentile. */
    private static long rank(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** Opens slow connection {@code i} from its own loopback address and sends the start of a head. */
    private void open(int i) {
        int host = 2 + i / perAddress;
        SocketChannel s = null;
        try {
            s = SocketChannel.open();
            s.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, (byte) (host >> 16),
                    (byte) (host >> 8), (byte) host}), 0));
            s.socket().connect(server, 3000);
            s.write(ByteBuffer.wrap(START));
            s.configureBlocking(false);
            slow[i] = s;
        } catch (IOException e) {
            failedConnects++;
            slow[i] = null;
            if (s != null) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // gone anyway
                }
            }
        }
    }

    /** Every few seconds: one more header byte on each slow connection; a closed one is opened again. */
    private void trickle(long everyMillis) {
        while (running) {
            try {
                Thread.sleep(everyMillis);
            } catch (InterruptedException e) {
                return;
            }
            for (int i = 0; i < slow.length && running; i++) {
                if (!held(slow[i]) || !send(slow[i])) {
                    if (slow[i] != null) {
                        try {
                            slow[i].close();
                        } catch (IOException ignored) {
                            // gone anyway
                        }
                    }
                    reopened++;
                    open(i);
                }
            }
        }
    }

    /** Whether one more byte went out. */
    private static boolean send(SocketChannel s) {
        try {
            return s.write(ByteBuffer.wrap(new byte[] {'x'})) == 1;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the server has neither answered (408, 503) nor closed the connection. */
    private static boolean held(SocketChannel s) {
        if (s == null) {
            return false;
        }
        try {
            return s.read(ByteBuffer.allocate(1)) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private int countHeld() {
        int count = 0;
        for (SocketChannel s : slow) {
            if (held(s)) {
                count++;
            }
        }
        return count;
    }

    /** One normal request on a fresh connection; its status code, or a short reason it failed. */
    private static String normalRequest(InetSocketAddress server) {
        try (Socket s = new Socket()) {
            s.connect(server, 5000);
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(NORMAL);
            InputStream in = s.getInputStream();
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            in.transferTo(reply);
            String text = reply.toString(StandardCharsets.ISO_8859_1);
            if (!text.startsWith("HTTP/1.1 ") || text.length() < 12) {
                return "none";
            }
            return text.substring(9, 12);
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        }
    }
}
