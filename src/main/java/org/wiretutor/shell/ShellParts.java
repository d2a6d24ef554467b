package org.wiretutor.shell;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.wiretutor.shell.command.Commands;
import org.wiretutor.shell.screen.Presenter;

/**
 * What one shell is made of, as {@link Shells} put it together: the parts its commands were built with, and the
 * things only the loop needs: whether to stop, what to do when a connection's closing changes the prompt, and the
 * folder {@code run} finds the learner's programs in, so advice about a program names one run finds.
 * Commands never see this whole; each was given only the parts it works with.
 */
record ShellParts(ShellOutput output, ShellKeyboard keyboard, ShellConnection connection, ShellCoursework coursework,
                  Presenter presenter, Commands commands, AtomicBoolean quit, AtomicReference<Runnable> modeChanged,
                  Path runFolder) {}
