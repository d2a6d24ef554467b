package org.wiretutor.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Slow clients cannot starve the others, and a thousand at once all get their answer. */
class MirrorLoadTest {
    private static final byte[] GOOD = "GET /romeo.txt HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private static String fetch(int port) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(GOOD);
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void fiveHundredSlowlorisConnectionsDoNotDelayANormalRequest() throws Exception {
        try (MirrorServer server = MirrorServer.start(MirrorConfig.loopback().withRequestTimeout(Duration.ofSeconds(20)))) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 500; i++) {
                    Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
                    s.getOutputStream().write("GET /romeo.txt HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                    slow.add(s);
                }
                long start = System.nanoTime();
                String reply = fetch(server.port());
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertTrue(reply.startsWith("HTTP/1.1 200 OK\r\n"), reply);
                assertTrue(millis < 1_000, "answered in " + millis + " ms with 500 slow connections open");
            } finally {
                for (Socket s : slow) s.close();
            }
        }
    }

    @Test
    void aThousandConcurrentClientsAllGetTheirAnswer() throws Exception {
        int clients = 1_000;
        try (MirrorServer server = MirrorServer.start(MirrorConfig.loopback())) {
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            CountDownLatch go = new CountDownLatch(1);
            AtomicInteger ok = new AtomicInteger();
            List<Future<?>> done = new ArrayList<>();
            try {
                for (int i = 0; i < clients; i++) {
                    done.add(pool.submit(() -> {
                        go.await();
                        if (fetch(server.port()).startsWith("HTTP/1.1 200 OK\r\n")) ok.incrementAndGet();
                        return null;
                    }));
                }
                go.countDown();
                List<Throwable> errors = new ArrayList<>();
                for (Future<?> f : done) {
                    try {
                        f.get(60, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException e) {
                        errors.add(e.getCause());
                    }
                }
                assertEquals(List.of(), errors.stream().map(Throwable::toString).distinct().toList());
                assertEquals(clients, ok.get());
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
