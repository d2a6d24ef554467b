package org.wiretutor.grading;

import java.nio.file.Path;
import java.util.List;
import org.wiretutor.course.GradeBook;
import org.wiretutor.course.SourceDigest;

/** A grade as it is kept in the learner's record: signed with the command, its source files and our version. */
public final class GradeRecord {
    private GradeRecord() {}

    public static GradeBook.Try of(Exercise exercise, Grade grade, List<String> command, Path dir, String version) {
        return new GradeBook.Try(grade.learner(), exercise.id(), grade.at(), grade.passed(), grade.total(),
                grade.checks().stream().map(c -> new GradeBook.Mark(c.name(), c.passed())).toList(),
                String.join(" ", command), SourceDigest.of(command, dir), version);
    }
}
