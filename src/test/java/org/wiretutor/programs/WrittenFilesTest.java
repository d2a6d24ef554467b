package org.wiretutor.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files a program created or changed in its working directory, and only those. */
class WrittenFilesTest {
    @TempDir
    Path dir;

    @Test
    void newAndChangedFilesAreFoundWithTheirSizes() throws Exception {
        Files.writeString(dir.resolve("old.txt"), "before");
        Files.writeString(dir.resolve("untouched.txt"), "same");
        Files.createDirectories(dir.resolve("out"));
        WrittenFiles files = WrittenFiles.before(dir);
        var r = ProgramRunner.run(List.of("sh", "-c", "printf abc > new.bin; printf ' and after' >> old.txt;"
                + " printf 12345 > out/deep.txt"), dir, Map.of(), Duration.ofSeconds(10));
        assertEquals(0, r.exit(), r.output());
        assertEquals(List.of(new WrittenFiles.Written("new.bin", 3, true),
                new WrittenFiles.Written("old.txt", 16, false),
                new WrittenFiles.Written("out/deep.txt", 5, true)), files.since());
        assertEquals(dir.toAbsolutePath().normalize(), files.dir());
    }

    @Test
    void aProgramThatWritesNothingLeavesAnEmptyList() throws Exception {
        Files.writeString(dir.resolve("program.py"), "print('hi')\n");
        WrittenFiles files = WrittenFiles.before(dir);
        ProgramRunner.run(List.of("sh", "-c", "cat program.py"), dir, Map.of(), Duration.ofSeconds(10));
        assertEquals(List.of(), files.since());
    }
}
