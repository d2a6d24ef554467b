package org.wiretutor.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.MirrorServer;

/**
 * With a class server set, data.pr4e.org port 80 reaches it, over real loopback sockets; a mirror started on a free
 * port stands for the teacher's {@code wiretutor serve}. The dialer refuses anything but loopback, so no test here
 * could reach the real data.pr4e.org.
 */
class ClassServerConnectorTest {
    private static final Dialer LOOPBACK_ONLY = (host, port, timeout) -> {
        if (!host.equals("127.0.0.1")) throw new java.net.UnknownHostException(host);
        return Dialer.SYSTEM.dial(host, port, timeout);
    };

    private static Connector connector(MirrorHost mirror, ClassServer server, boolean offline) {
        return new Connector(LOOPBACK_ONLY, mirror, Duration.ofSeconds(2),
                () -> offline ? Optional.of(WireText.offlineReason()) : Optional.empty(), Optional.of(server));
    }

    private static String romeo(Socket socket) throws IOException {
        try (socket) {
            socket.getOutputStream().write("GET /romeo.txt HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void dataPr4eOrgGoesToTheClassServerEvenOffline() throws Exception {
        BlockingQueue<LogEntry> classLog = new LinkedBlockingQueue<>();
        try (MirrorServer classroom = MirrorServer.start(MirrorConfig.loopback().withLog(classLog::add));
             MirrorHost mirror = new MirrorHost(MirrorConfig.loopback())) {
            ClassServer server = new ClassServer("127.0.0.1", classroom.port());
            Connector.Opened opened = connector(mirror, server, true).open(new Target("data.pr4e.org", 80));
            Route route = opened.route();
            assertEquals(new Target("data.pr4e.org", 80), route.target(), "the lesson sees what the learner typed");
            assertEquals(classroom.port(), route.reached().getPort());
            assertEquals(Optional.of(server), route.classServer());
            assertTrue(route.standsIn());
            assertFalse(route.viaMirror());
            assertTrue(romeo(opened.socket()).startsWith("HTTP/1.1 200 OK\r\n"));
            assertEquals("GET /romeo.txt HTTP/1.0", classLog.poll(5, TimeUnit.SECONDS).requestLine());
            assertFalse(mirror.isRunning(), "the built-in mirror was not used");
        }
    }

    @Test
    void theClassServersOwnAddressCountsAsTheClassServer() throws Exception {
        try (MirrorServer classroom = MirrorServer.start(MirrorConfig.loopback());
             MirrorHost mirror = new MirrorHost(MirrorConfig.loopback())) {
            ClassServer server = new ClassServer("127.0.0.1", classroom.port());
            Connector.Opened itself = connector(mirror, server, false).open(new Target("127.0.0.1", classroom.port()));
            itself.socket().close();
            Route route = itself.route();
            assertEquals(Optional.of(server), route.classServer());
            assertFalse(route.standsIn(), "typed as itself, so the prompt shows just that address");
            Connector.Opened atItsPort = connector(mirror, server, false).open(
                    new Target("data.pr4e.org", classroom.port()));
            atItsPort.socket().close();
            Route redirected = atItsPort.route();
            assertEquals(Optional.of(server), redirected.classServer(),
                    "data.pr4e.org at the class server's port, where its redirects point, is the class server too");
        }
    }

    @Test
    void openMirrorAndOtherPortsKeepTheirOldMeaning() throws Exception {
        try (MirrorServer classroom = MirrorServer.start(MirrorConfig.loopback());
             MirrorHost mirror = new MirrorHost(MirrorConfig.loopback())) {
            ClassServer server = new ClassServer("127.0.0.1", classroom.port());
            Connector connector = connector(mirror, server, true);
            Connector.Opened builtIn = connector.open(new Target("mirror", 80));
            builtIn.socket().close();
            assertTrue(builtIn.route().viaMirror());
            assertEquals(mirror.address().getPort(), builtIn.route().reached().getPort());
            Connector.Opened https = connector.open(new Target("data.pr4e.org", 443));
            https.socket().close();
            assertTrue(https.route().viaMirror(), "port 443 is the built-in mirror's HTTPS stand-in, as before");
        }
    }

    @Test
    void aClassServerThatIsDownIsNamedNotReplacedByTheMirror() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        try (MirrorHost mirror = new MirrorHost(MirrorConfig.loopback())) {
            ClassServer server = new ClassServer("127.0.0.1", port);
            ConnectFailure failure = assertThrows(ConnectFailure.class,
                    () -> connector(mirror, server, false).open(new Target("data.pr4e.org", 80)));
            assertEquals(ConnectFailure.Kind.REFUSED, failure.kind());
            assertTrue(failure.getMessage().startsWith("127.0.0.1:" + port + " refused the connection"),
                    failure.getMessage());
            assertTrue(failure.getMessage().endsWith("(data.pr4e.org goes to your class server 127.0.0.1:" + port
                    + ", set with --server or WIRETUTOR_SERVER: ask your teacher whether it is running, or start "
                    + "wiretutor without it.)"), failure.getMessage());
            assertFalse(mirror.isRunning());
        }
    }
}
