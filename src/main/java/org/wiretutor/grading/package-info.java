/**
 * Grades learners' own programs for the chapter's end-of-chapter exercises against what they really sent (the
 * bytes a private mirror received) and printed. Every failure names the mistake and, where it is about bytes,
 * points at it with a {@link org.wiretutor.check.Caret}.
 */
package org.wiretutor.grading;
