package org.wiretutor.shell;

/** What the shell says, kept together so the voice stays one and the wording is easy to review. */
public final class ShellText {
    static final String BANNER = "wiretutor %s — learn how the web talks by typing it yourself.";
    static final String BANNER_HELP = "Type help for the commands, lessons for the course, quit to leave.";
    static final String BANNER_START = "New here? Type lesson 1 to begin.";
    static final String BANNER_RESUME = "Welcome back: type lesson %d to carry on with \"%s\" (step %d).";
    static final String OFFLINE_REASON = "you started wiretutor with --offline";
    static final String OFFLINE_NOTE = "Offline: data.pr4e.org is answered by the built-in mirror on this computer.";
    static final String CLASS_SERVER_NOTE =
            "Class server: data.pr4e.org port 80 is answered by %s (set with --server or WIRETUTOR_SERVER).";
    static final String COURSE_DIR_UNREADABLE =
            "The course folder %s could not be read (%s); using the built-in lessons instead.";
    static final String LESSON_UNREADABLE = "A lesson file could not be read and was skipped: %s";

    public static final String UNKNOWN_COMMAND = "There is no command \"%s\".%s Type help to see them all.";
    static final String DID_YOU_MEAN = " Did you mean %s?";
    static final String LOOKS_LIKE_REQUEST =
            "\"%s\" looks like an HTTP request, but you are not connected, so it was not sent anywhere. "
                    + "Open a connection first: open data.pr4e.org 80";
    static final String USAGE = "Usage: %s";
    public static final String INTERRUPTED = "(cancelled)";
    static final String UNEXPECTED =
            "Something went wrong inside wiretutor (%s: %s). Nothing you did is lost; please try again, "
                    + "and report it if it keeps happening.";

    public static final String SENT_BYTES = "sent %d %s";
    public static final String SENT_REQUEST_LINE =
            "request line sent. Header lines, if any, then the blank line complete the request.";
    /** A request line with a problem: only what is certain about the bytes is said; the reply tells the rest. */
    public static final String SENT_REQUEST_LINE_PROBLEM = "request line sent, with %s:";
    public static final String SENT_HTTP09 =
            "request line with no version: an HTTP/0.9-style request line, a whole request on its own.";
    public static final String SENT_HEADER = "header line sent.";
    public static final String SENT_BLANK_LINE = "the blank line: your request is complete.";
    public static final String SENT_STRAY_BLANK_LINE =
            "a blank line before any request line: servers skip it and keep waiting for the request line.";
    public static final String SENT_RAW = "sent exactly as given: nothing added, no \\r\\n unless you typed it.";
    public static final String READS_HEADER = "The reply arrived in %d reads, %d %s in all:";
    public static final String READ_ROW = "  read %3d  after %9.1f ms  %7d bytes   (%d so far)";
    public static final String READS_NOTE =
            "Times count from the end of your request. Each read() returns whatever has arrived so far, so a "
                    + "program never knows how a reply will be cut up: it must keep reading until it has it all.";
    public static final String MORE_LINES =
            "… drawn here: the first %d lines of the preview (%d more lines in it); show raw prints every byte kept";
    public static final String MORE_HEX =
            "… drawn here: the first %d of the preview's %d bytes; show hex prints every byte kept";
    public static final String FOLDED = "┆ … more: ~show body · ~show explains each part · ~show hex";
    public static final String REPLY_MORE = "~show explains each part · ~show body · ~show hex";
    public static final String FOLDED_SHORT = "┆ … more: ~show body · ~show explains";
    public static final String REPLY_MORE_SHORT = "~show explains each part";
    public static final String NO_BODY = "This reply has no body.";
    public static final String PAGER_MORE = "-- %d of %d lines shown: Enter for more, q to stop -- ";
    public static final String PAGER_STOPPED = "(%d more lines not shown.)";
    public static final String STEP_PAUSE = "Press Enter for the next step.";
    public static final String REDRAWN = "(redrawn for %d columns)";
    public static final String RAW_SENT = "Sent (%d %s):";
    public static final String RAW_RECEIVED = "Received (%d %s):";
    public static final String RAW_TRUNCATED = "(only the first %d bytes were kept for display)";

    public static final String CONNECTING = "Connecting to %s port %d …";
    public static final String CONNECTED = "Connected to %s port %d (%s).";
    public static final String CONNECTED_MIRROR =
            "Connected to the built-in mirror of %s at %s port %d, standing in for the real server";
    public static final String MIRROR_BECAUSE = "because %s";
    public static final String CONNECTED_CLASS_SERVER =
            "Connected to your class server at %s port %d, standing in for %s (set with --server or WIRETUTOR_SERVER).";
    public static final String CONNECTED_CLASS_SERVER_ITSELF =
            "Connected to %s port %d (%s), your class server: lessons count it as data.pr4e.org.";
    /** The prompt's target while the class server stands in: {@code data.pr4e.org:80 via 127.0.0.1:18481}. */
    public static final String PROMPT_VIA = "%s via %s";
    public static final String STATUS_CLASS_SERVER = "the class server at %s";
    public static final String CONNECTED_TIP =
            "Every line you type now goes to the server, followed by \\r\\n. Start commands with ~ (~help, ~close), "
                    + "or press Ctrl-] for one command.";
    public static final String CONNECTED_TIP_PLAIN =
            "Every line now goes to the server, followed by \\r\\n. Start commands with ~ (~help, ~close).";
    public static final String ALREADY_CONNECTED =
            "You are already connected to %s. Close that connection first with ~close.";
    public static final String NOT_CONNECTED = "You are not connected. Open a connection with: open data.pr4e.org 80";
    public static final String SEND_FAILED = "That line could not be sent: the connection is gone (%s). Open a new one.";
    public static final String TRICKLE_MIRROR_ONLY =
            "--trickle slows the built-in mirror's replies, so it works only with a host the mirror stands in for, "
                    + "e.g. open --trickle 16:5 data.pr4e.org";
    public static final String TRICKLE_NEEDS_VALUE =
            "--trickle needs BYTES:MILLIS after it, e.g. --trickle 16:5 (16 bytes at a time, 5 ms apart).";
    public static final String TRICKLE_TIP =
            "Replies now come a few bytes at a time. After one, show reads lists each piece as it arrived, and "
                    + "replay plays them again.";
    public static final String BAD_PORT = "\"%s\" is not a port number. A port is a whole number from 1 to 65535, e.g. 80.";
    public static final String CONNECTION_CLOSED = "Connection closed.";
    static final String COMMAND_MODE =
            "Command mode: type one wiretutor command (your connection stays open). An empty line goes back.";
    static final String BACK_TO_WIRE = "Back to the connection: lines go to the server again.";
    static final String SENT_A_COMMAND =
            "\"%s\" went to the server as text. To run the command, type ~%s (while connected, commands start with ~).";
    static final String DOUBLE_TILDE_TIP = "(to send a line that starts with ~, type ~~)";

    public static final String RECORD_WHERE = "record needs a file to record into, e.g. record session.cast (or record stop).";
    public static final String RECORD_UNAVAILABLE = "This shell cannot record.";
    public static final String RECORDING_STARTED =
            "Recording to %s: from now on everything shown here, and what you type, is saved with its timing. "
                    + "record stop ends it; asciinema play %s plays it.";
    public static final String RECORDING_TO = "Recording to %s. record stop ends it.";
    public static final String ALREADY_RECORDING = "Already recording to %s. Type record stop first to start another.";
    public static final String NOT_RECORDING = "Not recording. Start with: record session.cast";
    public static final String RECORDING_SAVED = "Recording saved in %s (%.1f s, %.1f KiB). Play it with: asciinema play %s";
    public static final String RECORD_LIMIT =
            "Recording stopped: %s reached its limit of %d MB. Everything up to here is saved in it.";
    public static final String RECORD_BROKEN =
            "Recording stopped: %s could not be written any more (%s). Everything up to here is saved in it.";
    public static final String SAVE_WHERE = "save needs a file to write, e.g. save romeo.md (add --force to replace one).";
    public static final String NOTHING_TO_SAVE = "Nothing to save yet: open a connection and send a request first.";
    public static final String SAVED = "Saved the last exchange as a handout in %s";
    public static final String FILE_EXISTS = "%s already exists, so it was left as it is. To replace it, type: %s";
    public static final String CANNOT_WRITE = "%s could not be written: %s.";
    public static final String BAD_FILE_NAME = "\"%s\" cannot be a file name here.";
    static final String FILE_NOT_ALLOWED = "you are not allowed to write there";
    static final String FILE_NO_FOLDER = "its folder does not exist";
    static final String FILE_EXISTS_REASON = "a file of that name exists";
    public static final String HANDOUT_TITLE = "An HTTP exchange with %s port %d";
    /** Markdown as it stands: the escapes sit in code spans so they read the same raw and rendered. */
    public static final String HANDOUT_ESCAPES =
            "Bytes are shown as they crossed the wire: `\\r` is a carriage return, `\\n` a line feed, `\\t` a tab "
                    + "and `\\xNN` any other byte that is not printable text.";
    public static final String HANDOUT_REQUEST = "The request, as sent (%d %s)";
    public static final String HANDOUT_REPLY = "The reply, part by part (%d %s received)";
    public static final String HANDOUT_FROM_CLASS_SERVER =
            "Saved by wiretutor %s on %s. The reply came from the class server %s (%s port %d), standing in for %s.";
    public static final String HANDOUT_NO_REPLY = "No reply had arrived.";
    public static final String HANDOUT_HEX_CUT = "(the first %d of the preview's %d bytes)";
    public static final String HANDOUT_FROM_SERVER =
            "Saved by wiretutor %s on %s. The reply came from the real server %s (%s port %d).";
    public static final String HANDOUT_FROM_MIRROR =
            "Saved by wiretutor %s on %s. The reply came from wiretutor's built-in mirror of %s (%s port %d), "
                    + "standing in for the real server%s.";

    public static final String NOTHING_TO_SHOW = "Nothing to show yet: open a connection and send a request first.";
    public static final String SHOW_WHAT = "show takes body, raw, hex or reads, or nothing.";

    public static final String NO_LESSONS = "No lessons were found.";
    public static final String LESSON_HEADER = "Lessons:";
    public static final String LESSON_ROW = "%3d. %-32s %s";
    public static final String STATE_DONE = "done";
    public static final String STATE_NOT_STARTED = "not started";
    public static final String STATE_AT = "at step %d of %d";
    public static final String LESSON_FOOT = "Type lesson N to start or resume one.";
    public static final String NO_SUCH_LESSON = "There is no lesson %s. Type lessons to see them.";
    public static final String NO_LESSON_YET = "No lesson is running. Type lesson 1 to start, or lessons to choose.";
    public static final String STEP_HEADING = "Lesson %d · %s · step %d of %d: %s";
    public static final String STEP_DONE = "✓ Step %d done: %s";
    public static final String LESSON_DONE = "✓ Lesson %d, \"%s\", complete.";
    public static final String LESSON_NEXT = "Next: type lesson %d for \"%s\".";
    public static final String COURSE_DONE = "That was the last lesson. Well done!";
    public static final String STEP_SKIPPED = "(Skipped without finishing: %s. Type back to return to it.)";
    public static final String FIRST_STEP = "This is the first step of the lesson.";
    public static final String MISSED = "✗ %s";
    public static final String HINT = "Hint: %s";
    public static final String ANSWER_RIGHT = "✓ %s";
    public static final String NOT_ASKING = "This step is not asking a question right now, so the answer was not recorded.";
    public static final String NO_PROGRAMS = "This course has no programs to run.";
    public static final String RUNNING = "$ %s";
    public static final String RUN_POINTED = "(pointed at the built-in mirror at 127.0.0.1 port %d)";
    public static final String RUN_POINTED_CLASS =
            "(pointed at your class server %s, through a recorder at 127.0.0.1 port %d that shows what it sent)";
    public static final String RUN_RELAY_FAILED =
            "The class server %s could not be reached for this run. %s Ask your teacher whether it is running.";
    public static final String PROGRAM_OUTPUT = "What the program printed:";
    public static final String PROGRAM_NO_OUTPUT = "The program printed nothing.";
    public static final String PROGRAM_EXIT = "It ended with exit code %d after %.1f s.";
    public static final String PROGRAM_TIMEOUT = "It did not finish within %d s, so it was stopped.";
    /** %s: ProgramRunner.Result#limitMessage, e.g. "your program ran out of the 512 MiB …". */
    public static final String PROGRAM_LIMIT = "Limit reached: %s";
    public static final String PROGRAM_STRAYS = "It left %d program(s) it had started still running; they were stopped.";
    public static final String PROGRAM_TRUNCATED = "(only the first 64 KiB of its output were kept)";
    public static final String PROGRAM_SENT = "What the mirror received from it (%d %s):";
    public static final String PROGRAM_SENT_NOTHING = "The mirror received no request from it.";
    public static final String PROGRAM_SENT_CLASS = "What it sent your class server (%d %s):";
    public static final String PROGRAM_SENT_NOTHING_CLASS = "It sent your class server no request.";
    public static final String YOU_TYPED = "For comparison, the last request you typed (%d %s):";
    public static final String RUN_FAILED =
            "The program could not be started: %s. Check the command: is the program installed, and the file name right?";
    public static final String WAITING = "Waiting for the server (Ctrl-C stops waiting) …";
    public static final String WAIT_NOTHING = "Nothing happened on the connection for %d s.";
    public static final String WAIT_ONLY_BYTES = "Waited %d s. %s";
    public static final String WAIT_INTERRUPTED = "You stopped waiting after %.1f s (of %d s). %s";
    public static final String WAIT_MEANWHILE_NOTHING =
            "Nothing came from the server in that time; the connection is still open.";
    public static final String WAIT_MEANWHILE_BYTES =
            "In that time %d %s came from the server (shown above); the connection is still open.";
    public static final String WAIT_MEANWHILE_CLOSED = "In that time the connection closed (see above).";
    public static final String BAD_SECONDS = "\"%s\" is not a number of seconds (1 to 300).";
    public static final String SEND_WHAT = "send needs the text to send, e.g. ~send GET /romeo.txt HTTP/1.0\\n\\n";
    public static final String BAD_ESCAPE = "send understands \\r \\n \\t \\\\ and \\xNN; this one is not one of them:";
    static final String TYPED_DONE = "✓ Every part of this exercise is done. Well done!";
    public static final String TYPED_START =
            "Working on this exercise now: what you do on the wire counts towards it. Parts, in any order:";
    public static final String EXERCISE_HINT = "Hint for part \"%s\": %s";
    public static final String EXERCISE_NO_HINT = "Every part of this exercise is done: there is nothing left to hint at.";
    public static final String STATUS_EXERCISE = "Exercise %d, \"%s\": %d of %d parts done%s.";
    public static final String STATUS_EXERCISE_LEFT = "; still to do: %s";
    public static final String BACK_TO_LESSON =
            "You are working on exercise %d, so hint, status and answer are about it. Lesson %d waits at step %d: "
                    + "type lesson %d to go back to it.";
    public static final String BACK_TO_LESSONS =
            "You are working on exercise %d, so hint, status and answer are about it. Type lesson to go back to the "
                    + "lessons.";
    static final String MIRROR_SWITCHED =
            "The built-in mirror changed which files it serves (your own variant for exercises, the course's for "
                    + "lessons), so its connection was closed: open a new one.";
    public static final String PRESENT_HINT = "(presenter mode: press Enter on an empty line to reveal each part of the reply)";
    public static final String PRESENT_ON = "Presenter mode on: replies are revealed one part at a time, on Enter.";
    public static final String PRESENT_OFF = "Presenter mode off: replies appear whole.";
    public static final String REPLAY_WHAT = "replay takes how many times slower to go, e.g. replay 50 (1 to 1000).";
    public static final String REPLAYING = "Replaying the last reply as it arrived, %s times slower (%d %s in %d %s):";
    public static final String REPLAY_READ = "[read %d: %d %s after %.1f ms]";
    public static final String GRADE_HEADER = "Exercise %s, graded for learner %s:";
    public static final String GRADE_SCORE = "%d of %d checks passed.";
    public static final String NO_EXERCISES = "No exercises were found.";
    public static final String EXERCISE_HEADER = "Exercises:";
    public static final String EXERCISE_ROW = "%3d. %-36s %s";
    public static final String EXERCISE_FOOT = "Type exercise N to read one; check N -- COMMAND to grade your program.";
    public static final String EX_NOT_TRIED = "not tried";
    public static final String EX_SCORE = "best %d/%d, last %d/%d, %d %s";
    public static final String NO_SUCH_EXERCISE = "There is no exercise %s. Type exercises to see them.";
    public static final String CHECK_USAGE =
            "check needs the exercise and your program's command after --, e.g. check 1 -- python3 myprogram.py";
    public static final String CHECK_TYPED = "Exercise %s is done in the shell, not with a program: type exercise %s to read how.";
    public static final String NEED_LEARNER =
            "Grading needs your learner id first (your instructor gives you one; any id works for practice): learner ID";
    public static final String ASK_LEARNER = "Your learner id (from your instructor; any id for practice): ";
    public static final String LEARNER_IS = "Your learner id is %s. Your exercise files and answers are made for this id.";
    public static final String LEARNER_SET = "Learner id set to %s.";
    public static final String LEARNER_NONE = "No learner id yet. Set one with: learner ID";
    public static final String BAD_LEARNER = "\"%s\" cannot be a learner id: use 1 to 64 letters, digits or .-_ (no spaces).";
    public static final String GRADING = "Grading exercise %s: running %s against a private mirror …";
    public static final String NO_LEARNER_YET = "no learner id yet";
    public static final String GRADE_NOT_SAVED = "Your result could not be saved (%s); it is shown above.";
    public static final String RESET_DONE = "Forgot your results for exercise %s.";
    public static final String RESET_NOTHING = "There were no results for exercise %s to forget.";
    static final String PROGRESS_LESSONS = "Lessons:";
    static final String PROGRESS_EXERCISES = "Exercises:";
    public static final String RESTARTED = "Starting the lesson again from its first step.";
    static final String WAITING_FOR = "This step is waiting for you to %s.";

    public static final String HELP_INTRO = "Commands (type help COMMAND for more):";
    public static final String HELP_WIRE =
            "While connected, lines go to the server. Put ~ before a command (~show, ~close), type ~~ to send a "
                    + "line that starts with ~, or press Ctrl-] for one command. Ctrl-C clears the line; Ctrl-D or quit leaves.";
    public static final String STATUS_CONNECTED = "Connected to %s (%s).";
    public static final String STATUS_NOT_CONNECTED = "Not connected.";
    public static final String STATUS_LESSON = "Lesson %d, \"%s\": step %d of %d, %s.";
    public static final String STATUS_HOME = "Your history and progress are kept in %s";
    static final String BYE = "Bye.";

    private ShellText() {}
}
