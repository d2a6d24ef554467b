package org.wiretutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a file in a course folder can fail to be a lesson gets its own message, naming the file. */
class LessonFileTest {
    @TempDir
    Path dir;

    private String problem(String name) {
        LessonFormatException e = assertThrows(LessonFormatException.class, () -> LessonFile.read(dir, dir.resolve(name)));
        assertEquals(name, e.source());
        return e.getMessage();
    }

    @Test
    void utf8WithOrWithoutAByteOrderMarkReads() throws Exception {
        Files.write(dir.resolve("01-a.md"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', (byte) 0xC3, (byte) 0xA9});
        assertEquals("hé", LessonFile.read(dir, dir.resolve("01-a.md")));
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/real.md"), "inside");
        Files.createSymbolicLink(dir.resolve("02-b.md"), Path.of("sub/real.md"));
        assertEquals("inside", LessonFile.read(dir, dir.resolve("02-b.md")), "a link within the folder is fine");
    }

    @Test
    void bytesThatAreNotUtf8AreNamedWithLineAndColumn() throws Exception {
        Files.write(dir.resolve("01-a.md"), "one\ntwo\nab\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("01-a.md:3: is not UTF-8: the byte \\xE9 at column 3 cannot be read. Save the file as UTF-8"
                + " (most editors offer it under \"Save as\" or \"Encoding\")", problem("01-a.md"));
        Files.write(dir.resolve("02-b.md"), new byte[] {'x', (byte) 0xE2, (byte) 0x82});
        assertTrue(problem("02-b.md").startsWith("02-b.md:1: is not UTF-8: the byte \\xE2 at column 2"),
                "a sequence cut short at the end of the file");
    }

    @Test
    void foldersDevicesAndHugeFilesAreNotLessons() throws Exception {
        Files.createDirectories(dir.resolve("01-a.md"));
        assertEquals("01-a.md: is a folder, not a lesson file; rename it or move it out of the course", problem("01-a.md"));
        Files.write(dir.resolve("02-b.md"), new byte[LessonFile.MAX_BYTES + 1]);
        assertTrue(problem("02-b.md").contains("is larger than 1 MiB"));
        Files.write(dir.resolve("03-c.md"), new byte[LessonFile.MAX_BYTES]);
        assertEquals(LessonFile.MAX_BYTES, LessonFile.read(dir, dir.resolve("03-c.md")).length(), "1 MiB exactly is allowed");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", dir.resolve("04-d.md").toString()).start().waitFor() == 0,
                "mkfifo is not available");
        assertTrue(problem("04-d.md").contains("is not an ordinary file (a device, pipe or socket)"),
                "a pipe is refused before anything blocks reading it");
    }

    @Test
    void linksThatLeadNowhereLoopOrLeaveTheFolderAreNamed() throws Exception {
        Files.createSymbolicLink(dir.resolve("01-a.md"), Path.of("gone.md"));
        assertEquals("01-a.md: is a symbolic link to gone.md, which does not exist; fix the link or remove it", problem("01-a.md"));
        Files.createSymbolicLink(dir.resolve("02-b.md"), Path.of("02-b.md"));
        assertTrue(problem("02-b.md").contains("that never reaches a file (a loop)"));
        Path outside = Files.writeString(Files.createTempFile("outside", ".md"), "secret");
        try {
            Files.createSymbolicLink(dir.resolve("03-c.md"), outside);
            assertTrue(problem("03-c.md").startsWith("03-c.md: is a symbolic link out of the course folder (to "));
        } finally {
            Files.delete(outside);
        }
    }
}
