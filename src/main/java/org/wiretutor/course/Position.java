package org.wiretutor.course;

/** A step of a lesson, by index (0-based). */
public record Position(Lesson lesson, int index) {
    public Step step() {
        return lesson.steps().get(index);
    }

    public boolean isLast() {
        return index == lesson.steps().size() - 1;
    }

    /** 1-based, for people. */
    public int stepNumber() {
        return index + 1;
    }
}
