/**
 * The classroom live view: what {@code wiretutor serve --live} shows on a projector while a room of students types
 * requests at the mirror. {@link org.wiretutor.classroom.LiveView} turns the mirror's connection events into plain
 * lines, flags the usual mistakes as the bytes arrive and shows them on a {@link org.wiretutor.classroom.LiveScreen}
 * (a plain log, or a terminal with the counts and each client's last request pinned at the bottom). The
 * {@link org.wiretutor.classroom.Ledger} counts from the mirror's request log, so the
 * {@link org.wiretutor.classroom.Tally} is exact even when a burst makes the mirror drop events.
 * Everything here runs without a process or a terminal, so it is tested with a real mirror and captured lines.
 */
package org.wiretutor.classroom;
