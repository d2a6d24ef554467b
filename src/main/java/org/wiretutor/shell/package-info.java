/**
 * The shell itself: the read-run loop ({@link org.wiretutor.shell.Shell}), how one is built for a terminal or a script
 * ({@link org.wiretutor.shell.Shells}), and where its lines come from. {@code Shells} is the one place that puts a
 * shell together: it makes the parts commands work with — output and paging, the keyboard, the connection, the
 * coursework — and gives each command only the ones it needs. Dependencies point one way: this room uses commands,
 * screens and recordings; none of them uses it.
 */
package org.wiretutor.shell;
