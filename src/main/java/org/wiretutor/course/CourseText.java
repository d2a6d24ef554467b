package org.wiretutor.course;

/** Everything the course engine says to a learner or a lesson author, in one place. */
final class CourseText {
    static final String EXPECT_CONNECTED = "open a connection to %s port %d";
    static final String EXPECT_REQUEST_LINE = "send the request line %s %s %s";
    static final String EXPECT_BLANK_LINE = "send the blank line (press Enter on an empty line)";
    static final String EXPECT_REPLY = "get a whole reply with status %d";
    static final String EXPECT_SERVER_CLOSE = "see the server close the connection";

    static final String WRONG_HOST = "You connected to %s; this step wants %s port %d.";
    static final String WRONG_PORT = "You connected to port %d; this step wants port %d.";
    static final String STRAY_BLANK_LINE =
            "That blank line came before any request line, so the server just skips it. Type the request line first.";
    static final String CLOSED_NOT_BY_SERVER =
            "You closed the connection yourself; this step wants to see the server close it.";
    static final String REPLY_WITHOUT_STATUS =
            "A reply came back, but with no status line at all; this step wants a reply with status %d.";
    static final String WRONG_STATUS = "The reply's status was %d; this step wants %d.";

    static final String METHOD_CASE =
            "You sent %s — the method %s is not %s: methods are case-sensitive, so write it in capitals.";
    static final String WRONG_METHOD = "You sent %s — the method is %s, but this step wants %s.";
    static final String NO_VERSION =
            "You sent %s — it has no version at the end, so the server takes it as an old HTTP/0.9 request. "
                    + "Add %s after the target.";
    static final String WRONG_TARGET = "You sent %s — it asks for %s, but this step wants %s.";
    static final String WRONG_VERSION = "You sent %s — the version is %s, but this step wants %s.";
    static final String NOT_EXACT =
            "You sent %s — close, but not byte for byte what this step wants: %s.";
    static final String SPACING = "exactly one space between method, target and version";

    static final String BAD_FRONT_MATTER = "the file must start with a front matter block between two '---' lines";
    static final String NO_FORMAT_VERSION = "front matter has no format_version";
    static final String UNSUPPORTED_FORMAT =
            "format_version %s is not one this wiretutor reads (it reads %d); update wiretutor or the lesson";
    static final String NO_TITLE = "front matter has no title";
    static final String UNKNOWN_FRONT_KEY = "unknown front matter key '%s'";
    static final String NO_STEPS = "a lesson needs at least one step: a heading '## Step: TITLE'";
    static final String DIRECTIVE_OUTSIDE_STEP = "@%s appears before the first step";
    static final String UNKNOWN_DIRECTIVE = "unknown directive @%s (known: @check, @hint)";
    static final String UNKNOWN_CHECK = "unknown check '%s' (known: %s)";
    static final String MISSING_ARGUMENT = "check '%s' needs %s=";
    static final String UNKNOWN_ARGUMENT = "check '%s' takes no argument '%s'";
    static final String BAD_NUMBER = "%s=%s is not a number";
    static final String BAD_ARGUMENT = "cannot read '%s': write key=value, with \"quotes\" around spaces";
    static final String EMPTY_HINT = "@hint needs text after it";
    static final String BAD_FILE_NAME = "lesson files are named NN-name.md, e.g. 01-http-dance.md";

    static final String PROGRESS_SET_ASIDE =
            "Your progress file %s could not be read, so it was kept as %s and you start afresh. "
                    + "Nothing else was changed.";
    static final String PROGRESS_UNREADABLE =
            "Your progress file %s could not be read or moved aside; progress will not be saved this time.";
    static final String PROGRESS_NOT_SAVED = "Your progress could not be saved (%s); you can keep going.";
    static final String NO_HINTS = "To finish this step: %s.";
    static final String READING_STEP = "Nothing to do here but read: type next when you are ready.";

    private CourseText() {}
}
