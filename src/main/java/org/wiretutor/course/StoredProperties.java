package org.wiretutor.course;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.wiretutor.text.Messages;

/**
 * A learner's file of key=value records in the wiretutor folder: private to them (mode 600), written in one piece
 * (a temporary file of its own, then a rename) so a crash never leaves half a file, and, when it cannot be read, set
 * aside under a new name and reported — never silently overwritten.
 *
 * <p>Several wiretutors may share the folder. A save holds the folder's lock, reads the file again and applies only
 * what this one changed since, so what another wiretutor saved in the meantime is kept.
 */
final class StoredProperties {
    private static final String FORMAT_KEY = "format_version";
    private static final String FORMAT = "1";

    private final Path file;
    private final Clock clock;
    private final Predicate<Properties> valid;
    private final Consumer<String> notice;
    private Properties values;
    /** What this instance changed since it last read or wrote the file: a new value, or empty for a removal. */
    private final Map<String, Optional<String>> changed = new LinkedHashMap<>();

    private StoredProperties(Path file, Properties values, Clock clock, Predicate<Properties> valid,
                             Consumer<String> notice) {
        this.file = file;
        this.values = values;
        this.clock = clock;
        this.valid = valid;
        this.notice = notice;
    }

    static StoredProperties inMemory() {
        return new StoredProperties(null, fresh(), Clock.systemUTC(), p -> true, s -> { });
    }

    /**
     * @param valid  a further test of the values read; a file that fails it is set aside too
     * @param notice hears, in the learner's words, that a file was set aside
     */
    static StoredProperties load(Path file, Clock clock, Predicate<Properties> valid, Consumer<String> notice) {
        StoredProperties stored = new StoredProperties(file, fresh(), clock, valid, notice);
        Optional<Properties> read = stored.read();
        if (read.isEmpty() && Files.exists(file)) return new StoredProperties(null, fresh(), clock, valid, notice);
        stored.values = read.orElseGet(StoredProperties::fresh);
        return stored;
    }

    /**
     * The file as it is now: fresh values when there is none, empty when it could not be read and could not be set
     * aside either (then it must not be written over).
     */
    private Optional<Properties> read() {
        if (!Files.exists(file)) return Optional.of(fresh());
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            if (!FORMAT.equals(p.getProperty(FORMAT_KEY)) || !valid.test(p)) throw new IOException("unreadable");
            return Optional.of(p);
        } catch (IOException | IllegalArgumentException e) {
            String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant());
            Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                notice.accept(Messages.get("course.file.set.aside", file, aside));
                return Optional.of(fresh());
            } catch (IOException moveFailed) {
                notice.accept(Messages.get("course.file.unreadable", file));
                return Optional.empty();
            }
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
        changed.put(key, Optional.of(value));
    }

    synchronized void remove(String key) {
        values.remove(key);
        changed.put(key, Optional.empty());
    }

    /** Saves what this instance changed on top of the file as it is now, holding the folder's lock. */
    synchronized void save(String comment) throws IOException {
        if (file == null) {
            changed.clear();
            return;
        }
        HomeFiles.locked(file.getParent(), () -> {
            Properties merged = read().orElseThrow(() -> new IOException(Messages.get("course.file.not.read", file)));
            changed.forEach((key, value) -> {
                if (value.isPresent()) merged.setProperty(key, value.get());
                else merged.remove(key);
            });
            StringWriter text = new StringWriter();
            merged.store(text, comment);
            HomeFiles.replace(file, text.toString().getBytes(StandardCharsets.UTF_8));
            values = merged;
            changed.clear();
            return null;
        });
    }
}
