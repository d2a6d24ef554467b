package org.wiretutor.grading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The source of the learner's program, when the command names it ({@code python3 mine.py}, {@code java Mine.java}):
 * what it imports tells a library from a socket better than the request's bytes can, since a socket can send any
 * header a library sends. Read only, bounded, and never shown.
 */
record ProgramSource(String text) {

    /** Sources are short; a bigger file is read this far. */
    static final int MAX_BYTES = 256 * 1024;
    static final ProgramSource UNKNOWN = new ProgramSource("");

    /** Python's HTTP libraries and Java's, as a program's source names them when it uses them. */
    private static final List<Library> LIBRARIES = List.of(
            new Library("urllib.request", Pattern.compile("(?m)^\\s*(?:import\\s+urllib\\.request|from\\s+urllib"
                    + "(?:\\.request)?\\s+import\\s+(?:.*\\b(?:request|urlopen)\\b))|\\burllib\\.request\\.urlopen")),
            new Library("http.client", Pattern.compile("(?m)^\\s*(?:import\\s+http\\.client|from\\s+http(?:\\.client)?"
                    + "\\s+import\\s+.*\\b(?:client|HTTPConnection)\\b)")),
            new Library("requests", Pattern.compile("(?m)^\\s*(?:import\\s+requests\\b|from\\s+requests\\s+import)")),
            new Library("urllib3", Pattern.compile("(?m)^\\s*(?:import\\s+urllib3\\b|from\\s+urllib3\\s+import)")),
            new Library("httpx", Pattern.compile("(?m)^\\s*(?:import\\s+httpx\\b|from\\s+httpx\\s+import)")),
            new Library("java.net.http.HttpClient", Pattern.compile("\\bjava\\.net\\.http\\b|\\bHttpClient\\b")),
            new Library("java.net.HttpURLConnection",
                    Pattern.compile("\\bHttpURLConnection\\b|\\.openConnection\\s*\\(|\\.openStream\\s*\\(")));
    private static final Pattern SOCKET = Pattern.compile(
            "(?m)^\\s*(?:import\\s+socket\\b|from\\s+socket\\s+import)"
            + "|\\bjava\\.net\\.Socket\\b|\\bnew\\s+Socket\\s*\\(");

    private record Library(String name, Pattern use) {
    }

    /** The first argument that names a readable .py or .java file, resolved against the working folder. */
    static ProgramSource of(List<String> command, Path workDir) {
        for (String arg : command) {
            String lower = arg.toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".py") && !lower.endsWith(".java")) {
                continue;
            }
            try {
                Path file = workDir.resolve(arg);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    return new ProgramSource(new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8));
                }
            } catch (IOException | RuntimeException e) {
                // unreadable: judge by the request alone
            }
        }
        return UNKNOWN;
    }

    boolean known() {
        return !text.isEmpty();
    }

    /** The HTTP library the source uses, if any. */
    Optional<String> library() {
        return LIBRARIES.stream().filter(l -> l.use().matcher(text).find()).map(Library::name).findFirst();
    }

    /** Whether the source opens a socket itself. */
    boolean usesSocket() {
        return SOCKET.matcher(text).find();
    }
}
