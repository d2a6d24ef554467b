package org.wiretutor.grading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.wiretutor.bundle.BundledFolder;
import org.wiretutor.text.Messages;

/**
 * The exercises in a folder of {@code NN-name/} folders, each with a README.md and an exercise.properties. Broken
 * folders are reported in {@link #problems()} instead of failing the rest, so an instructor sees every mistake at
 * once.
 */
public final class ExerciseCatalog {

    private static final String BUNDLED = "exercises";
    private static final Pattern FOLDER = Pattern.compile("(\\d\\d)-([a-z0-9]+(?:-[a-z0-9]+)*)");
    /** A statement is a page for beginners; this bounds what is read into memory. */
    private static final long MAX_STATEMENT = 256 * 1024;

    private final List<Exercise> exercises;
    private final List<String> problems;

    private ExerciseCatalog(List<Exercise> exercises, List<String> problems) {
        this.exercises = List.copyOf(exercises);
        this.problems = List.copyOf(problems);
    }

    /** The exercises built into wiretutor; works from the shaded jar and from a class folder alike. */
    public static ExerciseCatalog bundled() {
        return BundledFolder.find(BUNDLED).map(ExerciseCatalog::fromDirectory)
                .orElseGet(() -> new ExerciseCatalog(List.of(), List.of(Messages.get("grading.catalog.not.bundled", BUNDLED))));
    }

    /** Every {@code NN-name} folder in {@code dir}; other entries (README.md) are left alone. */
    public static ExerciseCatalog fromDirectory(Path dir) {
        List<Exercise> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Path> folders;
        try (Stream<Path> list = Files.list(dir)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            return new ExerciseCatalog(List.of(), List.of(Messages.get("grading.catalog.cannot.list", dir, e.getMessage())));
        }
        for (Path folder : folders) {
            String name = folder.getFileName().toString().replace("/", "");
            Matcher m = FOLDER.matcher(name);
            if (!m.matches()) {
                continue;
            }
            try {
                found.add(load(folder, name, Integer.parseInt(m.group(1)), m.group(2)));
            } catch (ExerciseFormatException e) {
                problems.add(e.getMessage());
            } catch (IOException e) {
                problems.add(Messages.get("grading.catalog.cannot.read", name, e.getMessage()));
            }
        }
        for (int i = 1; i < found.size(); i++) {
            if (found.get(i).number() == found.get(i - 1).number()) {
                problems.add(Messages.get("grading.catalog.number.twice", found.get(i).folder().getFileName(),
                        found.get(i).number()));
            }
        }
        return new ExerciseCatalog(found, problems);
    }

    private static Exercise load(Path folder, String name, int number, String id)
            throws ExerciseFormatException, IOException {
        ExerciseSpec spec = ExerciseSpec.read(folder, name + "/" + ExerciseSpec.FILE);
        if (spec.number() != number) {
            throw new ExerciseFormatException(name + "/" + ExerciseSpec.FILE, Messages.get("grading.spec.number.folder",
                    spec.number(), number));
        }
        Path readme = folder.resolve("README.md");
        if (!Files.isRegularFile(readme)) {
            throw new ExerciseFormatException(name + "/README.md", Messages.get("grading.statement.missing"));
        }
        if (Files.size(readme) > MAX_STATEMENT) {
            throw new ExerciseFormatException(name + "/README.md", Messages.get("grading.spec.too.large", MAX_STATEMENT));
        }
        String statement = Files.readString(readme, StandardCharsets.UTF_8);
        return new Exercise(number, id, spec.title(), statement, spec.kind(), folder);
    }

    public List<Exercise> all() {
        return exercises;
    }

    /** By number ({@code 2}, {@code 02}), id ({@code count-chars}) or folder name ({@code 02-count-chars}). */
    public Optional<Exercise> find(String numberOrId) {
        if (numberOrId == null) {
            return Optional.empty();
        }
        String key = numberOrId.strip();
        return exercises.stream().filter(e -> key.equals(e.id())
                || key.equals(String.format("%02d-%s", e.number(), e.id()))
                || key.matches("\\d{1,2}") && Integer.parseInt(key) == e.number()).findFirst();
    }

    /** One line per unusable folder: {@code file: reason}. */
    public List<String> problems() {
        return problems;
    }
}
