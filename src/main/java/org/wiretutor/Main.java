package org.wiretutor;

import org.wiretutor.cli.WiretutorCommand;

/** Entry point: hands the command line to picocli and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(WiretutorCommand.execute(args));
    }
}
