package org.wiretutor;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.wiretutor.cli.WiretutorCommand;

/** Entry point: hands the command line to picocli and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // wiretutor's own text uses a few non-ASCII marks (→ ← ✓ ·): write them as UTF-8 even under a C locale
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        System.exit(WiretutorCommand.execute(args));
    }
}
