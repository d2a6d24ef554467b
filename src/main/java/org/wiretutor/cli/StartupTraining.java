package org.wiretutor.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.wiretutor.shell.ShellOptions;
import org.wiretutor.shell.Shells;

/**
 * A short, silent session of the real shell — line reader, lesson text, a request to the mirror and
 * its annotated reply — run by the launcher under {@code -XX:ArchiveClassesAtExit} so later starts
 * load those classes from a class-data-sharing archive instead of the jar.
 */
final class StartupTraining {
    private static final String SESSION = "help\nlesson 1\nopen data.pr4e.org\nGET /romeo.txt HTTP/1.0\n\nshow raw\nquit\n";

    private StartupTraining() {}

    static int run() {
        Path home = null;
        try {
            home = Files.createTempDirectory("wiretutor-training");
            try (Terminal terminal = TerminalBuilder.builder().system(false)
                    .streams(new ByteArrayInputStream(SESSION.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)),
                            new ByteArrayOutputStream())
                    .type("xterm-256color").size(new org.jline.terminal.Size(100, 40)).build()) {
                Shells.interactive(terminal, ShellOptions.defaults(home, Version.current()).withOffline(true));
            }
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            return ExitCodes.FAILED;
        } finally {
            if (home != null) deleteQuietly(home);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
