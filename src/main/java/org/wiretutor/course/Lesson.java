package org.wiretutor.course;

import java.util.List;

/**
 * One lesson: a Markdown file in {@code lessons/}, split into steps.
 *
 * @param number  its place in the course, from the file name ({@code 01-...} is lesson 1)
 * @param id      a stable name for progress, from the file name without number and extension
 * @param title   from the front matter
 * @param intro   Markdown before the first step
 * @param steps   in order; never empty
 * @param source  where it was read from, for error messages
 * @param mirrorOnly front matter {@code server: mirror}: data.pr4e.org is the built-in mirror while
 *                the lesson runs, because it uses files or behaviour only the mirror has
 */
public record Lesson(int number, String id, String title, String intro, List<Step> steps, String source,
                     boolean mirrorOnly) {
    public Lesson {
        steps = List.copyOf(steps);
    }

    public Lesson(int number, String id, String title, String intro, List<Step> steps, String source) {
        this(number, id, title, intro, steps, source, false);
    }
}
