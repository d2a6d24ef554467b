package org.wiretutor.course;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.wiretutor.text.Messages;

/**
 * Exercise results, per learner, in the wiretutor folder. Each try is a line of its learner's log,
 * {@code grades/ID.log} (see {@link GradeLog}), signed with what was graded: the command, a SHA-256 of each source
 * file it names, every check and the wiretutor version. The learner working here now is kept in
 * {@code learner.properties}. A {@code grades.properties} from before (one record per exercise) is still read: its
 * results count for the learner id stored in it.
 */
public final class GradeBook {
    static final String LEGACY_FILE = "grades.properties";
    static final String LEARNER_FILE = "learner.properties";
    public static final String LOG_DIR = "grades";
    private static final String LEARNER_KEY = "learner";
    private static final String LEARNER_COMMENT = "wiretutor: the learner id of whoever works in this folder";

    private final Path home;
    private final StoredProperties current;
    private final StoredProperties legacy;
    private final Consumer<String> notice;
    private final Set<String> told = ConcurrentHashMap.newKeySet();
    private final List<String> memory = new ArrayList<>();

    private GradeBook(Path home, StoredProperties current, StoredProperties legacy, Consumer<String> notice) {
        this.home = home;
        this.current = current;
        this.legacy = legacy;
        this.notice = notice;
    }

    /** A grade book kept only in memory (tests, or a folder that cannot be used). */
    public static GradeBook inMemory() {
        return new GradeBook(null, StoredProperties.inMemory(), StoredProperties.inMemory(), s -> { });
    }

    public static GradeBook load(Path home, Clock clock, Consumer<String> notice) {
        return new GradeBook(home, StoredProperties.load(home.resolve(LEARNER_FILE), clock, p -> true, notice),
                legacyFile(home.resolve(LEGACY_FILE), clock, notice), notice);
    }

    private static StoredProperties legacyFile(Path file, Clock clock, Consumer<String> notice) {
        return StoredProperties.load(file, clock, p -> {
            for (String key : p.stringPropertyNames()) {
                if (key.endsWith(".best") || key.endsWith(".last") || key.endsWith(".total") || key.endsWith(".tries")) {
                    Integer.parseInt(p.getProperty(key));
                }
                if (key.endsWith(".at")) Instant.parse(p.getProperty(key));
            }
            return true;
        }, notice);
    }

    /** One try at an exercise, signed with what was graded. */
    public record Try(String learner, String exercise, Instant at, int passed, int total, List<Mark> checks,
                      String command, List<Source> sources, String version) implements GradeLog.Event {
        public Try {
            learner = fold(learner).orElseThrow(() -> new IllegalArgumentException("not a learner id"));
            if (!validExercise(exercise)) throw new IllegalArgumentException("not an exercise id");
            Objects.requireNonNull(at, "at");
            checks = List.copyOf(checks);
            sources = List.copyOf(sources);
            command = Objects.requireNonNullElse(command, "");
            version = Objects.requireNonNullElse(version, "");
        }
    }

    /** One check of a try (or one part of a typed exercise), and whether it passed. */
    public record Mark(String name, boolean passed) {}

    /** A source file named in the command, and the SHA-256 of its bytes (lowercase hex). */
    public record Source(String name, String sha256) {}

    /** One exercise's record for one learner: best and latest score, tries, and when the latest was. */
    public record Entry(String exercise, int best, int last, int total, int tries, Instant at) {
        public boolean done() {
            return total > 0 && best == total;
        }
    }

    /** Learner ids name a person's variant of the exercises: short, no spaces, safe in file names. */
    public static boolean validLearnerId(String id) {
        return id != null && id.matches("[A-Za-z0-9._-]{1,64}");
    }

    /** The id as it is stored and compared: ids are case-blind (alice is ALICE). Empty if it is not a valid id. */
    public static Optional<String> fold(String id) {
        return validLearnerId(id) ? Optional.of(id.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    static boolean validExercise(String id) {
        return id != null && id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    }

    /**
     * The learner working here, checked on every read: the file is the learner's to edit, and an id goes into
     * reports and onto the screen. One that is not a valid id counts as no id (the learner is asked to set one).
     */
    public Optional<String> learner() {
        String stored = current.get(LEARNER_KEY, null);
        if (stored == null) stored = legacy.get(LEARNER_KEY, null);
        if (stored == null) return Optional.empty();
        Optional<String> id = fold(stored);
        if (id.isEmpty() && told.add(LEARNER_KEY)) notice.accept(Messages.get("course.learner.id.invalid"));
        return id;
    }

    public void learner(String id) throws IOException {
        current.put(LEARNER_KEY, fold(id).orElseThrow(() -> new IllegalArgumentException("not a learner id")));
        current.save(LEARNER_COMMENT);
    }

    /** Adds a try to its learner's log. */
    public void record(Try t) throws IOException {
        append(t);
    }

    /** The current learner's record of one exercise. */
    public Optional<Entry> entry(String exercise) {
        return learner().flatMap(id -> entry(id, exercise));
    }

    public Optional<Entry> entry(String learner, String exercise) {
        return Scores.of(events()).entry(learner, exercise);
    }

    /** The current learner's records, by exercise. */
    public List<Entry> all() {
        return learner().map(id -> Scores.of(events()).entries(id)).orElse(List.of());
    }

    /** The try with the best score since the last reset (the latest of equals), for this learner and exercise. */
    public Optional<Try> bestTry(String learner, String exercise) {
        return Scores.of(events()).bestTry(learner, exercise);
    }

    /** Everything recorded in this folder, for every learner. */
    public Scores scores() {
        return Scores.of(events());
    }

    /** Forgets the current learner's results in one exercise; true if there were any. */
    public boolean reset(String exercise, Instant at) throws IOException {
        Optional<String> id = learner();
        if (id.isEmpty() || entry(id.get(), exercise).isEmpty()) return false;
        append(new GradeLog.Reset(id.get(), exercise, at));
        return true;
    }

    private synchronized void append(GradeLog.Event e) throws IOException {
        String line = GradeLog.line(e) + "\n";
        if (home == null) {
            memory.add(line);
            return;
        }
        Path dir = home.resolve(LOG_DIR);
        Path log = dir.resolve(e.learner() + GradeLog.SUFFIX);
        HomeFiles.locked(home, () -> {
            HomeFiles.ensureDir(dir);
            // read again under the lock: lines another wiretutor added since are kept, and ours goes after them
            String before = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : GradeLog.HEADER + "\n";
            if (!before.isEmpty() && !before.endsWith("\n")) before += "\n";
            HomeFiles.replace(log, (before + line).getBytes(StandardCharsets.UTF_8));
            return null;
        });
    }

    private synchronized List<GradeLog.Event> events() {
        GradeLog.Reader reader = new GradeLog.Reader(notice, told);
        if (home == null) return reader.lines("memory", memory.stream().map(String::strip).toList());
        List<GradeLog.Event> out = new ArrayList<>(legacyEvents(reader));
        out.addAll(reader.folder(home.resolve(LOG_DIR)));
        return out;
    }

    private List<GradeLog.Event> legacyEvents(GradeLog.Reader reader) {
        java.util.Properties p = new java.util.Properties();
        for (String key : legacy.keys()) p.setProperty(key, legacy.get(key, ""));
        return reader.legacy(home.resolve(LEGACY_FILE), p);
    }

    /**
     * What many sources say, put together: a home folder, its logs, logs collected from a class, old
     * grades.properties files. The same line found twice counts once.
     */
    public static Scores collect(List<Path> places, Clock clock, Consumer<String> notice) throws IOException {
        Set<String> told = ConcurrentHashMap.newKeySet();
        GradeLog.Reader reader = new GradeLog.Reader(notice, told);
        List<GradeLog.Event> all = new ArrayList<>();
        for (Path place : places) {
            if (Files.isDirectory(place)) {
                all.addAll(reader.folder(place.resolve(LOG_DIR)));
                all.addAll(reader.folder(place));
                if (Files.isRegularFile(place.resolve(LEGACY_FILE))) all.addAll(readLegacy(place.resolve(LEGACY_FILE), reader));
            } else if (Files.isRegularFile(place)) {
                if (place.getFileName().toString().endsWith(".properties")) all.addAll(readLegacy(place, reader));
                else all.addAll(reader.log(place));
            } else {
                throw new java.nio.file.NoSuchFileException(place.toString());
            }
        }
        return Scores.of(all);
    }

    private static List<GradeLog.Event> readLegacy(Path file, GradeLog.Reader reader) {
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return reader.legacy(file, p);
        } catch (IOException | RuntimeException e) {
            reader.lines(file.toString(), List.of("unreadable"));
            return List.of();
        }
    }

    /** Scores worked out from events: per learner, per exercise; a reset forgets what came before it. */
    public static final class Scores {
        private final Map<String, Map<String, List<GradeLog.Event>>> byLearner = new TreeMap<>();

        private Scores() {}

        static Scores of(List<GradeLog.Event> events) {
            Scores s = new Scores();
            for (GradeLog.Event e : new LinkedHashSet<>(events)) {
                s.byLearner.computeIfAbsent(e.learner(), k -> new TreeMap<>())
                        .computeIfAbsent(e.exercise(), k -> new ArrayList<>()).add(e);
            }
            return s;
        }

        /** Every learner with a record, in order. */
        public List<String> learners() {
            return List.copyOf(byLearner.keySet());
        }

        /** Every exercise anyone has a record of. */
        public Set<String> exercises() {
            Set<String> all = new TreeSet<>();
            byLearner.values().forEach(m -> all.addAll(m.keySet()));
            return all;
        }

        public List<Entry> entries(String learner) {
            return byLearner.getOrDefault(learner, Map.of()).keySet().stream()
                    .flatMap(ex -> entry(learner, ex).stream()).toList();
        }

        private List<GradeLog.Event> live(String learner, String exercise) {
            List<GradeLog.Event> events = byLearner.getOrDefault(learner, Map.of()).getOrDefault(exercise, List.of());
            Instant reset = events.stream().filter(e -> e instanceof GradeLog.Reset).map(GradeLog.Event::at)
                    .max(Comparator.naturalOrder()).orElse(null);
            return events.stream().filter(e -> !(e instanceof GradeLog.Reset))
                    .filter(e -> reset == null || e.at().isAfter(reset))
                    .sorted(Comparator.comparing(GradeLog.Event::at)).toList();
        }

        public Optional<Entry> entry(String learner, String exercise) {
            List<GradeLog.Event> events = live(learner, exercise);
            if (events.isEmpty()) return Optional.empty();
            int best = 0;
            int tries = 0;
            for (GradeLog.Event e : events) {
                if (e instanceof Try t) {
                    best = Math.max(best, t.passed());
                    tries++;
                } else if (e instanceof GradeLog.Legacy l) {
                    best = Math.max(best, l.best());
                    tries += l.tries();
                }
            }
            GradeLog.Event latest = events.get(events.size() - 1);
            int last = latest instanceof Try t ? t.passed() : ((GradeLog.Legacy) latest).last();
            int total = latest instanceof Try t ? t.total() : ((GradeLog.Legacy) latest).total();
            return Optional.of(new Entry(exercise, best, last, total, tries, latest.at()));
        }

        public Optional<Try> bestTry(String learner, String exercise) {
            return live(learner, exercise).stream().filter(e -> e instanceof Try).map(e -> (Try) e)
                    .max(Comparator.comparingInt(Try::passed).thenComparing(Try::at));
        }
    }
}
