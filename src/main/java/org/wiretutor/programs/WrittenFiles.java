package org.wiretutor.programs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Which files a program created or changed in its working directory: a look at the folder before the run, compared
 * with one after it. Bounded, so a program that writes thousands of files cannot make the look slow.
 */
public final class WrittenFiles {
    /** Folders this deep inside the working directory are looked into, no deeper. */
    static final int DEPTH = 4;
    /** At most this many files are looked at. */
    static final int MAX_FILES = 10_000;

    /**
     * One file the program wrote.
     *
     * @param name    its path inside the working directory
     * @param size    its size now, in bytes
     * @param created true when it was not there before the run
     */
    public record Written(String name, long size, boolean created) {}

    private record Seen(long size, FileTime modified, Object key) {}

    private final Path dir;
    private final Map<Path, Seen> before;

    private WrittenFiles(Path dir, Map<Path, Seen> before) {
        this.dir = dir;
        this.before = before;
    }

    /** Looks at the folder now, before the program runs. */
    public static WrittenFiles before(Path dir) {
        return new WrittenFiles(dir, look(dir));
    }

    /** The working directory, absolute. */
    public Path dir() {
        return dir.toAbsolutePath().normalize();
    }

    /** The files created or changed since {@link #before}, by name. */
    public List<Written> since() {
        List<Written> out = new ArrayList<>();
        for (Map.Entry<Path, Seen> now : look(dir).entrySet()) {
            Seen was = before.get(now.getKey());
            if (was == null || !was.equals(now.getValue())) {
                out.add(new Written(dir.relativize(now.getKey()).toString(), now.getValue().size(), was == null));
            }
        }
        out.sort(java.util.Comparator.comparing(Written::name));
        return out;
    }

    private static Map<Path, Seen> look(Path dir) {
        Map<Path, Seen> files = new HashMap<>();
        if (!Files.isDirectory(dir)) return files;
        try (Stream<Path> all = Files.walk(dir, DEPTH)) {
            all.limit(MAX_FILES).forEach(p -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (a.isRegularFile()) files.put(p, new Seen(a.size(), a.lastModifiedTime(), a.fileKey()));
                } catch (IOException gone) {
                    // removed while we looked: not a file the program left behind
                }
            });
        } catch (IOException | UncheckedIOException unreadable) {
            // a folder we may not read: what was seen so far is the answer
        }
        return files;
    }
}
