package org.wiretutor.shell;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.wiretutor.shell.command.Commands;
import org.wiretutor.shell.screen.Presenter;

/**
 * What one shell is made of, as {@link Shells} put it together: the parts its commands were built with, and the two
 * things only the loop needs — whether to stop, and what to do when a connection's closing changes the prompt.
 * Commands never see this whole; each was given only the parts it works with.
 */
record ShellParts(ShellOutput output, ShellKeyboard keyboard, ShellConnection connection, ShellCoursework coursework,
                  Presenter presenter, Commands commands, AtomicBoolean quit, AtomicReference<Runnable> modeChanged) {}
