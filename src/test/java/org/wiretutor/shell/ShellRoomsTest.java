package org.wiretutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between the shell's rooms point one way: the loop uses commands, commands use screens and recordings,
 * recordings use screens, and screens use none of them. So no command needs the whole shell, and a screen can change
 * without touching what commands do.
 */
class ShellRoomsTest {
    private static final Path SHELL = Path.of("src/main/java/org/wiretutor/shell");
    /** A name from one of the shell's rooms: {@code org.wiretutor.shell.command.X}, or {@code org.wiretutor.shell.X}. */
    private static final Pattern USE = Pattern.compile("org\\.wiretutor\\.shell\\.(?:(command|screen|record)\\.)?([A-Z]\\w*)");

    /** For each room, the rooms it may use ("" is the shell's own package, the loop). */
    private static final Map<String, List<String>> MAY_USE = Map.of(
            "command", List.of("command", "screen", "record"),
            "record", List.of("record", "screen"),
            "screen", List.of("screen"));

    @Test
    void noRoomReachesBackIntoTheOnesThatUseIt() throws IOException {
        List<String> wrong = new ArrayList<>();
        int scanned = 0;
        for (var room : MAY_USE.entrySet()) {
            try (Stream<Path> files = Files.list(SHELL.resolve(room.getKey()))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    scanned++;
                    Matcher m = USE.matcher(Files.readString(f));
                    while (m.find()) {
                        String used = m.group(1) == null ? "" : m.group(1);
                        boolean doc = m.group(2).equals("Shells") && f.getFileName().toString().equals("package-info.java");
                        if (!room.getValue().contains(used) && !doc) wrong.add(f.getFileName() + " uses " + m.group());
                    }
                }
            }
        }
        assertTrue(scanned > 40, "the scan found the rooms' sources");
        assertEquals(List.of(), wrong);
    }
}
