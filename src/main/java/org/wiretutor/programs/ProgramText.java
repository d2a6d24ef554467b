package org.wiretutor.programs;

/** What the learner is told about a program's run beyond its output: the files it left. */
public final class ProgramText {
    /** %s: the working directory, absolute. */
    public static final String FILES_WRITTEN = "Files it wrote, in its working directory %s:";
    /** %s: the file's name in that folder; %s: its size, e.g. 230,210. */
    public static final String FILE_CREATED = "%s  %s bytes (new)";
    public static final String FILE_CHANGED = "%s  %s bytes (changed)";
    public static final String MORE_FILES = "… and %d more";
    /** How many written files are listed by name. */
    public static final int FILES_LISTED = 20;

    /** %d: the memory limit in MiB. */
    public static final String LIMIT_MEMORY = "your program ran out of the %d MiB of memory it may use, so it could not "
            + "go on. Does it keep more than it needs, such as a whole reply in one string?";
    /** %d: the process limit. */
    public static final String LIMIT_PROCESSES = "your program tried to run more than %d programs and threads at once "
            + "and was refused more. Does it start programs in a loop without waiting for them?";
    /** %d, %d: the smallest and the largest limit. */
    public static final String MEMORY_RANGE = "--memory must be from %d to %d MiB.";
    public static final String PROCESSES_RANGE = "--processes must be from %d to %d.";

    // troubleshoot: how programs are kept in bounds
    public static final String CONTAIN_PID_NAMESPACE = "each program runs in its own process namespace (unshare, as "
            + "root): everything it starts is stopped with it";
    public static final String CONTAIN_USER_NAMESPACE = "each program runs in its own process namespace (unshare "
            + "with a user namespace): everything it starts is stopped with it";
    public static final String CONTAIN_CGROUP = "each program runs in its own cgroup (%s): everything it starts is "
            + "stopped with it";
    public static final String CONTAIN_PROCESS_GROUP = "each program runs in its own session (setsid): what stays in "
            + "it is stopped with the program, but a program that starts its own session can escape";
    public static final String CONTAIN_PROCESS_TREE = "programs started by the program are looked for while it runs "
            + "and stopped with it (on %s there is nothing stronger); one that detaches quickly can escape";
    /** %s: the mechanism that did not work; %s: why. */
    public static final String CONTAIN_FALLBACK = "not available here: %s (%s)";
    /** %d: MiB. */
    public static final String LIMIT_MEMORY_ON = "memory: %d MiB per program (its data limit)";
    public static final String LIMIT_MEMORY_OFF = "memory: not limited (prlimit, from util-linux, is missing)";
    /** %d: processes; %s: how. */
    public static final String LIMIT_PROCESSES_ON = "processes: %d at once per program (%s)";
    public static final String LIMIT_PROCESSES_OFF = "processes: not limited here (%s)";

    private ProgramText() {}
}
