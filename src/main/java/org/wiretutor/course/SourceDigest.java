package org.wiretutor.course;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Which program was graded: every word of the command that names a file which exists ({@code python3 my.py} →
 * {@code my.py}, {@code java Bad.java} → {@code Bad.java}), with the SHA-256 of its bytes. An instructor can check a
 * handed-in file against a grade with {@code sha256sum}.
 */
public final class SourceDigest {
    private static final int MOST_FILES = 16;

    private SourceDigest() {}

    /** The source files named in {@code command}, resolved from {@code dir}; empty when none is found. */
    public static List<GradeBook.Source> of(List<String> command, Path dir) {
        List<GradeBook.Source> out = new ArrayList<>();
        for (String word : new LinkedHashSet<>(command)) {
            if (out.size() == MOST_FILES) break;
            if (word.isEmpty() || word.startsWith("-")) continue;
            try {
                Path file = dir.resolve(word);
                if (!Files.isRegularFile(file)) continue;
                out.add(new GradeBook.Source(word, sha256(file)));
            } catch (InvalidPathException | IOException e) {
                // not a file we can read: it is not counted as a source
            }
        }
        return out;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
