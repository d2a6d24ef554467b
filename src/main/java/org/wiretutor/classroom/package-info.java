/**
 * The classroom live view: what {@code wiretutor serve --live} shows on a projector while a room of students types
 * requests at the mirror. {@link org.wiretutor.classroom.LiveView} turns the mirror's connection events into plain
 * lines, flags the usual mistakes as the bytes arrive and keeps a {@link org.wiretutor.classroom.Tally} of them.
 * Everything here runs without a process or a terminal, so it is tested with a real mirror and captured lines.
 */
package org.wiretutor.classroom;
