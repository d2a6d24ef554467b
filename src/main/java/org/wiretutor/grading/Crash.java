package org.wiretutor.grading;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a program that died with an uncaught error in what it printed: a Python traceback or a Java stack
 * trace. Learners see the crash explained instead of just "it failed".
 */
final class Crash {

    static final String PYTHON = "Traceback (most recent call last)";
    static final String JAVA = "Exception in thread";
    /** Python's report of an error found before running (a SyntaxError has no "Traceback" line). */
    private static final Pattern PYTHON_COMPILE =
            Pattern.compile("(?m)^  File \".*\", line \\d+\\R(?:.*\\R){0,4}?\\w*(?:Error|Exception): ");
    static final String STR_NOT_BYTES = "a bytes-like object is required, not 'str'";
    /** Python's words for an import of BeautifulSoup where it is not installed. */
    static final String NO_BS4 = "No module named 'bs4'";
    /** urllib's words when given a relative link such as {@code known_by_Efua.html} to open. */
    static final String UNKNOWN_URL_TYPE = "unknown url type";

    private Crash() {
    }

    /** What went wrong in plain words, or empty when the output shows no crash. */
    static Optional<String> diagnose(String output) {
        if (output.contains(STR_NOT_BYTES)) {
            return Optional.of(GradingText.strNotBytes());
        }
        if (output.contains(NO_BS4)) {
            return Optional.of(GradingText.causeBs4Missing());
        }
        if (output.contains(PYTHON) && output.contains(UNKNOWN_URL_TYPE)) {
            return Optional.of(GradingText.relativeUrl());
        }
        int traceback = output.indexOf(PYTHON);
        if (traceback >= 0) {
            return Optional.of(GradingText.traceback(lastErrorLine(output.substring(traceback))));
        }
        Matcher compile = PYTHON_COMPILE.matcher(output);
        if (compile.find()) {
            return Optional.of(GradingText.traceback(lastErrorLine(output.substring(compile.start()))));
        }
        for (String line : output.split("\n")) {
            String l = line.stripTrailing();
            int thread = l.indexOf(JAVA);
            if (thread >= 0) {
                return Optional.of(GradingText.javaException(shorten(l.substring(thread))));
            }
            if (l.startsWith("\tat ") || l.startsWith("Caused by: ")) {
                return Optional.of(GradingText.javaException(javaLine(output, l)));
            }
        }
        return Optional.empty();
    }

    /** The traceback's last line, such as {@code ConnectionRefusedError: [Errno 111] Connection refused}. */
    private static String lastErrorLine(String traceback) {
        String[] lines = traceback.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            String l = lines[i].strip();
            if (!l.isEmpty() && !l.startsWith("File ") && !l.startsWith("^") && !l.startsWith("~")) {
                return shorten(l);
            }
        }
        return PYTHON;
    }

    /** The line naming the exception: "Exception in thread ..." or the line just before the first "at". */
    private static String javaLine(String output, String first) {
        String[] lines = output.split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].startsWith("\tat ")) {
                return shorten(lines[i - 1].strip());
            }
        }
        return shorten(first.strip());
    }

    private static String shorten(String s) {
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }
}
