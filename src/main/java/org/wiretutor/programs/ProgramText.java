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

    // run: starting the learner's own program in their folder
    /** %s: what was typed; %s: the folder. */
    public static final String NO_SUCH_FILE = "There is no file %s in %s. Check the name (ls in another terminal "
            + "shows the files there), or give the whole path.";
    public static final String IS_A_FOLDER = "%s is a folder, not a program. Name a file in it, e.g. run %s/my.py.";
    public static final String NEED_PYTHON = "Running %s needs Python 3 (python3), which was not found. Install it "
            + "from python.org, then try again.";
    /** %s, %s: the file as typed. */
    public static final String NOT_EXECUTABLE = "%s is a script but is not marked as a program you may run. Mark it "
            + "with chmod +x %s in another terminal, or name its interpreter first, e.g. run python3 %s.";
    public static final String COMPILE_FIRST = "%s is C source: compile it first (e.g. gcc %s in another terminal), "
            + "then run the program that makes, e.g. run ./a.out.";
    /** %s, %s, %s: the file as typed. */
    public static final String UNKNOWN_KIND = "wiretutor does not know how to run %s: it runs .py files with python3, "
            + ".java files with java, and files marked as programs. If it is a script, name its interpreter first "
            + "(e.g. run python3 %s); if it is a program, mark it with chmod +x %s.";
    /** %s: the file; %s: the interpreter its first line names. */
    public static final String NO_INTERPRETER = "%s says on its first line that %s runs it, but there is no %2$s on "
            + "this computer. Install it, or change that line.";
    /** %s: the word; %s: the folder. */
    public static final String NOTHING_CALLED = "There is no course program, file or command called %s (looked in "
            + "%s and on PATH).";

    private ProgramText() {}
}
