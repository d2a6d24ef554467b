package org.wiretutor.cli;

/** What {@code check} and {@code report} say about the results they keep and read. */
final class RecordsText {
    private RecordsText() {}

    static final String NOT_SAVED = "Your result was not saved (%s): the grade above still counts for this run.";
    static final String NEED_LEARNER = "Give your learner id once with --learner ID (it is remembered).";
    static final String BAD_LEARNER = "\"%s\" cannot be a learner id: use 1 to 64 letters, digits or .-_";
    static final String TYPED_NOT_TRIED = "Exercise %d (%s): not tried yet. It is done in the shell: ./wiretutor, "
            + "then exercise %d.";
    static final String TYPED_RESULT = "Exercise %d (%s), done in the shell: best %d of %d parts, last on %s.";
    static final String PART_DONE = "part done";
    static final String PART_LEFT = "part not done yet: do it in the shell with exercise %d";
    static final String NO_SUCH_FOLDER = "--out %s: no such folder.";
    static final String NO_JUNIT_FOLDER = "--junit %s: its folder does not exist. Create it, or give another path.";
    static final String JUNIT_NOT_WRITTEN = "The JUnit file %s could not be written (%s): check that its folder can "
            + "be written, then run check again.";
    static final String NO_SUCH_PLACE = "--class %s: no such folder or file.";
    static final String REPORT_NO_LEARNER = "No learner id yet, so there are no results of yours to report. Set one "
            + "with wiretutor --learner ID, or use report --all for everyone in this folder.";
    static final String REPORT_WROTE = "Wrote %s and %s.";
    static final String REPORT_TITLE = "# wiretutor results for %s";
    static final String REPORT_ALL_TITLE = "# wiretutor results: every learner in %s";
    static final String REPORT_CLASS_TITLE = "# wiretutor results: the class";
    static final String REPORT_NOBODY = "No results were found: the report has no rows.";
}
