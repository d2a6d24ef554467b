package org.wiretutor.grading;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/** Grades the sample solutions under src/test/resources/solutions with the bundled exercises. */
final class Solutions {

    static final String LEARNER = "sample";
    private static final ExerciseCatalog CATALOG = ExerciseCatalog.bundled();

    private Solutions() {
    }

    static Grade grade(int exercise, String file) throws Exception {
        return grade(exercise, file, ProgramGrader.DEFAULT_LIMIT, LEARNER);
    }

    static Grade grade(int exercise, String file, Duration limit, String learner) throws Exception {
        Path folder = folder(exercise);
        List<String> command = file.endsWith(".py") ? List.of("python3", file) : List.of("java", file);
        if (file.endsWith(".py")) {
            assumePython();
        }
        Exercise e = CATALOG.find(Integer.toString(exercise)).orElseThrow();
        return new ProgramGrader(Clock.systemUTC(), limit).grade(e, learner, command, folder);
    }

    /** Grades {@code command} (run in {@code folder}) for the learner, as {@code check --reveal} does when asked. */
    static Grade grade(int exercise, List<String> command, Path folder, String learner, boolean reveal)
            throws Exception {
        Exercise e = CATALOG.find(Integer.toString(exercise)).orElseThrow();
        return new ProgramGrader(Clock.systemUTC(), ProgramGrader.DEFAULT_LIMIT).grade(e, learner, command, folder,
                reveal);
    }

    static Path folder(int exercise) throws URISyntaxException {
        var url = Solutions.class.getClassLoader().getResource(String.format("solutions/ex%02d", exercise));
        assertNotNull(url, "solutions folder for exercise " + exercise);
        return Path.of(url.toURI());
    }

    static CheckResult check(Grade g, String name) {
        return g.checks().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseGet(() -> fail("no check " + name + " in " + describe(g)));
    }

    static String describe(Grade g) {
        return g.checks().stream().map(c -> (c.passed() ? "PASS " : "FAIL ") + c.name() + ": " + c.message()
                        + c.caret().map(k -> "\n" + String.join("\n", k.render())).orElse(""))
                .collect(Collectors.joining("\n")) + "\n--- output ---\n" + g.programOutput();
    }

    private static Boolean python;

    static synchronized void assumePython() {
        if (python == null) {
            python = onPath("python3");
        }
        Assumptions.assumeTrue(python, "python3 is not installed");
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

}
