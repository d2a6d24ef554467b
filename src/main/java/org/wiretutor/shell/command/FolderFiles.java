package org.wiretutor.shell.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files in the learner's folder that {@code run} offers to complete: visible regular files, a bounded few. */
final class FolderFiles {
    /** A folder of thousands of files must not make Tab slow. */
    static final int MAX = 200;

    private FolderFiles() {}

    static List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.limit(MAX * 5L).filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted().limit(MAX).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();   // an unreadable folder offers nothing
        }
    }

    /** True when {@code name} is a file or folder there; false for a name no file can have. */
    static boolean exists(Path folder, String name) {
        try {
            return Files.exists(folder.resolve(name));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
