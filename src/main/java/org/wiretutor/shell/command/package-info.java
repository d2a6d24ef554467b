/**
 * Every shell command, one class each behind {@link org.wiretutor.shell.command.Command}: its words for help and
 * completion (from the catalogue, keys {@code shell.NAME.usage}, {@code .summary}, {@code .help}), and what it does.
 * A command is built with the few narrow parts it works with, declared here and implemented by the shell:
 * {@link org.wiretutor.shell.command.Output} (the screen, paging, a question), {@link org.wiretutor.shell.command.Keyboard}
 * (a person or a script, and Ctrl-C), {@link org.wiretutor.shell.command.Connection} (the wire),
 * {@link org.wiretutor.shell.command.Coursework} (lesson position and typed exercise) and
 * {@link org.wiretutor.shell.command.LearnerHome} (the learner's folder, grades, clock). A new command goes here and
 * into the list in {@link org.wiretutor.shell.Shells}, and the loop needs no change. {@link
 * org.wiretutor.shell.command.Suggest} finds the word a learner meant (a command, a view, an option, a program) for
 * the commands and the shell alike.
 */
package org.wiretutor.shell.command;
