package org.wiretutor.programs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wiretutor.text.Messages;

/**
 * How to start a program the learner named, in their own folder: a file ({@code my.py}, {@code ./My.java},
 * {@code ./a.out}) or a command with its arguments ({@code python3 my.py}). Everything that would make the start
 * fail is found out first and said in plain words, so starting it is the only thing left that can go wrong.
 */
public final class OwnProgram {
    /** The first line of a script, at most this long, is read for its interpreter. */
    private static final int SHEBANG_MAX = 256;

    private OwnProgram() {}

    /** What to do with the words. */
    public sealed interface Plan permits Start, Refused {}

    /**
     * Start this command in the folder.
     *
     * @param name  the program's file name (or the command's), as the course judges it
     * @param shown the command as the learner would type it in that folder
     */
    public record Start(List<String> command, String name, String shown) implements Plan {}

    /** It cannot be started, and {@code why}, in words for the learner. */
    public record Refused(String why) implements Plan {}

    /**
     * @param words  what followed {@code run}: a file or command, then its arguments
     * @param folder the learner's current folder, where the program runs
     * @param path   the PATH the program would be looked up in
     */
    public static Plan plan(List<String> words, Path folder, String path) {
        String first = words.get(0);
        List<String> args = words.subList(1, words.size());
        Path file;
        try {
            file = folder.resolve(first);
        } catch (java.nio.file.InvalidPathException e) {
            return new Refused(Messages.get("programs.no.such.file", first, folder));
        }
        boolean pathLike = first.contains("/") || first.contains(java.io.File.separator);
        if (!pathLike && !Files.exists(file)) return command(first, args, folder, path);
        if (Files.isDirectory(file)) return new Refused(Messages.get("programs.is.a.folder", first, first));
        if (!Files.isRegularFile(file)) return new Refused(Messages.get("programs.no.such.file", first, folder));
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> cmd = new ArrayList<>();
        String shownFile = pathLike ? first : name;
        String shown;
        if (lower.endsWith(".py")) {
            Optional<Path> python = onPath("python3", path).or(() -> onPath("python", path));
            if (python.isEmpty()) return new Refused(Messages.get("programs.need.python", name));
            cmd.addAll(List.of(python.get().toString(), file.toString()));
            shown = python.get().getFileName() + " " + shownFile;
        } else if (lower.endsWith(".java")) {
            cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), file.toString()));
            shown = "java " + shownFile;
        } else {
            Optional<String> shebang = shebang(file);
            if (!Files.isExecutable(file)) {
                return new Refused(shebang.isPresent() ? Messages.get("programs.not.executable", first, first, first)
                        : lower.endsWith(".c") ? Messages.get("programs.compile.first", first, first)
                        : Messages.get("programs.unknown.kind", first, first, first));
            }
            if (shebang.isPresent()) {
                Optional<String> missing = missingInterpreter(shebang.get(), path);
                if (missing.isPresent()) {
                    return new Refused(Messages.get("programs.no.interpreter", first, missing.get()));
                }
            }
            cmd.add(file.toString());
            shown = pathLike ? first : "./" + first;
        }
        cmd.addAll(args);
        return new Start(cmd, name, join(shown, args));
    }

    /** A command on PATH, such as {@code python3} or {@code curl}, with its arguments. */
    private static Plan command(String word, List<String> args, Path folder, String path) {
        Optional<Path> found = onPath(word, path);
        if (found.isEmpty()) return new Refused(Messages.get("programs.nothing.called", word, folder));
        List<String> cmd = new ArrayList<>();
        cmd.add(found.get().toString());
        cmd.addAll(args);
        String name = args.stream().filter(a -> !a.startsWith("-")).findFirst()
                .map(a -> Path.of(a).getFileName().toString()).orElse(word);
        return new Start(cmd, name, join(word, args));
    }

    private static String join(String first, List<String> args) {
        return args.isEmpty() ? first : first + " " + String.join(" ", args);
    }

    /** The interpreter line of a script ({@code #!/usr/bin/env python3} → "/usr/bin/env python3"), if it has one. */
    static Optional<String> shebang(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SHEBANG_MAX);
            if (head.length < 2 || head[0] != '#' || head[1] != '!') return Optional.empty();
            String line = new String(head, 2, head.length - 2, StandardCharsets.UTF_8);
            int end = line.indexOf('\n');
            return Optional.of((end < 0 ? line : line.substring(0, end)).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The interpreter a script names that is not on this computer, if so: "/usr/bin/ruby", or "ruby" for env. */
    static Optional<String> missingInterpreter(String shebang, String path) {
        String[] words = shebang.split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) return Optional.empty();
        Path interpreter = Path.of(words[0]);
        if (!Files.isExecutable(interpreter)) return Optional.of(words[0]);
        if (interpreter.getFileName().toString().equals("env")) {
            for (int i = 1; i < words.length; i++) {
                if (words[i].startsWith("-") || words[i].contains("=")) continue;
                return onPath(words[i], path).isPresent() ? Optional.empty() : Optional.of(words[i]);
            }
        }
        return Optional.empty();
    }

    /** An executable file called {@code name} in one of PATH's folders. */
    static Optional<Path> onPath(String name, String path) {
        if (path == null || name.isEmpty()) return Optional.empty();
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            try {
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
            } catch (java.nio.file.InvalidPathException e) {
                // a name no file can have
            }
        }
        return Optional.empty();
    }
}
