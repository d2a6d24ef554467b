package org.wiretutor.shell;

/** What the shell says, kept together so the voice stays one and the wording is easy to review. */
final class ShellText {
    static final String BANNER = "wiretutor %s — learn how the web talks by typing it yourself.";
    static final String BANNER_HELP = "Type help for the commands, lessons for the course, quit to leave.";
    static final String BANNER_START = "New here? Type lesson 1 to begin.";
    static final String BANNER_RESUME = "Welcome back: type lesson %d to carry on with \"%s\" (step %d).";
    static final String OFFLINE_REASON = "you started wiretutor with --offline";
    static final String OFFLINE_NOTE = "Offline: data.pr4e.org is answered by the built-in mirror on this computer.";
    static final String COURSE_DIR_UNREADABLE =
            "The course folder %s could not be read (%s); using the built-in lessons instead.";
    static final String LESSON_UNREADABLE = "A lesson file could not be read and was skipped: %s";

    static final String UNKNOWN_COMMAND = "There is no command \"%s\".%s Type help to see them all.";
    static final String DID_YOU_MEAN = " Did you mean %s?";
    static final String LOOKS_LIKE_REQUEST =
            "\"%s\" looks like an HTTP request, but you are not connected, so it was not sent anywhere. "
                    + "Open a connection first: open data.pr4e.org 80";
    static final String USAGE = "Usage: %s";
    static final String INTERRUPTED = "(cancelled)";
    static final String UNEXPECTED =
            "Something went wrong inside wiretutor (%s: %s). Nothing you did is lost; please try again, "
                    + "and report it if it keeps happening.";

    static final String SENT_BYTES = "sent %d %s";
    static final String SENT_REQUEST_LINE =
            "request line sent. The server now waits for headers or the blank line that ends the request.";
    static final String SENT_HTTP09 =
            "request line with no version: servers treat it as an old HTTP/0.9 request and answer at once, "
                    + "with the body only.";
    static final String SENT_HEADER = "header line sent.";
    static final String SENT_BLANK_LINE = "the blank line: your request is complete, the server answers now.";
    static final String SENT_STRAY_BLANK_LINE =
            "a blank line before any request line: servers skip it and keep waiting for the request line.";
    static final String SENT_RAW = "sent exactly as given: nothing added, no \\r\\n unless you typed it.";
    static final String READS_HEADER = "The reply arrived in %d reads, %d %s in all:";
    static final String READ_ROW = "  read %3d  after %9.1f ms  %7d bytes   (%d so far)";
    static final String READS_NOTE =
            "Times count from the end of your request. Each read() returns whatever has arrived so far, so a "
                    + "program never knows how a reply will be cut up: it must keep reading until it has it all.";
    static final String MORE_LINES =
            "… drawn here: the first %d lines of the preview (%d more lines in it); show raw prints every byte kept";
    static final String MORE_HEX =
            "… drawn here: the first %d of the preview's %d bytes; show hex prints every byte kept";
    static final String RAW_SENT = "Sent (%d %s):";
    static final String RAW_RECEIVED = "Received (%d %s):";
    static final String RAW_TRUNCATED = "(only the first %d bytes were kept for display)";

    static final String CONNECTING = "Connecting to %s port %d …";
    static final String CONNECTED = "Connected to %s port %d (%s).";
    static final String CONNECTED_MIRROR =
            "Connected to the built-in mirror of %s at %s port %d, standing in for the real server";
    static final String MIRROR_BECAUSE = "because %s";
    static final String CONNECTED_TIP =
            "Every line you type now goes to the server, followed by \\r\\n. Start commands with ~ (~help, ~close), "
                    + "or press Ctrl-] for one command.";
    static final String CONNECTED_TIP_PLAIN =
            "Every line now goes to the server, followed by \\r\\n. Start commands with ~ (~help, ~close).";
    static final String ALREADY_CONNECTED =
            "You are already connected to %s. Close that connection first with ~close.";
    static final String NOT_CONNECTED = "You are not connected. Open a connection with: open data.pr4e.org 80";
    static final String SEND_FAILED = "That line could not be sent: the connection is gone (%s). Open a new one.";
    static final String BAD_PORT = "\"%s\" is not a port number. A port is a whole number from 1 to 65535, e.g. 80.";
    static final String CONNECTION_CLOSED = "Connection closed.";
    static final String COMMAND_MODE =
            "Command mode: type one wiretutor command (your connection stays open). An empty line goes back.";
    static final String BACK_TO_WIRE = "Back to the connection: lines go to the server again.";
    static final String SENT_A_COMMAND =
            "\"%s\" went to the server as text. To run the command, type ~%s (while connected, commands start with ~).";
    static final String DOUBLE_TILDE_TIP = "(to send a line that starts with ~, type ~~)";

    static final String RECORD_WHERE = "record needs a file to record into, e.g. record session.cast (or record stop).";
    static final String RECORD_UNAVAILABLE = "This shell cannot record.";
    static final String RECORDING_STARTED =
            "Recording to %s: from now on everything shown here, and what you type, is saved with its timing. "
                    + "record stop ends it; asciinema play %s plays it.";
    static final String RECORDING_TO = "Recording to %s. record stop ends it.";
    static final String ALREADY_RECORDING = "Already recording to %s. Type record stop first to start another.";
    static final String NOT_RECORDING = "Not recording. Start with: record session.cast";
    static final String RECORDING_SAVED = "Recording saved in %s (%.1f s, %.1f KiB). Play it with: asciinema play %s";
    static final String RECORD_LIMIT =
            "Recording stopped: %s reached its limit of %d MB. Everything up to here is saved in it.";
    static final String RECORD_BROKEN =
            "Recording stopped: %s could not be written any more (%s). Everything up to here is saved in it.";
    static final String SAVE_WHERE = "save needs a file to write, e.g. save romeo.md (add --force to replace one).";
    static final String NOTHING_TO_SAVE = "Nothing to save yet: open a connection and send a request first.";
    static final String SAVED = "Saved the last exchange as a handout in %s";
    static final String FILE_EXISTS = "%s already exists, so it was left as it is. To replace it, type: %s";
    static final String CANNOT_WRITE = "%s could not be written: %s.";
    static final String BAD_FILE_NAME = "\"%s\" cannot be a file name here.";
    static final String FILE_NOT_ALLOWED = "you are not allowed to write there";
    static final String FILE_NO_FOLDER = "its folder does not exist";
    static final String FILE_EXISTS_REASON = "a file of that name exists";
    static final String HANDOUT_TITLE = "An HTTP exchange with %s port %d";
    /** Markdown as it stands: the escapes sit in code spans so they read the same raw and rendered. */
    static final String HANDOUT_ESCAPES =
            "Bytes are shown as they crossed the wire: `\\r` is a carriage return, `\\n` a line feed, `\\t` a tab "
                    + "and `\\xNN` any other byte that is not printable text.";
    static final String HANDOUT_REQUEST = "The request, as sent (%d %s)";
    static final String HANDOUT_REPLY = "The reply, part by part (%d %s received)";
    static final String HANDOUT_NO_REPLY = "No reply had arrived.";
    static final String HANDOUT_HEX_CUT = "(the first %d of the preview's %d bytes)";
    static final String HANDOUT_FROM_SERVER =
            "Saved by wiretutor %s on %s. The reply came from the real server %s (%s port %d).";
    static final String HANDOUT_FROM_MIRROR =
            "Saved by wiretutor %s on %s. The reply came from wiretutor's built-in mirror of %s (%s port %d), "
                    + "standing in for the real server%s.";

    static final String NOTHING_TO_SHOW = "Nothing to show yet: open a connection and send a request first.";
    static final String SHOW_WHAT = "show takes raw, hex or reads, or nothing.";

    static final String NO_LESSONS = "No lessons were found.";
    static final String LESSON_HEADER = "Lessons:";
    static final String LESSON_ROW = "%3d. %-32s %s";
    static final String STATE_DONE = "done";
    static final String STATE_NOT_STARTED = "not started";
    static final String STATE_AT = "at step %d of %d";
    static final String LESSON_FOOT = "Type lesson N to start or resume one.";
    static final String NO_SUCH_LESSON = "There is no lesson %s. Type lessons to see them.";
    static final String NO_LESSON_YET = "No lesson is running. Type lesson 1 to start, or lessons to choose.";
    static final String STEP_HEADING = "Lesson %d · %s · step %d of %d: %s";
    static final String STEP_DONE = "✓ Step %d done: %s";
    static final String LESSON_DONE = "✓ Lesson %d, \"%s\", complete.";
    static final String LESSON_NEXT = "Next: type lesson %d for \"%s\".";
    static final String COURSE_DONE = "That was the last lesson. Well done!";
    static final String STEP_SKIPPED = "(Skipped without finishing: %s. Type back to return to it.)";
    static final String FIRST_STEP = "This is the first step of the lesson.";
    static final String MISSED = "✗ %s";
    static final String HINT = "Hint: %s";
    static final String ANSWER_RIGHT = "✓ Right. Now make it happen on the wire and watch.";
    static final String NOT_ASKING = "This step is not asking a question right now, so the answer was not recorded.";
    static final String NO_PROGRAM = "There is no program \"%s\" in this course. Its programs: %s";
    static final String NO_PROGRAMS = "This course has no programs to run.";
    static final String NEED_PYTHON =
            "Running %s needs Python 3 (python3), which was not found. Install it from python.org, then try again.";
    static final String RUNNING = "$ %s";
    static final String RUN_POINTED = "(pointed at the built-in mirror at 127.0.0.1 port %d)";
    static final String PROGRAM_OUTPUT = "What the program printed:";
    static final String PROGRAM_NO_OUTPUT = "The program printed nothing.";
    static final String PROGRAM_EXIT = "It ended with exit code %d after %.1f s.";
    static final String PROGRAM_TIMEOUT = "It did not finish within %d s, so it was stopped.";
    static final String PROGRAM_STRAYS = "It left %d program(s) it had started still running; they were stopped.";
    static final String PROGRAM_TRUNCATED = "(only the first 64 KiB of its output were kept)";
    static final String PROGRAM_SENT = "What the mirror received from it (%d %s):";
    static final String PROGRAM_SENT_NOTHING = "The mirror received no request from it.";
    static final String YOU_TYPED = "For comparison, the last request you typed (%d %s):";
    static final String RUN_FAILED =
            "The program could not be started: %s. Check the command: is the program installed, and the file name right?";
    static final String WAITING = "Waiting for the server (Ctrl-C stops waiting) …";
    static final String WAIT_NOTHING = "Nothing happened on the connection for %d s.";
    static final String BAD_SECONDS = "\"%s\" is not a number of seconds (1 to 300).";
    static final String SEND_WHAT = "send needs the text to send, e.g. ~send GET /romeo.txt HTTP/1.0\\n\\n";
    static final String BAD_ESCAPE = "send understands \\r \\n \\t \\\\ and \\xNN; this one is not one of them:";
    static final String PART_DONE = "✓ Part done: %s (%d of %d)";
    static final String TYPED_DONE = "✓ Every part of this exercise is done. Well done!";
    static final String TYPED_START =
            "Working on this exercise now: what you do on the wire counts towards it. Parts, in any order:";
    static final String MIRROR_SWITCHED =
            "The built-in mirror changed which files it serves (your own variant for exercises, the course's for "
                    + "lessons), so its connection was closed: open a new one.";
    static final String PRESENT_HINT = "(presenter mode: press Enter on an empty line to reveal each part of the reply)";
    static final String PRESENT_ON = "Presenter mode on: replies are revealed one part at a time, on Enter.";
    static final String PRESENT_OFF = "Presenter mode off: replies appear whole.";
    static final String REPLAY_WHAT = "replay takes how many times slower to go, e.g. replay 50 (1 to 1000).";
    static final String REPLAYING = "Replaying the last reply as it arrived, %s times slower (%d %s in %d %s):";
    static final String REPLAY_READ = "[read %d: %d %s after %.1f ms]";
    static final String GRADE_HEADER = "Exercise %s, graded for learner %s:";
    static final String GRADE_SCORE = "%d of %d checks passed.";
    static final String NO_EXERCISES = "No exercises were found.";
    static final String EXERCISE_HEADER = "Exercises:";
    static final String EXERCISE_ROW = "%3d. %-36s %s";
    static final String EXERCISE_FOOT = "Type exercise N to read one; check N -- COMMAND to grade your program.";
    static final String EX_NOT_TRIED = "not tried";
    static final String EX_SCORE = "best %d/%d, last %d/%d, %d %s";
    static final String NO_SUCH_EXERCISE = "There is no exercise %s. Type exercises to see them.";
    static final String CHECK_USAGE =
            "check needs the exercise and your program's command after --, e.g. check 1 -- python3 myprogram.py";
    static final String CHECK_TYPED = "Exercise %s is done in the shell, not with a program: type exercise %s to read how.";
    static final String NEED_LEARNER =
            "Grading needs your learner id first (your instructor gives you one; any id works for practice): learner ID";
    static final String ASK_LEARNER = "Your learner id (from your instructor; any id for practice): ";
    static final String LEARNER_IS = "Your learner id is %s. Your exercise files and answers are made for this id.";
    static final String LEARNER_SET = "Learner id set to %s.";
    static final String LEARNER_NONE = "No learner id yet. Set one with: learner ID";
    static final String BAD_LEARNER = "\"%s\" cannot be a learner id: use 1 to 64 letters, digits or .-_ (no spaces).";
    static final String GRADING = "Grading exercise %s: running %s against a private mirror …";
    static final String GRADE_NOT_SAVED = "Your result could not be saved (%s); it is shown above.";
    static final String RESET_DONE = "Forgot your results for exercise %s.";
    static final String RESET_NOTHING = "There were no results for exercise %s to forget.";
    static final String PROGRESS_LESSONS = "Lessons:";
    static final String PROGRESS_EXERCISES = "Exercises:";
    static final String RESTARTED = "Starting the lesson again from its first step.";
    static final String WAITING_FOR = "This step is waiting for you to %s.";

    static final String HELP_INTRO = "Commands (type help COMMAND for more):";
    static final String HELP_WIRE =
            "While connected, lines go to the server. Put ~ before a command (~show, ~close), type ~~ to send a "
                    + "line that starts with ~, or press Ctrl-] for one command. Ctrl-C clears the line; Ctrl-D or quit leaves.";
    static final String STATUS_CONNECTED = "Connected to %s (%s).";
    static final String STATUS_NOT_CONNECTED = "Not connected.";
    static final String STATUS_LESSON = "Lesson %d, \"%s\": step %d of %d, %s.";
    static final String STATUS_HOME = "Your history and progress are kept in %s";
    static final String BYE = "Bye.";

    private ShellText() {}
}
