package org.wiretutor.shell;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/** The learner's wiretutor folder: {@code $WIRETUTOR_HOME}, else {@code ~/.wiretutor}. Private to them. */
public final class AppHome {
    private AppHome() {}

    public static Path resolve(Map<String, String> env, String userHome) {
        String override = env.get("WIRETUTOR_HOME");
        if (override != null && !override.isBlank()) return Path.of(override);
        return Path.of(userHome, ".wiretutor");
    }

    static void ensure(Path home) throws IOException {
        if (Files.isDirectory(home)) return;
        Files.createDirectories(home);
        if (posix()) Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
    }

    static void ownerOnly(Path file) throws IOException {
        if (posix()) Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
