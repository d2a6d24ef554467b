package org.wiretutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The clone's {@code ./wiretutor} and the distribution's {@code bin/wiretutor} and {@code bin/wiretutor.cmd}
 * start the JVM the same way and train the class-data-sharing archive the same way: a change to one shows here.
 */
class DistributionScriptsTest {
    private static String read(String path) throws IOException {
        return Files.readString(Path.of(path));
    }

    private static String first(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        assertTrue(m.find(), what + " not found by " + pattern);
        return m.group(1);
    }

    @Test
    void everyLauncherUsesTheSameJavaOptions() throws IOException {
        String clone = first(Pattern.compile("exec java \\$\\{WIRETUTOR_JAVA_OPTS:-(.+?) \\$cds\\}"), read("wiretutor"),
                "./wiretutor's Java options");
        assertEquals(clone, first(Pattern.compile("(?m)^java_opts=\"(.+)\"$"), read("src/dist/bin/wiretutor"),
                "bin/wiretutor's Java options"));
        assertEquals(clone, first(Pattern.compile("(?m)^set \"WT_OPTS=(.+)\"\\r?$"), read("src/dist/bin/wiretutor.cmd"),
                "bin/wiretutor.cmd's Java options"));
    }

    @Test
    void everyLauncherTrainsTheArchiveWithTheHiddenSessionAndQuietLogs() throws IOException {
        for (String script : new String[] {"wiretutor", "src/dist/bin/wiretutor", "src/dist/bin/wiretutor.cmd"}) {
            String text = read(script);
            assertTrue(text.contains("-XX:ArchiveClassesAtExit="), script);
            assertTrue(text.contains("-Xlog:disable -Xlog:all=off"), script);
            assertTrue(text.contains("--train-startup"), script);
            assertTrue(text.contains("-XX:SharedArchiveFile="), script);
            assertTrue(text.contains("-Xshare:auto"), script);
        }
    }
}
