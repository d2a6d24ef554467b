package org.wiretutor.course;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The lessons that could be read, in order, and the files that could not (so the shell can
 * name them instead of failing).
 */
public record Course(List<Lesson> lessons, List<LessonFormatException> problems, CoursePrograms programs) {
    public Course(List<Lesson> lessons, List<LessonFormatException> problems) {
        this(lessons, problems, CoursePrograms.none());
    }

    public Course {
        lessons = lessons.stream().sorted(Comparator.comparingInt(Lesson::number)).toList();
        problems = List.copyOf(problems);
    }

    public Optional<Lesson> lesson(int number) {
        return lessons.stream().filter(l -> l.number() == number).findFirst();
    }

    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
