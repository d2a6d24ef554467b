package org.wiretutor.course;

import org.wiretutor.bundle.BundledFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads lessons from the jar (the bundled course) or from a folder an instructor points at. */
public final class CourseLoader {
    private static final String BUNDLED = "lessons";
    static final String PROGRAMS = "programs";

    private CourseLoader() {}

    /** The lessons built into wiretutor; works from a jar and from a class folder alike. */
    public static Course bundled() {
        try {
            var dir = BundledFolder.find(BUNDLED);
            return dir.isEmpty() ? new Course(List.of(), List.of()) : fromDirectory(dir.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every {@code NN-name.md} file in the folder; other files (README.md) are left alone. A file that cannot be a
     * lesson (see {@link LessonFile}) becomes one of the course's problems, which the shell names, and the rest load.
     */
    public static Course fromDirectory(Path dir) throws IOException {
        List<Lesson> lessons = new ArrayList<>();
        List<LessonFormatException> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!LessonParser.isLessonFileName(name)) continue;
                try {
                    lessons.add(LessonParser.parse(name, LessonFile.read(dir, file)));
                } catch (LessonFormatException e) {
                    problems.add(e);
                }
            }
        }
        return new Course(lessons, problems, new CoursePrograms(dir.resolve(PROGRAMS)));
    }
}
