package org.wiretutor.course;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;

/**
 * Reads one lesson file from a course folder that may be hostile or just broken: a folder or device named
 * {@code *.md}, a dangling or looping link, a link out of the folder, a huge file, bytes that are not UTF-8. Each
 * gives a {@link LessonFormatException} naming the file (and the line, for bad bytes), so the loader and {@code lint}
 * report it and go on with the other files. A UTF-8 byte-order mark is accepted and dropped.
 */
final class LessonFile {
    /** Far beyond any real lesson (the longest bundled one is under 20 KiB); stops a runaway file early. */
    static final int MAX_BYTES = 1024 * 1024;

    private LessonFile() {}

    /** The file's text, or why it cannot be a lesson. {@code dir} is the course folder that lists it. */
    static String read(Path dir, Path file) throws LessonFormatException {
        String name = shownName(file);
        if (Files.isSymbolicLink(file)) linked(dir, file, name);
        // a link has been checked above, so following it here stays inside the folder
        if (Files.isDirectory(file)) throw new LessonFormatException(name, 0, Messages.get("course.file.is.folder"));
        if (!Files.isRegularFile(file)) throw new LessonFormatException(name, 0, Messages.get("course.file.not.regular"));
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new LessonFormatException(name, 0, Messages.get("course.lesson.unreadable", reason(e)));
        }
        if (bytes.length > MAX_BYTES) throw new LessonFormatException(name, 0, Messages.get("course.file.too.big"));
        return decode(name, bytes);
    }

    /** UTF-8, strictly: the first byte that does not decode is named with its line and column. */
    static String decode(String name, byte[] bytes) throws LessonFormatException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int bad = firstBadByte(bytes, start);
        if (bad < 0) return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        int line = 1;
        int lineStart = start;
        for (int i = start; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        throw new LessonFormatException(name, line, Messages.get("course.file.not.utf8", 
                Escape.wire(bytes, bad, 1), bad - lineStart + 1));
    }

    /** The file's name as it may be shown: a name is foreign text too. */
    static String shownName(Path file) {
        Path name = file.getFileName();
        return Escape.string(name == null ? file.toString() : name.toString());
    }

    private static void linked(Path dir, Path file, String name) throws LessonFormatException {
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new LessonFormatException(name, 0, Messages.get("course.file.link.dangling", target(file)));
        } catch (FileSystemException e) {
            throw new LessonFormatException(name, 0, Messages.get("course.file.link.loop", target(file)));
        } catch (IOException e) {
            throw new LessonFormatException(name, 0, Messages.get("course.lesson.unreadable", reason(e)));
        }
        try {
            if (!real.startsWith(dir.toRealPath())) {
                throw new LessonFormatException(name, 0, Messages.get("course.file.link.leaves", Escape.string(real.toString())));
            }
        } catch (IOException e) {
            throw new LessonFormatException(name, 0, Messages.get("course.lesson.unreadable", reason(e)));
        }
    }

    private static String target(Path link) {
        try {
            return Escape.string(Files.readSymbolicLink(link).toString());
        } catch (IOException e) {
            return "?";
        }
    }

    /** Where the first byte that is not well-formed UTF-8 stands, or -1. */
    private static int firstBadByte(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n = Escape.utf8Length(b, i, b.length);
            if (n == 0) return i;
            i += n;
        }
        return -1;
    }

    private static String reason(IOException e) {
        return Escape.string(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
