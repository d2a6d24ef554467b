package org.wiretutor.mirror;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The observer API: what a live view is told about each connection, over real loopback sockets. */
class ObserverTest {

    final BlockingQueue<ConnectionEvent> events = new LinkedBlockingQueue<>();
    MirrorServer server;

    @BeforeEach
    void start() throws IOException {
        server = MirrorServer.start(MirrorConfig.loopback()
                .withRequestTimeout(Duration.ofMillis(400))
                .withKeepAliveTimeout(Duration.ofMillis(300))
                .withObserver(events::add));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ConnectionEvent next() throws InterruptedException {
        ConnectionEvent e = events.poll(5, TimeUnit.SECONDS);
        assertNotNull(e, "no event within 5 s");
        return e;
    }

    private <T extends ConnectionEvent> T next(Class<T> type) throws InterruptedException {
        return assertInstanceOf(type, next());
    }

    @Test
    void a_request_trickled_byte_by_byte_arrives_in_order_one_read_per_byte() throws Exception {
        byte[] request = "GET /romeo.txt HTTP/1.0\r\nHost: data.pr4e.org\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        try (Wire w = new Wire(server)) {
            ConnectionEvent.Opened opened = next(ConnectionEvent.Opened.class);
            assertEquals(1, opened.connection());
            assertTrue(opened.client().getAddress().isLoopbackAddress());
            ByteArrayOutputStream seen = new ByteArrayOutputStream();
            for (byte b : request) {
                w.send(new byte[] {b});
                // the next byte goes only once this one was reported, so every byte is its own read
                ConnectionEvent.Received received = next(ConnectionEvent.Received.class);
                assertEquals(1, received.connection());
                assertArrayEquals(new byte[] {b}, received.bytes());
                seen.write(received.bytes());
            }
            assertArrayEquals(request, seen.toByteArray());
            ConnectionEvent.Answered answered = next(ConnectionEvent.Answered.class);
            assertEquals(200, answered.status());
            assertArrayEquals(request, answered.head());
            assertTrue(w.readToClose().startsWith("HTTP/1.1 200 OK"));
        }
        assertEquals(new ConnectionEvent.Closed(1, ConnectionEnd.SERVED), next());
    }

    @Test
    void a_request_without_its_blank_line_is_answered_408_and_closed_as_timed_out() throws Exception {
        String partial = "GET /romeo.txt HTTP/1.0\r\nHost: data.pr4e.org\r\n";
        try (Wire w = new Wire(server)) {
            w.send(partial);
            assertTrue(w.readToClose().startsWith("HTTP/1.1 408 Request Timeout"));
        }
        next(ConnectionEvent.Opened.class);
        expectReceived(partial);
        ConnectionEvent.Answered answered = next(ConnectionEvent.Answered.class);
        assertEquals(408, answered.status());
        assertEquals(partial, new String(answered.head(), StandardCharsets.ISO_8859_1));
        ConnectionEvent.Refused refused = next(ConnectionEvent.Refused.class);
        assertEquals(RefusalReason.SLOW_HEAD, refused.reason());
        assertEquals(408, refused.reason().status());
        assertEquals("no blank line before timeout", refused.note());
        assertEquals(new ConnectionEvent.Closed(1, ConnectionEnd.TIMED_OUT), next());
    }

    @Test
    void pipelined_requests_are_reported_head_by_head() throws Exception {
        String first = "GET /romeo.txt HTTP/1.1\r\nHost: x\r\n\r\n";
        String second = "HEAD /romeo.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        try (Wire w = new Wire(server)) {
            w.send(first + second);
            w.readToClose();
        }
        next(ConnectionEvent.Opened.class);
        expectReceived(first);
        assertEquals(200, next(ConnectionEvent.Answered.class).status());
        expectReceived(second);
        assertEquals(200, next(ConnectionEvent.Answered.class).status());
        assertEquals(new ConnectionEvent.Closed(1, ConnectionEnd.SERVED), next());
    }

    @Test
    void a_client_leaving_mid_request_is_gone_and_a_silent_one_is_idle() throws Exception {
        try (Wire w = new Wire(server)) {
            w.send("GET /romeo.txt HTT");
            next(ConnectionEvent.Opened.class);
            expectReceived("GET /romeo.txt HTT");
        }
        assertEquals(new ConnectionEvent.Closed(1, ConnectionEnd.CLIENT_GONE), next());
        try (Wire w = new Wire(server)) {
            next(ConnectionEvent.Opened.class);
            assertEquals(-1, w.socket.getInputStream().read(), "closed after the request timeout");
        }
        assertEquals(new ConnectionEvent.Closed(2, ConnectionEnd.IDLE), next());
    }

    /** Received events until {@code text} has arrived in full; fails if they bring anything else. */
    private void expectReceived(String text) throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (bytes.size() < text.length()) {
            bytes.writeBytes(next(ConnectionEvent.Received.class).bytes());
        }
        assertEquals(text, bytes.toString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void a_slow_observer_never_blocks_the_queue_and_drops_are_counted_then_reported() throws Exception {
        CountDownLatch inObserver = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<ConnectionEvent> seen = new ArrayList<>();
        CountDownLatch delivered = new CountDownLatch(4);
        EventQueue queue = new EventQueue(e -> {
            inObserver.countDown();
            awaitQuietly(release);
            synchronized (seen) {
                seen.add(e);
            }
            delivered.countDown();
        }, 2, "test-observer");
        try {
            queue.offer(new ConnectionEvent.Closed(1, ConnectionEnd.SERVED));
            assertTrue(inObserver.await(5, TimeUnit.SECONDS));
            for (long n = 2; n <= 6; n++) {
                queue.offer(new ConnectionEvent.Closed(n, ConnectionEnd.SERVED));
            }
            assertEquals(3, queue.dropped());
            release.countDown();
            assertTrue(delivered.await(5, TimeUnit.SECONDS));
            synchronized (seen) {
                assertEquals(List.of(new ConnectionEvent.Closed(1, ConnectionEnd.SERVED), new ConnectionEvent.Dropped(3),
                        new ConnectionEvent.Closed(2, ConnectionEnd.SERVED),
                        new ConnectionEvent.Closed(3, ConnectionEnd.SERVED)), seen.subList(0, 4));
            }
        } finally {
            queue.close();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
