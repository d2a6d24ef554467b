/**
 * What every check is: something that must really have happened, judged from evidence to a
 * {@link org.wiretutor.check.Verdict}. Lessons judge what crossed the learner's socket or reached the mirror
 * ({@code course}); grading judges a program's runs ({@code grading}); both use this one design, and
 * {@link org.wiretutor.check.HeadReading} so that their request checks read a head the way the protocol core does,
 * by its typed diagnoses. Depends only on the protocol core and {@code text}: no screen, lesson or grader types here.
 */
package org.wiretutor.check;
