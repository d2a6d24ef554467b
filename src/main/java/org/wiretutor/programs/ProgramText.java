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

    private ProgramText() {}
}
