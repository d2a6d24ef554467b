package org.wiretutor.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.wiretutor.shell.command.Suggest;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;

/**
 * The programs {@code run} starts by name alone: the course's, and the program files in the folder wiretutor was
 * started in. A run line the shell suggests, and the program named after {@code run}, are checked against them, so
 * the learner is told a line that works: {@code run urljpeg.py} for the course's program, not {@code run ./urljpeg.py}
 * for a file that is not there, and the name meant for one mistyped.
 */
final class ProgramNames {
    /** A folder of thousands of files must not make a mistyped name slow to answer. */
    private static final int MAX_FILES = 1000;

    private final Path folder;
    private final Supplier<List<String>> course;

    /**
     * @param folder the folder {@code run} finds the learner's own programs in
     * @param course the names of the course's programs
     */
    ProgramNames(Path folder, Supplier<List<String>> course) {
        this.folder = folder;
        this.course = course;
    }

    /** True for a file of that name in the folder. */
    boolean inFolder(String name) {
        try {
            return Files.isRegularFile(folder.resolve(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    boolean inCourse(String name) {
        return course.get().contains(name);
    }

    /**
     * The program a learner meant by a program file's name that is neither the course's nor in the folder: the
     * nearest name that is ({@code urllib.py} for {@code urllib1.py}); empty for any other word.
     */
    Optional<String> meant(String name) {
        // the name without its ending: urlwords for urlwords.py
        if (!name.contains(".")) {
            for (String ending : List.of(".py", ".java")) {
                if (inFolder(name + ending) || inCourse(name + ending)) return Optional.of(name + ending);
            }
        }
        if (!programFile(name) || inFolder(name) || inCourse(name)) return Optional.empty();
        List<String> names = new ArrayList<>(course.get());
        names.addAll(folderPrograms());
        return Suggest.closest(name, names);
    }

    /**
     * What is wrong with the program named after {@code run} when the learner surely meant another, or empty to
     * let run start it (or say itself why not): {@code ./NAME} for a course program with no such file in the
     * folder, or a program file's name that is nowhere but near one that is.
     *
     * @param runText the words after {@code run}, as typed
     */
    Optional<String> misnamed(String runText) {
        List<String> words = ProgramLike.words(runText.strip());
        if (words.isEmpty()) return Optional.empty();
        String program = words.get(0);
        if (program.startsWith("./") && program.indexOf('/', 2) < 0) {
            String name = program.substring(2);
            if (!inFolder(name) && inCourse(name)) {
                return Optional.of(Messages.get("shell.guess.courseProgram", Escape.string(program), folder.toString(),
                        Escape.string(name)));
            }
            return Optional.empty();
        }
        if (program.contains("/")) return Optional.empty();
        return meant(program).map(near -> Messages.get("shell.guess.program", Escape.string(program),
                folder.toString(), Escape.string(near)));
    }

    /** The program a typed word names as run takes it: {@code ./NAME} is the course's NAME when the folder has none. */
    String asRunTakes(String program) {
        if (program.startsWith("./") && program.indexOf('/', 2) < 0) {
            String name = program.substring(2);
            return !inFolder(name) && inCourse(name) ? name : meant(name).orElse(program);
        }
        if (program.contains("/")) return program;
        return meant(program).orElse(program);
    }

    /** A file run starts with python3 or java: {@code .py} or {@code .java}, not hidden. */
    static boolean programFile(String word) {
        return (word.endsWith(".py") || word.endsWith(".java")) && !word.startsWith(".") && !word.contains("/");
    }

    private List<String> folderPrograms() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.limit(MAX_FILES).map(p -> p.getFileName().toString()).filter(ProgramNames::programFile)
                    .filter(this::inFolder).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();   // an unreadable folder offers no names
        }
    }
}
