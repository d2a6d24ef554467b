package org.wiretutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wiretutor.shell.ScriptedShellTest.assertShows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.wire.WaitPolicy;

/** After {@code run}, the learner is told where the files the program wrote are. */
class RunFilesTest {
    @TempDir
    Path home;

    private String run(String script) {
        ShellOptions options = ShellOptions.defaults(home, "test").withColour(false).withOffline(true)
                .withDialer(ScriptedShellTest.NO_NETWORK)
                .withWaits(new WaitPolicy(Duration.ofMillis(400), Duration.ofSeconds(2), Duration.ofMillis(300)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Shells.script(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), options);
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void urljpegSaysWhereItSavedThePicture() throws Exception {
        Assumptions.assumeTrue(ScriptedShellTest.onPath("python3"), "python3 is not installed");
        String out = run("run urljpeg.py\n");
        Path programs = home.resolve("programs").toAbsolutePath().normalize();
        Path jpg = programs.resolve("stuff.jpg");
        assertTrue(Files.exists(jpg), out);
        assertShows(out, "Files it wrote, in its working directory " + programs + ":");
        assertShows(out, "stuff.jpg " + String.format(java.util.Locale.ROOT, "%,d", Files.size(jpg)) + " bytes (new)");

        // as if saved long ago, so the rewrite shows whatever the file system's clock resolution
        Files.setLastModifiedTime(jpg, java.nio.file.attribute.FileTime.fromMillis(0));
        String again = run("run urljpeg.py\n");
        assertShows(again, "stuff.jpg " + String.format(java.util.Locale.ROOT, "%,d", Files.size(jpg))
                + " bytes (changed)");
    }

    @Test
    void aProgramThatWritesNoFileSaysNothingAboutFiles() throws Exception {
        Assumptions.assumeTrue(ScriptedShellTest.onPath("python3"), "python3 is not installed");
        String out = run("run socket1.py\n");
        assertShows(out, "It finished without an error");
        assertTrue(!out.contains("Files it wrote"), out);
    }
}
