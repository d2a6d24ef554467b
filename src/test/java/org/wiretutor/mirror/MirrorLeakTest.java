package org.wiretutor.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** After close(), a mirror that served good, bad and unfinished requests leaves no thread and no socket behind. */
class MirrorLeakTest {
    private static long mirrorThreads(int port) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("mirror-" + port + "-")).count();
    }

    @Test
    void closingLeavesNoThreadsAndNoOpenPort() throws Exception {
        MirrorServer server = MirrorServer.start(MirrorConfig.loopback().withRequestTimeout(Duration.ofSeconds(5)));
        int port = server.port();
        List<Socket> unfinished = new ArrayList<>();
        String[] requests = {"GET /romeo.txt HTTP/1.0\r\n\r\n", "hello there\r\n\r\n", "GET /romeo.txt HTTP/1.0\n\n",
                "GET /romeo.txt HTTP/1.1\r\nHost: x\r\n\r\n", "\u0000\u00ff garbage"};
        for (int i = 0; i < 100; i++) {
            Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
            s.getOutputStream().write(requests[i % requests.length].getBytes(StandardCharsets.ISO_8859_1));
            if (i % 3 == 0 || i % requests.length == 4) {
                unfinished.add(s);   // left open, mid-request or kept alive, when the server closes
            } else {
                s.getInputStream().read(new byte[64]);
                s.close();
            }
        }
        server.close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (mirrorThreads(port) > 0 && System.nanoTime() < deadline) {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("mirror-" + port + "-")) t.join(100);
            }
        }
        assertEquals(0, mirrorThreads(port), "mirror threads still alive after close()");
        for (Socket s : unfinished) {
            s.setSoTimeout(5_000);
            try {
                s.getInputStream().readAllBytes();   // whatever was answered, then the end: the server closed its side
            } catch (java.net.SocketTimeoutException stillOpen) {
                throw new AssertionError("a connection was still open 5 s after close()");
            } catch (IOException reset) {
                // a reset is a close too
            }
            s.close();
        }
        assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close());
    }
}
