package org.wiretutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wiretutor.shell.ScriptedShellTest.assertShows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.wire.WaitPolicy;

/** {@code open --trickle}: the shell's own mirror sends a reply in pieces, and show reads and replay show them. */
class TrickleShellTest {
    @TempDir
    Path home;

    private static final Pattern READS = Pattern.compile("The reply arrived in (\\d+) reads, (\\d+) bytes");

    private String run(String script) {
        ShellOptions options = ShellOptions.defaults(home, "test").withColour(false).withOffline(true)
                .withClock(java.time.Clock.fixed(java.time.Instant.parse("2026-01-05T10:00:00Z"),
                        java.time.ZoneOffset.UTC))
                .withDialer(ScriptedShellTest.NO_NETWORK)
                .withWaits(new WaitPolicy(Duration.ofMillis(400), Duration.ofSeconds(2), Duration.ofMillis(300)))
                .withMirror(MirrorConfig.loopback().withRequestTimeout(Duration.ofSeconds(2))
                        .withKeepAliveTimeout(Duration.ofSeconds(2)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Shells.script(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), options);
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** How many reads the reply took and how many bytes they brought, from show reads. */
    private static int[] reads(String out) {
        Matcher m = READS.matcher(out);
        assertTrue(m.find(), out);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    @Test
    void a_trickled_reply_shows_as_many_reads_with_the_same_bytes() {
        String request = "GET /romeo.txt HTTP/1.0\n\n~show reads\n~close\n";
        int[] fast = reads(run("open data.pr4e.org\n" + request));
        String out = run("open --trickle 16:10 data.pr4e.org\n" + request);
        int[] slow = reads(out);
        assertShows(out, "because you asked for --trickle 16:10: it sends each reply in writes of 16 bytes, 10 ms apart");
        assertShows(out, "show reads lists each piece");
        assertEquals(fast[1], slow[1], "the same reply, byte for byte in length");
        assertTrue(slow[0] >= 5 && slow[0] > fast[0], "reads: " + slow[0] + " against " + fast[0] + "\n" + out);
        assertShows(out, "read 2 after");
        assertShows(out, "read 5 after");
        String hex = "GET /romeo.txt HTTP/1.0\n\n~show hex\n";
        assertEquals(received(run("open data.pr4e.org\n" + hex)), received(run("open --trickle 16:5 data.pr4e.org\n"
                + hex)), "show hex: the same bytes");
    }

    /** What show hex printed, from its first row of received bytes on. */
    private static String received(String out) {
        int at = out.indexOf("Received");
        assertTrue(at >= 0, out);
        return out.substring(at);
    }

    @Test
    void replay_plays_the_trickled_pieces_back() {
        String out = run("open --trickle=32:20 data.pr4e.org 80\nGET /romeo.txt HTTP/1.0\n\n~replay 1\n");
        Matcher m = Pattern.compile("1 times slower \\((\\d+) bytes in (\\d+) reads\\)").matcher(out);
        assertTrue(m.find(), out);
        int bytes = Integer.parseInt(m.group(1));
        int reads = Integer.parseInt(m.group(2));
        // 17 writes 20 ms apart; the shell draws each read before taking the next, so a slow first drawing
        // may join a few
        assertTrue(reads >= 3, reads + " reads of " + bytes + " bytes\n" + out);
        assertShows(out, "[read 3: ");
        assertShows(out, "But soft what light through yonder window breaks");
    }

    @Test
    void the_next_open_without_trickle_is_fast_again() {
        String out = run("open --trickle 16:5 data.pr4e.org\nGET /romeo.txt HTTP/1.0\n\n~close\n"
                + "open data.pr4e.org\nGET /romeo.txt HTTP/1.0\n\n~show reads\n");
        Matcher m = READS.matcher(out);
        assertTrue(m.find(), out);
        int reads = Integer.parseInt(m.group(1));
        assertTrue(reads < 5, "the second reply came in " + reads + " reads:\n" + out);
    }

    @Test
    void bad_trickles_get_a_plain_message_and_connect_nowhere() {
        String out = run("open --trickle 0:5 data.pr4e.org\nopen --trickle data.pr4e.org\n"
                + "open --trickle 16:5 example.com\nopen --trickle\n");
        assertShows(out, "0:5: trickle wants BYTES:MILLIS, such as 16:5");
        assertShows(out, "from 1 to 65536, MILLIS from 0 to 5000");
        assertShows(out, "data.pr4e.org: trickle wants BYTES:MILLIS");
        assertShows(out, "--trickle slows the built-in mirror's replies, so it works only with a host the mirror "
                + "stands in for");
        assertShows(out, "--trickle needs BYTES:MILLIS after it");
        assertShows(out, "open [OPTIONS] HOST [PORT]");
        assertFalse(out.contains("Connected"), out);
        assertFalse(out.contains("Exception"), out);
    }

    @Test
    void help_and_completion_know_trickle() {
        String help = run("help open\n");
        assertShows(help, "open --trickle 16:5 data.pr4e.org");
        assertTrue(complete("open ").contains("--trickle"));
        assertEquals(List.of("16:5", "64:20", "512:100"), complete("open --trickle "));
        // only the mirror trickles: its host, and the mirror's other option
        assertEquals(List.of("data.pr4e.org", "--keep-alive"), complete("open --trickle 16:5 "));
        assertTrue(complete("open --trickle 16:5 data.pr4e.org ").contains("80"));
        assertTrue(complete("open data.pr4e.org ").contains("80"));
    }

    private List<String> complete(String line) {
        return ShellCompleterTest.complete(ShellCompleterTest.completer(home, ShellOptions.Running.standard(), false,
                "help", "open"), line);
    }
}
