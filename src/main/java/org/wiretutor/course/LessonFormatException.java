package org.wiretutor.course;

/** A lesson file that does not follow the format; names the file and line so an author can fix it. */
public final class LessonFormatException extends Exception {
    private final String source;
    private final int line;

    public LessonFormatException(String source, int line, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }
}
