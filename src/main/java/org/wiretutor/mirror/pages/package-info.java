/**
 * What the mirror serves: the closed set of files and pages behind its paths, with no knowledge of sockets or of
 * the server that sends them.
 *
 * <p>This room owns the files bundled on the classpath (still under {@code org/wiretutor/mirror/files/}), the pages
 * drawn for each learner from a seed (the header, paragraph and character-count variants, the scraping pages of
 * exercises 10 and 11, the index at {@code /}), the special paths built on romeo.txt, and the answers to the graded
 * exercises computed from those pages. Graded lessons serve one learner's own set
 * ({@link org.wiretutor.mirror.pages.MirrorFiles#forLearner(String)}), so answers cannot be shared, yet an instructor
 * can recompute them from the id ({@link org.wiretutor.mirror.pages.MirrorFiles#expectedAnswers()},
 * {@link org.wiretutor.mirror.pages.MirrorFiles#scrapeAnswers()}).
 *
 * <p>It also holds the facts every room must agree on about a served file: its ETag and HTTP dates
 * ({@link org.wiretutor.mirror.pages.HttpDate}) and the no-cache headers ({@link org.wiretutor.mirror.pages.NoCache}).
 * The server ({@code org.wiretutor.mirror}) and the export ({@code org.wiretutor.mirror.export}) depend on this
 * room; it depends on neither.
 */
package org.wiretutor.mirror.pages;
