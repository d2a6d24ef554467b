package org.wiretutor.shell.screen;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.shell.ScriptedShellTest;
import org.wiretutor.shell.ShellOptions;
import org.wiretutor.shell.Shells;
import org.wiretutor.wire.WaitPolicy;

/** Presenter mode, accessible output and replay, as a script drives them. */
class DisplayModesTest {
    @TempDir
    Path home;

    private String run(String script, ShellOptions.Display display) {
        ShellOptions options = ShellOptions.defaults(home, "test").withColour(false).withOffline(true)
                .withDialer(ScriptedShellTest.NO_NETWORK).withDisplay(display)
                .withWaits(new WaitPolicy(Duration.ofMillis(400), Duration.ofSeconds(2), Duration.ofMillis(300)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Shells.script(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), options);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void presenterModeRevealsTheReplyOnePartPerEnter() {
        String out = run("open data.pr4e.org\nGET /romeo.txt HTTP/1.0\n\n\n\nstatus\n",
                new ShellOptions.Display(false, true, 1));
        assertShows(out, "press Enter on an empty line to reveal each part");
        int status = out.indexOf("← HTTP/1.1 200 OK");
        int date = out.indexOf("← Date:");
        int server = out.indexOf("← Server:");
        int notConnected = out.indexOf("Not connected.");
        assertTrue(status > 0 && date > status, out);
        assertTrue(server == -1 || server > notConnected, "only two parts were revealed before status:\n" + out);
        assertTrue(notConnected > date, "commands are never held back:\n" + out);
        assertTrue(out.indexOf("Connection closed.") > notConnected, "the close waits behind the held parts:\n" + out);
        assertTrue(out.indexOf("← Server:") > notConnected, "what is still held is shown when the shell ends");
    }

    @Test
    void presenterModeCanBeSwitchedAndShowsEverythingWhenOff() {
        String out = run("present on\nopen data.pr4e.org\nGET /romeo.txt HTTP/1.0\n\n\npresent off\n",
                ShellOptions.Display.standard());
        assertShows(out, "Presenter mode on");
        assertShows(out, "Presenter mode off");
        assertTrue(out.indexOf("← Who is already sick") > out.indexOf("Presenter mode off") || out.contains("│ Who is"),
                out);
        assertShows(out, "Connection closed.");
    }

    @Test
    void plainOutputSpellsOutBytesAndUsesWordsNotSymbols() {
        String out = run("open data.pr4e.org\nGET /romeo.txt HTTP/1.0\n\n", new ShellOptions.Display(true, false, 1));
        assertShows(out, "sent: GET /romeo.txt HTTP/1.0 <CR><LF> sent 25 bytes");
        assertShows(out, "received: HTTP/1.1 200 OK <CR><LF>");
        assertShows(out, "| But soft what light through yonder window breaks <LF>");
        for (String symbol : new String[] {"→", "←", "│", "✓", "\\r\\n"}) {
            assertFalse(out.contains(symbol), symbol + " in plain output:\n" + out);
        }
        for (String line : out.split("\n")) assertTrue(line.length() <= PlainScreen.WIDTH, line);
    }

    @Test
    void replayShowsTheReplyReadByRead() {
        String out = run("replay\nopen data.pr4e.org\nGET /romeo.txt HTTP/1.0\n\nreplay 2\nreplay fast\n",
                ShellOptions.Display.standard());
        assertShows(out, "Nothing to show yet");
        assertShows(out, "Replaying the last reply as it arrived, 2 times slower (536 bytes in");
        assertShows(out, "[read 1:");
        assertShows(out, "replay takes how many times slower to go");
    }

    @Test
    void accessibleWordsForEscapes() {
        assertEquals("GET / HTTP/1.0 <CR><LF>", AccessibleScreen.words("GET / HTTP/1.0\\r\\n"));
        assertEquals("<CR><LF>", AccessibleScreen.words("\\r\\n"));
        assertEquals("a\\b <byte 00>", AccessibleScreen.words("a\\\\b\\x00"));
        assertEquals("sent: x", AccessibleScreen.words("→ x"));
    }
}
