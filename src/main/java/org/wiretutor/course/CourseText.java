package org.wiretutor.course;

/** Everything the course engine says to a learner or a lesson author, in one place. */
final class CourseText {
    static final String EXPECT_CONNECTED = "open a connection to %s port %d";
    static final String EXPECT_REQUEST_LINE = "send the request line %s %s %s";
    static final String EXPECT_BLANK_LINE = "send the blank line (press Enter on an empty line)";
    static final String EXPECT_REPLY = "get a whole reply with status %d";
    static final String EXPECT_SERVER_CLOSE = "see the server close the connection";

    static final String EXPECT_ANY_REPLY = "get a whole reply";
    static final String EXPECT_REQUEST = "send %s, ended by the blank line";
    static final String EXPECT_MIRROR_RECEIVED = "run a program that sends %s";
    static final String EXPECT_WAITED = "send a request line without the blank line, and wait";
    static final String EXPECT_PROGRAM = "run %s with the run command";
    static final String EXPECT_ANSWER = "type your answer: answer TEXT";
    static final String WHO_YOU = "your request";
    static final String WHO_PROGRAM = "the program's request";
    static final String REQ_METHOD = "In %s the method was %s; this step wants %s.";
    static final String REQ_TARGET = "In %s the target was %s; this step wants %s.";
    static final String REQ_VERSION = "In %s the version was %s; this step wants %s.";
    static final String REQ_HEADER_MISSING = "%s had no %s header; this step wants one.";
    static final String REQ_HEADER_VALUE = "In %s the %s header said \"%s\"; this step wants \"%s\".";
    static final String REQ_HEADER_PRESENT = "%s had a %s header; this step wants it left out.";
    static final String REQ_WANT_LF =
            "In %s some lines ended with \\r\\n; this step wants every line to end with a bare \\n "
                    + "(use send, e.g. ~send GET /romeo.txt HTTP/1.0\\n\\n).";
    static final String REQ_WANT_CRLF = "In %s a line ended with a bare \\n; HTTP wants \\r\\n.";
    static final String REPLY_HEADER_MISSING = "The reply had no %s header; this step wants a reply with one.";
    static final String PROGRAM_TIMED_OUT = "%s did not finish in time and was stopped.";
    static final String PROGRAM_EXIT = "%s ended with exit code %d; this step wants %d.";
    static final String PROGRAM_OUTPUT = "%s ran, but its output did not include \"%s\".";
    static final String WRONG_ANSWER = "\"%s\" is not it. Look again at what crossed the wire, then try another answer.";
    static final String EXPECT_ABOUT = "answer with %s";
    static final String ABOUT_FIELD = "the %s";
    static final String ANOTHER_QUESTION = "the other question";
    static final String ANSWER_RIGHT_THEN = "Right. Now make it happen on the wire and watch.";
    static final String ANSWER_RIGHT_MORE = "%s is right (%d of %d) — now %s.";
    static final String ANSWER_RIGHT_LAST = "%s is right (%d of %d). Now make it happen on the wire and watch.";
    static final String ANSWER_ALREADY = "You already answered %s, and it is right. %s";
    static final String STILL_TO_ANSWER = "Still to answer: %s.";
    static final String NOW_THE_WIRE = "Now make it happen on the wire and watch.";
    static final String ETAG_QUOTES =
            "The server sent it inside double quotes, \"%s\": the quotes are part of the tag, so keep them when you "
                    + "send it back in If-None-Match.";
    static final String PART_DONE = "Part done: %s (%d of %d)";
    static final String PART_RIGHT = "%s is right. Part done: %s (%d of %d)";
    static final String PART_RIGHT_MORE = "%s is right. Now finish part %s on the wire.";
    static final String PART_ALREADY = "Part %s is already done: %s is right.";
    static final String NO_QUESTIONS =
            "This exercise asks no question right now, so the answer was not recorded: it counts what you do on the wire.";
    static final String WRONG_ANY_FIELD =
            "\"%s\" is not the value of any header still asked for (%s). Give the header's name and its value as "
                    + "the server sent it, e.g. answer %s: VALUE.";
    static final String NO_PART_HINTS = "To finish this part: %s.";
    static final String RANGE_NO_UNIT =
            "Range: %s has no unit; the server ignored it and sent the whole file: write Range: bytes=%s";
    static final String RANGE_IGNORED =
            "The server did not understand Range: %s, so it ignored it and sent the whole file: write it as "
                    + "Range: bytes=FIRST-LAST, e.g. Range: bytes=0-10";
    static final String TAG_UNQUOTED =
            "Your If-None-Match said %s without double quotes, so it matched no tag and the server sent the whole "
                    + "file: the quotes are part of the tag, so write If-None-Match: \"%s\"";
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
    static final String BAD_ENDINGS = "endings=%s: write endings=crlf or endings=lf";
    static final String FILE_IS_FOLDER = "is a folder, not a lesson file; rename it or move it out of the course";
    static final String FILE_NOT_REGULAR = "is not an ordinary file (a device, pipe or socket); a lesson must be a text file";
    static final String FILE_TOO_BIG = "is larger than 1 MiB, the most a lesson may be; split it into several lessons";
    static final String LESSON_UNREADABLE = "could not be read (%s); check its permissions";
    static final String FILE_NOT_UTF8 = "is not UTF-8: the byte %s at column %d cannot be read. Save the file as UTF-8"
            + " (most editors offer it under \"Save as\" or \"Encoding\")";
    static final String FILE_LINK_DANGLING = "is a symbolic link to %s, which does not exist; fix the link or remove it";
    static final String FILE_LINK_LOOP = "is a symbolic link to %s that never reaches a file (a loop); fix the link or remove it";
    static final String FILE_LINK_LEAVES = "is a symbolic link out of the course folder (to %s); copy the lesson in instead";
    static final String LINT_CONTROL = "holds the control character %s; write what you mean in words or as an escape like \\r\\n";
    static final String LINT_NOT_LOADED = "not named NN-name.md (e.g. 03-keep-alive.md), so it is not loaded as a lesson";
    static final String LINT_SAME_NUMBER = "lesson number %d is also used by %s";
    static final String LINT_EMPTY = "no lessons here: lesson files are named NN-name.md";
    static final String LINT_NO_HINT = "step \"%s\" asks the learner to do something but has no @hint";
    static final String LINT_NO_SUCH_FILE =
            "%s is not a file the mirror serves, so this request cannot get a 200 (expect a 404 in this step if that is the point)";
    static final String LINT_NO_SUCH_PROGRAM = "there is no program %s in this course's programs/ folder";
    static final String LINT_BAD_STATUS = "status=%d is not an HTTP status code (100 to 599)";
    static final String LINT_BAD_PORT = "port=%d is not a TCP port (1 to 65535)";
    static final String LINT_NO_ANSWER = "answer accepts nothing: write accept=\"A|B\"";
    static final String BAD_SERVER = "server: %s — write server: mirror (or server: any, the default)";
    static final String BAD_WRONG = "wrong= lists answers to explain and reason= explains them: give both or neither";
    static final String LINT_NO_ABOUT =
            "step \"%s\" asks %d questions at once: give each @check answer an about=\"the …\" (or field=), so the "
                    + "learner is told which one is left";
    static final String LINT_WRONG_ACCEPTED = "\"%s\" is both accepted and listed in wrong=";
    static final String BAD_LOOSE = "loose=%s: write loose=true or loose=false";
    static final String WRONG_FIELD = "\"%s\" is not the %s the server sent you. Look at that header line again (show).";
    static final String EXPECT_FIELD = "give the %s header's value: answer NAME: VALUE";
    static final String NO_PARTS = "a typed exercise needs parts: headings '## Part: TITLE' with @check lines";
    static final String UNKNOWN_PLACEHOLDER = "unknown placeholder {%s} (known: %s)";
    static final String EMPTY_HINT = "@hint needs text after it";
    static final String BAD_FILE_NAME = "lesson files are named NN-name.md, e.g. 01-http-dance.md";

    static final String FILE_SET_ASIDE =
            "Your file %s could not be read, so it was kept as %s and you start afresh. Nothing else was changed.";
    static final String FILE_UNREADABLE =
            "Your file %s could not be read or moved aside; it will not be saved this time.";
    static final String GRADES_UNREADABLE = "Your grades in %s could not be read; they are left as they are.";
    static final String GRADES_BAD_LEARNER =
            "%s: %d result(s) with a learner id that is not valid were skipped; the file is left as it is.";
    static final String GRADES_BAD_LINES = "%s: %d line(s) could not be read and were skipped; the file is left as it is.";
    static final String GRADES_LEGACY_NO_LEARNER =
            "%s holds results from an older wiretutor without a valid learner id, so they were skipped.";
    static final String LEARNER_ID_INVALID =
            "The learner id stored in your wiretutor folder is not valid, so it is not used. Set one with: learner ID";
    static final String PROGRESS_NOT_SAVED = "Your progress could not be saved (%s); you can keep going.";
    static final String NO_HINTS = "To finish this step: %s.";
    static final String READING_STEP = "Nothing to do here but read: type next when you are ready.";

    private CourseText() {}
}
