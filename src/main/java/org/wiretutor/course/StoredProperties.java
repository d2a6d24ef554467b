package org.wiretutor.course;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A learner's file of key=value records in the wiretutor folder: private to them (mode 600),
 * written atomically (temp file, then rename) so a crash never leaves half a file, and, when it
 * cannot be read, set aside under a new name and reported — never silently overwritten.
 */
final class StoredProperties {
    private static final String FORMAT_KEY = "format_version";
    private static final String FORMAT = "1";

    private final Path file;
    private final Properties values;

    private StoredProperties(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    static StoredProperties inMemory() {
        return new StoredProperties(null, fresh());
    }

    /**
     * @param valid  a further test of the values read; a file that fails it is set aside too
     * @param notice hears, in the learner's words, that a file was set aside
     */
    static StoredProperties load(Path file, Clock clock, Predicate<Properties> valid, Consumer<String> notice) {
        if (!Files.exists(file)) return new StoredProperties(file, fresh());
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            if (!FORMAT.equals(p.getProperty(FORMAT_KEY)) || !valid.test(p)) throw new IOException("unreadable");
            return new StoredProperties(file, p);
        } catch (IOException | IllegalArgumentException e) {
            String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant());
            Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                notice.accept(CourseText.FILE_SET_ASIDE.formatted(file, aside));
            } catch (IOException moveFailed) {
                notice.accept(CourseText.FILE_UNREADABLE.formatted(file));
                return new StoredProperties(null, fresh());
            }
            return new StoredProperties(file, fresh());
        }
    }

    private static Properties fresh() {
        Properties p = new Properties();
        p.setProperty(FORMAT_KEY, FORMAT);
        return p;
    }

    synchronized String get(String key, String otherwise) {
        return values.getProperty(key, otherwise);
    }

    synchronized java.util.Set<String> keys() {
        return values.stringPropertyNames();
    }

    synchronized void put(String key, String value) {
        values.setProperty(key, value);
    }

    synchronized void remove(String key) {
        values.remove(key);
    }

    synchronized void save(String comment) throws IOException {
        if (file == null) return;
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            ownerOnly(dir, "rwx------");
        }
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        Files.createFile(temp);
        ownerOnly(temp, "rw-------");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            values.store(out, comment);
        }
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** What is in these files is the learner's own business: only they may read it. */
    private static void ownerOnly(Path path, String mode) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        }
    }
}
