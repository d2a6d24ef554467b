package org.wiretutor.course;

/** A lesson file that does not follow the format; names the file and line so an author can fix it. */
public final class LessonFormatException extends Exception {
    private final String source;
    private final int line;
    private final String problem;

    public LessonFormatException(String source, int line, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    /** What is wrong, without the file and line: for a list that names them itself. */
    public String problem() {
        return problem;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }
}
