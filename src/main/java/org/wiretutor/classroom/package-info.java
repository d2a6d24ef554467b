/**
 * The classroom live view: what {@code wiretutor serve --live} shows on a projector while a room of students types
 * requests at the mirror. {@link org.wiretutor.classroom.LiveView} turns the mirror's connection events into plain
 * lines and shows them on a {@link org.wiretutor.classroom.LiveScreen} (a {@link org.wiretutor.classroom.PlainLiveScreen}
 * log, or a {@link org.wiretutor.classroom.PinnedLiveScreen} terminal with the counts and each client's last request
 * pinned at the bottom). Each connection's bytes are read by the protocol core's
 * {@link org.wiretutor.http.core.RequestParser}, the reader the mirror answers from, and a line's diagnoses are
 * flagged by the one rule the tally counts with, {@link org.wiretutor.classroom.MistakeKind}: this room decides
 * nothing about bytes itself. The {@link org.wiretutor.classroom.Ledger} counts from the mirror's request log, so the
 * {@link org.wiretutor.classroom.Tally} is exact even when a burst makes the mirror drop events; a connection turned
 * away, or an https client on the HTTPS port, is a {@link org.wiretutor.classroom.Refusal}, never a request. The words
 * are the message catalogue's {@code classroom.*}. Everything here runs without a process or a terminal, so it is
 * tested with a real mirror and captured lines.
 */
package org.wiretutor.classroom;
