package org.wiretutor.course;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/** Where the learner is in each lesson, kept in {@code progress.properties} in the wiretutor folder. */
public final class Progress {
    static final String FILE_NAME = "progress.properties";
    private static final String CURRENT_KEY = "current";

    private final StoredProperties values;

    private Progress(StoredProperties values) {
        this.values = values;
    }

    /** A progress record kept only in memory (tests, or a home folder that cannot be written). */
    public static Progress inMemory() {
        return new Progress(StoredProperties.inMemory());
    }

    /** Loads the progress in {@code home}; a damaged file is set aside and reported through {@code notice}. */
    public static Progress load(Path home, Clock clock, Consumer<String> notice) {
        return new Progress(StoredProperties.load(home.resolve(FILE_NAME), clock, p -> {
            for (String key : p.stringPropertyNames()) {
                if (key.endsWith(".step")) Integer.parseInt(p.getProperty(key));
            }
            return true;
        }, notice));
    }

    public int step(String lessonId) {
        return Integer.parseInt(values.get(lessonId + ".step", "0"));
    }

    public boolean finished(String lessonId) {
        return Boolean.parseBoolean(values.get(lessonId + ".finished", "false"));
    }

    public Optional<String> currentLesson() {
        return Optional.ofNullable(values.get(CURRENT_KEY, null));
    }

    public synchronized void record(String lessonId, int step, boolean finished) throws IOException {
        values.put(CURRENT_KEY, lessonId);
        values.put(lessonId + ".step", Integer.toString(step));
        if (finished) values.put(lessonId + ".finished", "true");
        values.save("wiretutor progress: which step of each lesson you are on");
    }
}
