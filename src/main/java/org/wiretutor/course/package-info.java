/**
 * The course in the shell: lessons read from Markdown ({@link org.wiretutor.course.LessonParser}), their steps and the
 * checks that judge each step ({@link org.wiretutor.course.StepCheck}, one kind of
 * {@link org.wiretutor.check.Check}), the session that follows a learner through them, exercises typed in the shell,
 * progress and grades. Request checks decide from the protocol core's diagnoses; the words come from the catalogue's
 * {@code course} section. Knows nothing of terminals: the shell shows what it returns.
 */
package org.wiretutor.course;
