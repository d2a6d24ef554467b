package org.wiretutor.course;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.BitSet;
import java.util.Optional;
import java.util.function.Consumer;

/** Where the learner is in each lesson, kept in {@code progress.properties} in the wiretutor folder. */
public final class Progress {
    static final String FILE_NAME = "progress.properties";
    private static final String CURRENT_KEY = "current";
    private static final String ANSWERED = ".answered";

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

    /** Records the step the learner is on; the answers of the step they left are forgotten. */
    public synchronized void record(String lessonId, int step, boolean finished) throws IOException {
        values.put(CURRENT_KEY, lessonId);
        values.put(lessonId + ".step", Integer.toString(step));
        values.remove(lessonId + ANSWERED);
        if (finished) values.put(lessonId + ".finished", "true");
        save();
    }

    /**
     * Records which checks of the current step the learner has answered, so a quit and a resume keep them.
     * Kept as {@code lesson.answered=STEP:I,J}: the step they belong to, then the checks' indexes.
     */
    public synchronized void recordAnswered(String lessonId, int step, BitSet checks) throws IOException {
        if (checks.isEmpty()) values.remove(lessonId + ANSWERED);
        else values.put(lessonId + ANSWERED, step + ":" + checks.stream().mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining(",")));
        save();
    }

    /**
     * The checks answered at this step of the lesson, as recorded; empty when none were, when the record
     * belongs to another step, or when it cannot be read (a damaged value is ignored, never trusted).
     */
    public BitSet answered(String lessonId, int step) {
        BitSet out = new BitSet();
        String v = values.get(lessonId + ANSWERED, "");
        if (!v.matches("\\d{1,4}:\\d{1,4}(,\\d{1,4})*")) return out;
        String[] parts = v.split(":");
        if (Integer.parseInt(parts[0]) != step) return out;
        for (String i : parts[1].split(",")) out.set(Integer.parseInt(i));
        return out;
    }

    private void save() throws IOException {
        values.save("wiretutor progress: which step of each lesson you are on, and the answers given there");
    }
}
