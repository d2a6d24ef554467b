package org.wiretutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress and grades survive a kill -9 in the middle of writing: always the old or the new file, never half. */
class KillNineTest {
    @Test
    void killedInTheMiddleOfWritingLeavesAReadableFile(@TempDir Path home) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < 8; round++) {
            Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    ProgressWriterMain.class.getName(), home.toString()).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                    StandardCharsets.UTF_8))) {
                int wanted = 5 + round * 7;   // kill at a different point each round, once writes are under way
                for (int i = 0; i < wanted; i++) {
                    String line = out.readLine();
                    assertTrue(line != null && line.startsWith("wrote "), "writer said: " + line);
                }
                writer.destroyForcibly();     // SIGKILL: no shutdown hooks, no finally blocks
                assertTrue(writer.waitFor(10, TimeUnit.SECONDS));
            }
            List<String> notices = new ArrayList<>();
            Progress progress = Progress.load(home, Clock.systemUTC(), notices::add);
            GradeBook grades = GradeBook.load(home, Clock.systemUTC(), notices::add);
            assertEquals(List.of(), notices, "nothing had to be set aside");
            assertTrue(progress.step("http-dance") >= 0 && progress.step("http-dance") < 6);
            assertTrue(grades.entry("url-prompt").isPresent());
        }
    }
}
