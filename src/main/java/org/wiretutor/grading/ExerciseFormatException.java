package org.wiretutor.grading;

/** An exercise folder an instructor wrote that cannot be used, with the file and the reason. */
public final class ExerciseFormatException extends Exception {

    private final String file;
    private final String reason;

    public ExerciseFormatException(String file, String reason) {
        super(file + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
