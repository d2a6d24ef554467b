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

    /**
     * What {@code typed} (which has a slash in it, e.g. {@code ./so} or {@code sub/}) may go on to: the entries of
     * the folder it names, each written the way it was typed, folders with a slash after them.
     */
    static List<String> along(Path folder, String typed) {
        String dir = typed.substring(0, typed.lastIndexOf('/') + 1);
        try (Stream<Path> entries = Files.list(folder.resolve(dir.isEmpty() ? "." : dir))) {
            return entries.limit(MAX * 5L).filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> dir + p.getFileName() + (Files.isDirectory(p) ? "/" : "")).sorted().limit(MAX)
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of();   // no such folder: nothing to offer
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
