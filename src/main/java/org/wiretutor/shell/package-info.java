/**
 * The shell itself: the read-run loop ({@link org.wiretutor.shell.Shell}), how one is built for a terminal or a script
 * ({@link org.wiretutor.shell.Shells}), the state commands share ({@link org.wiretutor.shell.ShellContext}) and where
 * its lines come from. Commands, screens and recordings have rooms of their own, so this one stays the REPL.
 */
package org.wiretutor.shell;
