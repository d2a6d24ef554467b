package org.wiretutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.MirrorServer;
import org.wiretutor.wire.ClassServer;
import org.wiretutor.wire.WaitPolicy;

/** The interactive shell with a class server: the banner names it, and the prompt shows where data.pr4e.org went. */
class ClassServerPromptTest {
    @TempDir
    Path home;

    @Test
    void theBannerAndThePromptNameTheClassServer() throws Exception {
        try (MirrorServer classroom = MirrorServer.start(MirrorConfig.loopback())) {
            PipedOutputStream keys = new PipedOutputStream();
            PipedInputStream in = new PipedInputStream(keys, 64 * 1024);
            InteractiveShellTest.SyncedOutput screen = new InteractiveShellTest.SyncedOutput();
            Terminal terminal = TerminalBuilder.builder().system(false).streams(in, screen).dumb(true).type("dumb")
                    .size(new org.jline.terminal.Size(100, 40)).build();
            ShellOptions options = ShellOptions.defaults(home, "test").withOffline(true).withColour(false)
                    .withDialer(ScriptedShellTest.NO_NETWORK)
                    .withWaits(new WaitPolicy(Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofMillis(300)))
                    .withClassServer(Optional.of(new ClassServer("127.0.0.1", classroom.port())));
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Shells.interactive(terminal, options));
            String server = "127.0.0.1:" + classroom.port();
            screen.await("Class server: data.pr4e.org port 80 is answered by " + server);
            keys.write("open data.pr4e.org\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            screen.await("[data.pr4e.org:80 via " + server + "]");
            keys.write("~status\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            screen.await("Connected to data.pr4e.org:80 (the class server at " + server + ").");
            keys.write("~quit\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            assertEquals(0, exit.get(10, TimeUnit.SECONDS));
        }
    }
}
