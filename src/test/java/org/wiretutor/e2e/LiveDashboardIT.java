package org.wiretutor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --live} on a real terminal (tmux, 80x24) as the projector shows it: after a burst of 400 requests,
 * 100 of them ending in a bare LF, the counts pinned at the bottom of the VISIBLE screen say so exactly; a long
 * line keeps its tag on every row; Ctrl-C leaves the closing summary on the screen.
 */
class LiveDashboardIT {
    private static final AtomicInteger RUNS = new AtomicInteger();

    @TempDir
    Path dir;
    private final Tmux tmux = new Tmux("wiretutor-live-" + ProcessHandle.current().pid() + "-" + RUNS.incrementAndGet(),
            "live");

    @BeforeEach
    void needTmux() {
        Assumptions.assumeTrue(Jar.onPath("tmux"), "tmux is not installed");
    }

    @AfterEach
    void kill() throws Exception {
        if (Jar.onPath("tmux")) tmux.killServer();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /**
     * Opens all connections, sends every request, then reads every reply to its end. The connections come from
     * {@code clients} addresses in turn (127.0.0.2 and up, as students' machines would be; all of 127/8 is this
     * machine), so none holds more than the server allows one address (64).
     */
    private static void burst(int port, List<String> requests, int clients) throws Exception {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < requests.size(); i++) {
                InetAddress from = clients == 0 ? InetAddress.getLoopbackAddress()
                        : InetAddress.getByName("127.0.0." + (2 + i % clients));
                Socket s = new Socket(InetAddress.getLoopbackAddress(), port, from, 0);
                s.setSoTimeout(20_000);
                sockets.add(s);
            }
            for (int i = 0; i < requests.size(); i++) {
                sockets.get(i).getOutputStream().write(requests.get(i).getBytes(StandardCharsets.ISO_8859_1));
            }
            for (Socket s : sockets) {
                assertTrue(new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1)
                        .startsWith("HTTP/1.1 "));
            }
        } finally {
            for (Socket s : sockets) s.close();
        }
    }

    /** The visible rows, trailing blank rows dropped. */
    private List<String> rows() throws Exception {
        List<String> rows = new ArrayList<>(Arrays.asList(tmux.screen().split("\n", -1)));
        while (!rows.isEmpty() && rows.get(rows.size() - 1).isBlank()) rows.remove(rows.size() - 1);
        return rows;
    }

    @Test
    void the_pinned_counts_say_400_and_100_and_ctrl_c_prints_the_summary() throws Exception {
        int port = freePort();
        tmux.start(80, 24, "WIRETUTOR_HOME=" + dir.resolve("home") + " "
                + String.join(" ", Jar.command("serve", "--live", "--port", Integer.toString(port))));
        tmux.awaitVisible("Serving the data.pr4e.org mirror", 20);

        List<String> requests = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            requests.add(i % 4 == 0 ? "GET /romeo.txt HTTP/1.0\r\n\n" : "GET /romeo.txt HTTP/1.0\r\n\r\n");
        }
        burst(port, requests, 8);
        tmux.awaitVisible("so far: 400 requests · 100 bare LF", 30);
        List<String> rows = rows();
        assertEquals(24, tmux.screen().split("\n", -1).length - 1, "a full 80x24 screen");
        assertEquals("so far: 400 requests · 100 bare LF", rows.get(rows.size() - 1).strip(), String.join("\n", rows));
        assertTrue(rows.get(rows.size() - 2).startsWith("127.0.0."), String.join("\n", rows));

        String target = "/" + "w".repeat(150);
        burst(port, List.of("GET " + target + " HTTP/1.0\r\n\r\n"), 0);
        tmux.awaitVisible("so far: 401 requests · 100 bare LF · 1 not found", 30);
        List<String> after = rows();
        // the client rows, pinned above the counts: 127.0.0.1's is the one that asked for /www…
        String pinnedRow = after.subList(Math.max(0, after.size() - 10), after.size() - 1).stream()
                .filter(r -> r.startsWith("127.0.0.1 ")).findFirst().orElse(String.join("\n", after));
        assertTrue(pinnedRow.startsWith("127.0.0.1       GET /www") && pinnedRow.contains("404 Not Found · not found"),
                pinnedRow);
        // the log scrolls above a blank row; the client rows and the counts are pinned below it
        int pinned = after.lastIndexOf("");
        assertTrue(pinned > 0, "a blank row between the log and the pinned rows:\n" + String.join("\n", after));
        for (String row : after.subList(0, pinned)) {
            if (row.contains("www")) {
                assertTrue(row.matches("#\\d+ .*"), "a wrapped row lost its tag: " + row + "\n" + tmux.screen());
            }
        }

        tmux.keys("C-c");
        String screen = tmux.awaitVisible("Mistakes: 100 bare LF · 1 not found", 20);
        assertTrue(Tmux.prose(screen).contains(": 401 requests from 9 clients."), screen);
        assertTrue(screen.contains("Clients, most recent first:"), screen);
    }
}
