/**
 * The learner's live connection: where a typed {@code open} goes and what crosses the wire on it.
 * {@link org.wiretutor.wire.Connector} opens it (to the real host, to the built-in mirror through
 * {@link org.wiretutor.wire.MirrorHost} when the network cannot reach data.pr4e.org or a lesson wants the mirror, or to
 * the teacher's {@link org.wiretutor.wire.ClassServer}), {@link org.wiretutor.wire.WireSession} sends what is typed,
 * reads the reply on its own thread and reports each step as a {@link org.wiretutor.wire.WireEvent}, and
 * {@link org.wiretutor.wire.CloseExplainer} says why the connection ended from the facts of what happened on it.
 * {@link org.wiretutor.wire.ClassServerRelay} carries a course program's requests to the class server. This room reads
 * bytes and explains replies through {@code org.wiretutor.http}; it draws nothing (the shell renders its events). Its
 * words are the message catalogue's {@code wire.*}.
 */
package org.wiretutor.wire;
