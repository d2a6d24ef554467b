package org.wiretutor.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.MirrorServer;

/** The relay between a learner's program and the class server: bytes pass unchanged, and each head is reported. */
class ClassServerRelayTest {
    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static List<String> split(String... pieces) {
        List<String> heads = new ArrayList<>();
        ClassServerRelay.Heads h = new ClassServerRelay.Heads(b -> heads.add(text(b)));
        for (String p : pieces) {
            byte[] b = p.getBytes(StandardCharsets.ISO_8859_1);
            h.accept(b, b.length);
        }
        h.end().ifPresent(b -> heads.add("(end) " + text(b)));
        return heads;
    }

    @Test
    void headsEndAtTheFirstEmptyLineWhateverTheLineEndings() {
        assertEquals(List.of("GET /a HTTP/1.1\r\nHost: x\r\n\r\n", "GET /b HTTP/1.1\nHost: x\n\n"),
                split("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\nHost: x\n\n"));
        assertEquals(List.of("\r\n\r\nGET /a HTTP/1.0\r\n\r\n"), split("\r\n\r\nGET /a HTTP/1.0\r\n", "\r\n"),
                "empty lines before the request line are part of its head, as the mirror logs them");
    }

    @Test
    void aBodyIsPassedOverAndAnUnfinishedHeadIsReportedAtTheEnd() {
        assertEquals(List.of("POST /f HTTP/1.1\r\nContent-Length: 5\r\n\r\n", "(end) GET /x HTTP/1.0\r\n"),
                split("POST /f HTTP/1.1\r\nContent-Length: 5\r\n\r\nhel", "loGET /x HTTP/1.0\r\n"));
        assertEquals(List.of("(end) GET /romeo.txt"), split("GET /romeo.txt"));
        assertEquals(List.of(), split("\r\n"));
    }

    @Test
    void bytesReachTheClassServerUnchangedAndTheReplyComesBack() throws Exception {
        BlockingQueue<LogEntry> classLog = new LinkedBlockingQueue<>();
        BlockingQueue<LogEntry> heard = new LinkedBlockingQueue<>();
        try (MirrorServer classroom = MirrorServer.start(MirrorConfig.loopback().withLog(classLog::add));
             MirrorHost mirror = new MirrorHost(MirrorConfig.loopback())) {
            Connector connector = new Connector(Dialer.SYSTEM, mirror, Duration.ofSeconds(2), () -> Optional.empty(),
                    Optional.of(new ClassServer("127.0.0.1", classroom.port())));
            try (ClassServerRelay relay = ClassServerRelay.start(connector::dialClassServer, Clock.systemUTC(),
                    heard::add);
                 Socket program = new Socket(relay.address().getAddress(), relay.address().getPort())) {
                String request = "GET http://data.pr4e.org/romeo.txt HTTP/1.0\r\nHost: data.pr4e.org\r\n\r\n";
                program.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                String reply = text(program.getInputStream().readAllBytes());
                assertTrue(reply.startsWith("HTTP/1.1 200 OK\r\n"), reply);
                assertTrue(reply.endsWith("Who is already sick and pale with grief\n"), reply);
                LogEntry seen = heard.poll(5, TimeUnit.SECONDS);
                assertEquals(request, text(seen.head()));
                assertEquals("GET http://data.pr4e.org/romeo.txt HTTP/1.0", seen.requestLine());
                LogEntry atServer = classLog.poll(5, TimeUnit.SECONDS);
                assertEquals(request, text(atServer.head()), "the class server got the very same bytes");
            }
        }
    }
}
