/**
 * The command line: {@code wiretutor} and its subcommands ({@code serve}, {@code lint}, {@code check},
 * {@code report}, {@code export-mirror}, {@code troubleshoot}), parsed by picocli. Every word they print, and every
 * word of {@code --help}, is the message catalogue's {@code cli} section: commands look their sentences up with
 * {@code Messages.get}, and picocli reads the help through {@link org.wiretutor.cli.HelpWords}, so one catalogue and
 * one language rule cover both. The column names of the CSV files {@code report} and {@code serve --save} write are
 * a data format that scripts read, not words, and stay as they are.
 */
package org.wiretutor.cli;
