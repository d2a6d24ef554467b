package org.wiretutor.course;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The programs a course ships in its {@code programs/} folder. A learner runs a copy kept in
 * their wiretutor folder, so they can read and change it; their changes are never overwritten.
 * {@code programs.properties} says which programs take the server as {@code HOST PORT} arguments.
 */
public final class CoursePrograms {
    static final String MANIFEST = "programs.properties";
    private final Path source;
    private final Properties manifest = new Properties();

    CoursePrograms(Path source) {
        this.source = source;
        Path file = source.resolve(MANIFEST);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                manifest.load(in);
            } catch (IOException ignored) {
                // no manifest: no program gets the server added to its arguments
            }
        }
    }

    public static CoursePrograms none() {
        return new CoursePrograms(Path.of("/nonexistent-wiretutor-programs"));
    }

    public List<String> names() {
        if (!Files.isDirectory(source)) return List.of();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(source)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".py") || n.endsWith(".java"))
                    .sorted().forEach(names::add);
        } catch (IOException ignored) {
            // an unreadable folder lists nothing
        }
        return names;
    }

    public boolean exists(String name) {
        return names().contains(name);
    }

    /** True when the program expects the server's HOST and PORT as its last arguments. */
    public boolean takesServerArguments(String name) {
        return "host-port".equals(manifest.getProperty(name, "").strip());
    }

    /** The course's own file of the program, to show it; the learner's copy may differ. */
    public Optional<Path> source(String name) {
        return exists(name) ? Optional.of(source.resolve(name)) : Optional.empty();
    }

    /** The learner's copy in {@code dir}, made from the course's on first use. */
    public Optional<Path> copyInto(String name, Path dir) throws IOException {
        if (!exists(name)) return Optional.empty();
        Path mine = dir.resolve(name);
        if (!Files.exists(mine)) {
            Files.createDirectories(dir);
            Files.copy(source.resolve(name), mine);
        }
        return Optional.of(mine);
    }
}
