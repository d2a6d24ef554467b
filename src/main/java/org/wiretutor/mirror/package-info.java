/**
 * The mirror: a built-in, strict, Apache-like HTTP/1.0 and HTTP/1.1 server that stands in for data.pr4e.org on
 * loopback, so every lesson works offline and learners can watch a real server react to the bytes they type.
 * Start it with {@link org.wiretutor.mirror.MirrorServer#start(org.wiretutor.mirror.MirrorConfig)}. Graded lessons
 * serve one learner's own exercise files ({@link org.wiretutor.mirror.MirrorFiles#forLearner(String)}), so answers
 * cannot be shared, yet an instructor can recompute them from the id.
 */
package org.wiretutor.mirror;
