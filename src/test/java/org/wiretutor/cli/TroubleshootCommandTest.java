package org.wiretutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TroubleshootCommandTest {
    @Test
    void reportsVersionsPathsTheNetworkAndTheMirror(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("history"), "GET / HTTP/1.0\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = new TroubleshootCommand((host, port, timeout) -> {
            throw new ConnectException("no network in tests");
        }).report(new PrintStream(bytes, true, StandardCharsets.UTF_8), home);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, out);
        assertTrue(out.contains("java        " + System.getProperty("java.version")), out);
        assertTrue(out.contains("home        " + home), out);
        assertTrue(out.contains("history: 15 bytes"), out);
        assertTrue(out.contains("progress.properties: none yet"), out);
        assertTrue(out.contains("data.pr4e.org does not resolve") || out.contains("does not answer"), out);
        assertTrue(out.contains("programs    each program runs in its own ")
                || out.contains("programs    programs started by the program are looked for"), out);
        assertTrue(out.contains("mirror      starts: listening on 127.0.0.1 port"), out);
    }
}
