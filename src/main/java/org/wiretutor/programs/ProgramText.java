package org.wiretutor.programs;

/**
 * The few sentences about a program's run that the shell's {@code run} command still takes from here, as patterns for
 * {@link String#formatted}: the files a run left, and the missing Python. Every other sentence of this package is in
 * the catalogue's {@code programs} section ({@code org.wiretutor.text.Messages}); these follow once the shell reads
 * them from there.
 */
public final class ProgramText {
    /** %s: the working directory, absolute. */
    public static final String FILES_WRITTEN = "Files it wrote, in its working directory %s:";
    /** %s: the file's name in that folder; %s: its size, e.g. 230,210. */
    public static final String FILE_CREATED = "%s  %s bytes (new)";
    public static final String FILE_CHANGED = "%s  %s bytes (changed)";
    public static final String MORE_FILES = "… and %d more";
    /** How many written files are listed by name. */
    public static final int FILES_LISTED = 20;
    /** %s: the file as typed. */
    public static final String NEED_PYTHON = "Running %s needs Python 3 (python3), which was not found. Install it "
            + "from python.org, then try again.";

    private ProgramText() {}
}
