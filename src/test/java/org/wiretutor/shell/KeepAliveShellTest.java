package org.wiretutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wiretutor.shell.ScriptedShellTest.assertShows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.wire.Dialer;
import org.wiretutor.wire.WaitPolicy;

/**
 * {@code open --keep-alive SECONDS}: the shell's own mirror waits that long for the next request and says so in its
 * Keep-Alive header, even when the network is up; a plain open is Apache's mirror again.
 */
class KeepAliveShellTest {
    @TempDir
    Path home;

    private static final String KEEP_ALIVE_REQUEST = "GET /romeo.txt HTTP/1.1\nHost: data.pr4e.org\n"
            + "Connection: keep-alive\n\n";

    private String run(String script, Dialer dialer, boolean offline) {
        ShellOptions options = ShellOptions.defaults(home, "test").withColour(false).withOffline(offline)
                .withClock(java.time.Clock.fixed(java.time.Instant.parse("2026-01-05T10:00:00Z"),
                        java.time.ZoneOffset.UTC))
                .withDialer(dialer)
                .withWaits(new WaitPolicy(Duration.ofMillis(400), Duration.ofSeconds(2), Duration.ofMillis(300)))
                .withMirror(MirrorConfig.loopback().withRequestTimeout(Duration.ofSeconds(2))
                        .withKeepAliveTimeout(Duration.ofSeconds(2)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Shells.script(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), options);
        assertEquals(0, code);
        String text = out.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("Exception"), text);
        return text;
    }

    private String run(String script) {
        return run(script, ScriptedShellTest.NO_NETWORK, true);
    }

    @Test
    void the_mirror_stands_in_with_the_timeout_asked_for_and_its_header_says_so() {
        String out = run("open --keep-alive 60 data.pr4e.org 80\n" + KEEP_ALIVE_REQUEST + "~close\n");
        assertShows(out, "Connected to the built-in mirror of data.pr4e.org");
        assertShows(out, "because you asked for --keep-alive 60: after each reply it waits 60 s for your next "
                + "request on the same connection, where data.pr4e.org's Apache waits 5 s; a reply to Connection: "
                + "keep-alive says so, Keep-Alive: timeout=60");
        assertShows(out, "← Keep-Alive: timeout=60, max=100\\r\\n");
        // the next plain open is the mirror as configured (here 2 s, as a test's is)
        String again = run("open --keep-alive=60 data.pr4e.org\n" + KEEP_ALIVE_REQUEST + "~close\n"
                + "open data.pr4e.org 80\n" + KEEP_ALIVE_REQUEST + "~close\n");
        assertShows(again, "← Keep-Alive: timeout=60, max=100\\r\\n");
        assertShows(again, "← Keep-Alive: timeout=2, max=100\\r\\n");
    }

    @Test
    void with_the_network_up_keep_alive_still_goes_to_the_mirror() throws Exception {
        AtomicInteger real = new AtomicInteger();
        try (ServerSocket network = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Dialer up = (host, port, timeout) -> {
                if (host.equals("127.0.0.1")) return Dialer.SYSTEM.dial(host, port, timeout);
                real.incrementAndGet();
                return Dialer.SYSTEM.dial("127.0.0.1", network.getLocalPort(), timeout);
            };
            String out = run("open --keep-alive 30 data.pr4e.org\n" + KEEP_ALIVE_REQUEST + "~close\n", up, false);
            assertShows(out, "Connected to the built-in mirror of data.pr4e.org");
            assertShows(out, "because you asked for --keep-alive 30");
            assertShows(out, "← Keep-Alive: timeout=30, max=100\\r\\n");
            assertEquals(0, real.get(), "the network was not dialled");
        }
    }

    @Test
    void trickle_and_keep_alive_together_give_both_reasons() {
        String out = run("open --trickle 64:1 --keep-alive 45 data.pr4e.org\n" + KEEP_ALIVE_REQUEST + "~close\n");
        assertShows(out, "because you asked for --trickle 64:1: it sends each reply in writes of 64 bytes, 1 ms apart, "
                + "and you asked for --keep-alive 45");
        assertShows(out, "← Keep-Alive: timeout=45, max=100\\r\\n");
    }

    @Test
    void bad_keep_alives_get_a_plain_message_and_connect_nowhere() {
        String out = run("open --keep-alive 0 data.pr4e.org\nopen --keep-alive 601 data.pr4e.org\n"
                + "open --keep-alive soon data.pr4e.org\nopen --keep-alive 60 example.com\nopen --keep-alive\n");
        assertShows(out, "0: --keep-alive wants SECONDS, a whole number from 1 to 600, e.g. --keep-alive 60.");
        assertShows(out, "601: --keep-alive wants SECONDS");
        assertShows(out, "soon: --keep-alive wants SECONDS");
        assertShows(out, "--keep-alive sets how long the built-in mirror waits for your next request, so it works "
                + "only with a host the mirror stands in for");
        assertShows(out, "--keep-alive needs SECONDS after it");
        assertShows(out, "open [OPTIONS] HOST [PORT]");
        assertFalse(out.contains("Connected"), out);
    }

    @Test
    void help_and_completion_know_keep_alive() {
        String help = run("help open\n");
        assertShows(help, "open --keep-alive 60 data.pr4e.org 80");
        assertShows(help, "Keep-Alive: timeout=SECONDS");
        assertTrue(complete("open ").containsAll(List.of("--trickle", "--keep-alive")));
        assertEquals(List.of("60", "30", "120"), complete("open --keep-alive "));
        assertEquals(List.of("data.pr4e.org", "--trickle"), complete("open --keep-alive 60 "));
        assertEquals(List.of("data.pr4e.org"), complete("open --keep-alive 60 --trickle 16:5 "));
        assertEquals(List.of("data.pr4e.org"), complete("open --trickle=16:5 --keep-alive=60 "));
        assertTrue(complete("open --keep-alive 60 data.pr4e.org ").contains("80"));
    }

    private List<String> complete(String line) {
        return ShellCompleterTest.complete(ShellCompleterTest.completer(home, ShellOptions.Running.standard(), false,
                "help", "open"), line);
    }
}
