package org.wiretutor.shell.command;

/** What {@code run} and {@code source} tell the learner beyond a program's output (the rest is in ShellText). */
final class RunText {
    /** %s: the course's programs. */
    static final String NEED_PROGRAM = "run needs a program: one of the course's (%s), a file in this folder "
            + "(run my.py, run ./My.java, run ./a.out), or a command (run python3 my.py).";
    /** In place of the list when the course has no programs. */
    static final String NONE = "it has none";
    /** %s: the course's programs. */
    static final String COURSE_PROGRAMS = "The course's programs: %s.";
    /** %s: the name; %s: the current folder. */
    static final String COURSE_NOT_YOURS = "(That was the course's %s. To run the %1$s in %s instead, type "
            + "run ./%1$s)";
    static final String STOPPED = "You stopped the program (Ctrl-C): it and everything it started were ended.";
    /** %s: host; %s: port; %s: why it failed, in the system's words. */
    static final String TRIED = "The program tried to reach %s port %s itself, and that failed (%s). wiretutor "
            + "could not redirect that connection: only data.pr4e.org, port 80 (and 443), leads to the built-in "
            + "mirror, and any other server needs the internet.";
    /** %s: host; %s: port. */
    static final String DIRECT = "It also connected to %s port %s itself, not through the mirror, so what it sent "
            + "there is not shown.";
    /** %s: a mirrored host named in the output; %d: the mirror's port. */
    static final String MENTIONS_HOST = "Its output mentions %s, but nothing reached the mirror: the program "
            + "probably tried to reach %1$s itself in a way wiretutor cannot redirect, such as a plain socket in "
            + "Java or C, and with no internet that fails. To reach the mirror from such a program, connect to "
            + "127.0.0.1 port %d instead.";
    /** %d: the mirror's port. */
    static final String NOTHING_REACHED = "If it was meant to fetch something: wiretutor sends a program's requests "
            + "for data.pr4e.org to the mirror when the program is in Python, uses Java's HttpURLConnection or "
            + "HttpClient, or honours http_proxy (as curl does). A plain socket in Java or C it cannot redirect: "
            + "connect to 127.0.0.1 port %d to reach the mirror.";

    // source
    /** %s: the course's programs. */
    static final String SOURCE_NEEDS_NAME = "source needs a program's name: %s";
    /** %s: the name; %s: the course's programs. */
    static final String SOURCE_UNKNOWN = "There is no program \"%s\" in this course. Its programs: %s";
    /** %s: the name; %d: lines. */
    static final String SOURCE_HEADING = "%s (%d lines, the course's copy; run it with run %1$s)";
    /** %s: the name; %s: why. */
    static final String SOURCE_UNREADABLE = "Could not read %s: %s";

    private RunText() {}
}
