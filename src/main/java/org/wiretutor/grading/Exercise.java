package org.wiretutor.grading;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One end-of-chapter exercise as bundled or written by an instructor.
 *
 * @param number    its number in the chapter, 1 to 99
 * @param id        the folder name without its number, e.g. {@code url-prompt}
 * @param statement the README.md, Markdown for beginners
 * @param folder    where its files are; may be inside the jar
 */
public record Exercise(int number, String id, String title, String statement, Kind kind, Path folder) {

    /** PROGRAM: the learner writes a program we run. TYPED: the learner types answers (graded elsewhere). */
    public enum Kind { PROGRAM, TYPED }

    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(folder, "folder");
    }
}
