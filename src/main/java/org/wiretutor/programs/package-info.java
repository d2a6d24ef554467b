/**
 * Running a program — one of the course's, or the learner's own — with a time limit and contained (its own process
 * tree, memory and process limits), its connections to data.pr4e.org bent to the mirror, and the files it wrote
 * noted. Its input is given text, a file, or lines typed while it runs ({@code ProgramRunner.Input}). Used by the shell's {@code run} and by grading; knows nothing of either.
 */
package org.wiretutor.programs;
