package org.wiretutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.course.CourseLoader;
import org.wiretutor.course.Lesson;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.wire.WaitPolicy;

/**
 * Every lesson walked through twice as a learner would type it, offline against the real mirror:
 * the right way (every step completes) and a typical wrong way (the lesson does not complete).
 */
class LessonWalkthroughTest {
    static final Path LESSONS = Path.of("lessons");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyLessonHasAPassingAndAFailingWalkthrough() throws IOException {
        var course = CourseLoader.fromDirectory(LESSONS);
        assertTrue(course.problems().isEmpty(), () -> "lessons that do not load: " + course.problems());
        return course.lessons().stream().flatMap(lesson -> Stream.of(
                DynamicTest.dynamicTest(lesson.source() + " walked through correctly completes", () -> walk(lesson, true)),
                DynamicTest.dynamicTest(lesson.source() + " walked through wrongly does not", () -> walk(lesson, false))));
    }

    private void walk(Lesson lesson, boolean pass) throws IOException {
        String name = lesson.source().replace(".md", pass ? ".pass" : ".fail");
        Path script = LESSONS.resolve("walkthroughs").resolve(name);
        assertTrue(Files.exists(script), "missing walkthrough " + script);
        Path home = Files.createTempDirectory(temp, "home");
        ShellOptions options = ShellOptions.defaults(home, "test").withColour(false).withOffline(true)
                .withDialer(ScriptedShellTest.NO_NETWORK).withCourseDir(LESSONS)
                .withWaits(new WaitPolicy(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofMillis(500)))
                .withMirror(MirrorConfig.loopback().withRequestTimeout(Duration.ofSeconds(2))
                        .withKeepAliveTimeout(Duration.ofSeconds(2)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Shells.script(new ByteArrayInputStream(Files.readAllBytes(script)),
                new PrintStream(out, true, StandardCharsets.UTF_8), options);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code);
        assertFalse(text.contains("Something went wrong inside wiretutor"), text);
        String complete = "✓ Lesson " + lesson.number() + ", \"" + lesson.title() + "\", complete.";
        if (pass) {
            assertTrue(text.contains(complete), () -> script + " did not complete the lesson:\n" + text);
            assertFalse(text.contains("(Skipped without finishing"), () -> script + " skipped a step:\n" + text);
        } else {
            assertFalse(text.contains(complete), () -> script + " completed the lesson:\n" + text);
        }
    }
}
