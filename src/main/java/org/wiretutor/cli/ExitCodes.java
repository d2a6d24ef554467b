package org.wiretutor.cli;

/** Exit codes, named so scripts and CI can rely on them. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Something the user asked for could not be done (a port in use, say). */
    public static final int FAILED = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;

    private ExitCodes() {}
}
