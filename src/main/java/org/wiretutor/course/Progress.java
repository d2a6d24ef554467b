package org.wiretutor.course;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the learner is in each lesson, kept in {@code progress.properties} in the wiretutor
 * folder. Written atomically (temp file, then rename) so a crash never leaves half a file;
 * a file that cannot be read is set aside under a new name, never silently overwritten.
 */
public final class Progress {
    static final String FILE_NAME = "progress.properties";
    private static final String FORMAT_KEY = "format_version";
    private static final String FORMAT = "1";
    private static final String CURRENT_KEY = "current";

    private final Path file;
    private final Properties values;

    private Progress(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    /** A progress record kept only in memory (tests, or a home folder that cannot be written). */
    public static Progress inMemory() {
        return new Progress(null, fresh());
    }

    /**
     * Loads the progress in {@code home}. A damaged file is renamed aside and reported
     * through {@code notice}; the learner starts from a clean record.
     */
    public static Progress load(Path home, Clock clock, java.util.function.Consumer<String> notice) {
        Path file = home.resolve(FILE_NAME);
        if (!Files.exists(file)) return new Progress(file, fresh());
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            if (!FORMAT.equals(p.getProperty(FORMAT_KEY))) throw new IOException("unknown format");
            for (String key : p.stringPropertyNames()) {
                if (key.endsWith(".step")) Integer.parseInt(p.getProperty(key));
            }
            return new Progress(file, p);
        } catch (IOException | IllegalArgumentException e) {
            String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant());
            Path aside = home.resolve(FILE_NAME + ".damaged-" + stamp);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                notice.accept(CourseText.PROGRESS_SET_ASIDE.formatted(file, aside));
            } catch (IOException moveFailed) {
                notice.accept(CourseText.PROGRESS_UNREADABLE.formatted(file));
                return new Progress(null, fresh());
            }
            return new Progress(file, fresh());
        }
    }

    private static Properties fresh() {
        Properties p = new Properties();
        p.setProperty(FORMAT_KEY, FORMAT);
        return p;
    }

    /** Progress is the learner's own business: only they may read it. */
    private static void ownerOnly(Path path, String mode) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(mode));
        }
    }

    public synchronized int step(String lessonId) {
        return Integer.parseInt(values.getProperty(lessonId + ".step", "0"));
    }

    public synchronized boolean finished(String lessonId) {
        return Boolean.parseBoolean(values.getProperty(lessonId + ".finished", "false"));
    }

    public synchronized Optional<String> currentLesson() {
        return Optional.ofNullable(values.getProperty(CURRENT_KEY));
    }

    public synchronized void record(String lessonId, int step, boolean finished) throws IOException {
        values.setProperty(CURRENT_KEY, lessonId);
        values.setProperty(lessonId + ".step", Integer.toString(step));
        if (finished) values.setProperty(lessonId + ".finished", "true");
        save();
    }

    private void save() throws IOException {
        if (file == null) return;
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            ownerOnly(dir, "rwx------");
        }
        Path temp = file.resolveSibling(FILE_NAME + ".tmp");
        Files.deleteIfExists(temp);
        Files.createFile(temp);
        ownerOnly(temp, "rw-------");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            values.store(out, "wiretutor progress: which step of each lesson you are on");
        }
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
