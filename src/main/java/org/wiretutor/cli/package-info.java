/**
 * The command line (picocli): one class per subcommand — the shell itself, {@code serve}, {@code check},
 * {@code report}, {@code lint}, {@code export-mirror}, {@code troubleshoot} — with named exit codes. The top of the
 * dependency graph: it starts the rooms below it and prints what they return.
 */
package org.wiretutor.cli;
