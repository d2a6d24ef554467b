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
        assertTrue(out.contains("server      no class server set (--server or WIRETUTOR_SERVER)"), out);
    }

    @Test
    void showsTheClassServerAndWhetherItAnswers(@TempDir Path home) throws Exception {
        org.wiretutor.wire.Dialer loopbackOnly = (host, port, timeout) -> {
            if (!host.equals("127.0.0.1")) throw new ConnectException("no network in tests");
            return org.wiretutor.wire.Dialer.SYSTEM.dial(host, port, timeout);
        };
        try (var classroom = org.wiretutor.mirror.MirrorServer.start(org.wiretutor.mirror.MirrorConfig.loopback())) {
            var server = org.wiretutor.wire.ClassServer.parse("127.0.0.1:" + classroom.port());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int code = new TroubleshootCommand(loopbackOnly).report(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                    home, java.util.Optional.of(server));
            String out = bytes.toString(StandardCharsets.UTF_8);
            assertEquals(0, code, out);
            assertTrue(out.contains("server      class server 127.0.0.1:" + classroom.port()
                    + " answers GET /romeo.txt with HTTP/1.1 200 OK: lessons use it for data.pr4e.org"), out);
        }
        int port;
        try (var free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = new TroubleshootCommand(loopbackOnly).report(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                home, java.util.Optional.of(org.wiretutor.wire.ClassServer.parse("127.0.0.1:" + port)));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, out);
        assertTrue(out.contains("server      class server 127.0.0.1:" + port + " DOES NOT ANSWER ("), out);
    }
}
