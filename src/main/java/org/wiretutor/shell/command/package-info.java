/**
 * Every shell command, one class each behind {@link org.wiretutor.shell.command.Command}: its words for help and
 * completion, and what it does with the {@link org.wiretutor.shell.ShellContext}. A new command goes here and into
 * the list in {@link org.wiretutor.shell.Shells}, and the loop needs no change.
 */
package org.wiretutor.shell.command;
