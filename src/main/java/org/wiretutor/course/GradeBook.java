package org.wiretutor.course;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The learner's exercise results and their learner id, kept in {@code grades.properties} in the
 * wiretutor folder: for each exercise the best and the latest score and how many tries.
 */
public final class GradeBook {
    static final String FILE_NAME = "grades.properties";
    private static final String LEARNER_KEY = "learner";

    private final StoredProperties values;

    private GradeBook(StoredProperties values) {
        this.values = values;
    }

    public static GradeBook inMemory() {
        return new GradeBook(StoredProperties.inMemory());
    }

    public static GradeBook load(Path home, Clock clock, Consumer<String> notice) {
        return new GradeBook(StoredProperties.load(home.resolve(FILE_NAME), clock, p -> {
            for (String key : p.stringPropertyNames()) {
                if (key.endsWith(".best") || key.endsWith(".last") || key.endsWith(".total") || key.endsWith(".tries")) {
                    Integer.parseInt(p.getProperty(key));
                }
                if (key.endsWith(".at")) Instant.parse(p.getProperty(key));
            }
            return true;
        }, notice));
    }

    /** One exercise's record. */
    public record Entry(String exercise, int best, int last, int total, int tries, Instant at) {
        public boolean done() {
            return total > 0 && best == total;
        }
    }

    /** Learner ids name a person's variant of the exercises: short, no spaces, safe in file names. */
    public static boolean validLearnerId(String id) {
        return id != null && id.matches("[A-Za-z0-9._-]{1,64}");
    }

    /**
     * The stored id, checked on every read: the file is the learner's to edit, and an id goes into reports and onto
     * the screen. One that is not a valid id counts as no id (the learner is asked to set one).
     */
    public Optional<String> learner() {
        return Optional.ofNullable(values.get(LEARNER_KEY, null)).filter(GradeBook::validLearnerId);
    }

    public void learner(String id) throws IOException {
        values.put(LEARNER_KEY, id);
        values.save(COMMENT);
    }

    public synchronized Entry record(String exercise, int passed, int total, Instant at) throws IOException {
        Entry before = entry(exercise).orElse(new Entry(exercise, 0, 0, total, 0, at));
        Entry now = new Entry(exercise, Math.max(before.best(), passed), passed, total, before.tries() + 1, at);
        values.put(exercise + ".best", Integer.toString(now.best()));
        values.put(exercise + ".last", Integer.toString(now.last()));
        values.put(exercise + ".total", Integer.toString(now.total()));
        values.put(exercise + ".tries", Integer.toString(now.tries()));
        values.put(exercise + ".at", now.at().toString());
        values.save(COMMENT);
        return now;
    }

    public Optional<Entry> entry(String exercise) {
        String total = values.get(exercise + ".total", null);
        if (total == null) return Optional.empty();
        return Optional.of(new Entry(exercise, Integer.parseInt(values.get(exercise + ".best", "0")),
                Integer.parseInt(values.get(exercise + ".last", "0")), Integer.parseInt(total),
                Integer.parseInt(values.get(exercise + ".tries", "0")),
                Instant.parse(values.get(exercise + ".at", Instant.EPOCH.toString()))));
    }

    public List<Entry> all() {
        TreeSet<String> exercises = new TreeSet<>();
        for (String key : values.keys()) if (key.endsWith(".total")) exercises.add(key.substring(0, key.length() - 6));
        return exercises.stream().map(e -> entry(e).orElseThrow()).toList();
    }

    /** Forgets one exercise's results; true if there were any. */
    public synchronized boolean reset(String exercise) throws IOException {
        if (entry(exercise).isEmpty()) return false;
        for (String suffix : List.of(".best", ".last", ".total", ".tries", ".at")) values.remove(exercise + suffix);
        values.save(COMMENT);
        return true;
    }

    private static final String COMMENT = "wiretutor grades: your learner id and your exercise results";
}
