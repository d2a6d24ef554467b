package org.wiretutor.shell.command;

import java.nio.file.Path;
import java.time.Clock;
import org.wiretutor.course.GradeBook;
import org.wiretutor.grading.ExerciseCatalog;

/**
 * The learner's own things and the settings that stamp them: the wiretutor folder (history, progress, copies of
 * the course's programs), the grade book with the learner's id, the exercises, the clock, and the version that
 * wrote a grade or a handout.
 */
public record LearnerHome(Path home, GradeBook grades, ExerciseCatalog exercises, Clock clock, String version) {}
