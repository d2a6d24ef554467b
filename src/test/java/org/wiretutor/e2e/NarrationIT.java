package org.wiretutor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.wire.ExternalServer;

/**
 * What the shell says about a malformed request line is never contradicted by the reply that follows, at the built-in
 * mirror (Apache 2.4.18's behaviour, answering at once) and at a real Apache (2.4.71 here, which waits for the blank
 * line for some of them): before the reply it says only what is certain about the bytes sent, and what it says after
 * the reply fits what arrived.
 */
class NarrationIT {

    /** The four lines of issue 20, each followed by the blank line. */
    private static final List<String> LINES = List.of("hello there", "GET /romeo.txt HTTP/2.0",
            "GET  /romeo.txt HTTP/1.0", "GET /romeo.txt HTTP/1.0 ");
    /** Words that forecast what a server will do: none may be said about a sent line before its reply. */
    private static final List<String> FORECASTS = List.of(" will ", "now waits", "answers now", "at once",
            "bare body", "body only", "a whole request", "probably");
    private static final Pattern STATUS = Pattern.compile("← HTTP/1\\.[01] (\\d{3}) ");

    @TempDir
    Path dir;

    @Test
    void at_the_mirror() throws Exception {
        List<Integer> statuses = List.of(400, 505, 400, 400);
        for (int i = 0; i < LINES.size(); i++) {
            String out = session("open data.pr4e.org 80", LINES.get(i), "--offline");
            assertEquals(statuses.get(i), status(out), out);
            assertNothingContradicted(LINES.get(i), out);
        }
    }

    @Test
    void at_a_real_apache() throws Exception {
        Assumptions.assumeTrue(new java.io.File("/usr/sbin/apache2").canExecute(), "Apache is not installed");
        try (ExternalServer apache = ExternalServer.apache()) {
            for (String line : LINES) {
                String out = session("open 127.0.0.1 " + apache.port, line);
                assertEquals(400, status(out), out);
                assertNothingContradicted(line, out);
            }
        }
    }

    private String session(String open, String line, String... options) throws Exception {
        Jar.Run run = Jar.run(dir.resolve("home"), open + "\n" + line + "\n\n", options);
        assertEquals(0, run.exit(), run.err());
        return run.out();
    }

    private static int status(String out) {
        Matcher m = STATUS.matcher(out);
        assertTrue(m.find(), "a status line arrived:\n" + out);
        return Integer.parseInt(m.group(1));
    }

    private static void assertNothingContradicted(String line, String out) {
        List<String> rows = out.lines().toList();
        int sent = indexOf(rows, "→ " + line.replace("  ", "  ") + "\\r\\n");
        int reply = indexOf(rows, "← HTTP/1.");
        // the script may end before the close is seen (the shell then leaves without explaining it)
        int closed = Math.max(indexOf(rows, "Connection closed."), reply);
        assertTrue(sent >= 0 && reply > sent, out);
        // before the reply: facts about the bytes sent, no forecast
        for (String row : rows.subList(sent, reply)) {
            for (String forecast : FORECASTS) {
                assertFalse(row.contains(forecast), "a forecast before the reply (\"" + forecast + "\"):\n" + out);
            }
        }
        assertTrue(rows.subList(sent, reply).stream().anyMatch(r -> r.contains("⚠ ")),
                "the problem with the line is named before the reply:\n" + out);
        // after it: nothing that denies what arrived
        String after = String.join("\n", rows.subList(closed, rows.size()));
        assertFalse(after.contains("bare body") || after.contains("No status line"), out);
        boolean blankLineSentFirst = rows.subList(sent, reply).stream().anyMatch(r -> r.startsWith("→ \\r\\n"));
        if (blankLineSentFirst) {
            assertFalse(after.contains("without waiting for the blank line"),
                    "the blank line went out before the reply, so the server did not answer without it:\n" + out);
        }
    }

    private static int indexOf(List<String> rows, String start) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).startsWith(start)) return i;
        }
        return -1;
    }
}
