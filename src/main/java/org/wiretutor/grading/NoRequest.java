package org.wiretutor.grading;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wiretutor.programs.ProgramRunner;
import org.wiretutor.text.Escape;

/**
 * Why a program sent nothing to the grader's server, for a grade that gives no credit: its likely cause (file not
 * found, does not compile, a module not installed, a crash, or it never connected), how it ended, and the last
 * lines it printed, escaped, so a compiler error or a traceback is seen instead of guessed at.
 */
final class NoRequest {

    /** How many of the last lines of output are shown. */
    static final int TAIL_LINES = 15;
    /** Longest line shown; longer ones are cut. */
    static final int LINE_CHARS = 200;
    private static final Pattern MODULE = Pattern.compile("No module named '([A-Za-z0-9_.]{1,100})'");
    private static final Pattern JAVA_ERROR = Pattern.compile("(?m)(?:^\\S+\\.java:\\d+: error: |^error: )");

    private NoRequest() {
    }

    /** The request check's message when nothing reached the server: cause, ending and output tail. */
    static String explain(Evidence ev) {
        ProgramRunner.Result r = ev.main().result();
        String output = r.output();
        String ending = r.timedOut() ? GradingText.stoppedAfter(ev.limit()) : GradingText.exitedWith(r.exit());
        List<String> tail = tail(output);
        StringBuilder b = new StringBuilder(GradingText.noRequestBecause(cause(output, ev), ending, !tail.isEmpty()));
        for (String line : tail) {
            b.append("\n  | ").append(line);
        }
        return b.toString();
    }

    static String cause(String output, Evidence ev) {
        if (output.contains("can't open file") || output.contains("error: file not found:")
                || output.contains("No such file or directory") && !output.contains("Traceback")) {
            return GradingText.causeFileNotFound();
        }
        Matcher module = MODULE.matcher(output);
        if (module.find()) {
            String name = module.group(1);
            String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            return top.equals("bs4") ? GradingText.causeBs4Missing() : GradingText.causeModuleMissing(top);
        }
        if (JAVA_ERROR.matcher(output).find() || output.contains("error: compilation failed")) {
            return GradingText.causeJavaCompile();
        }
        if (output.contains("SyntaxError") || output.contains("IndentationError") || output.contains("TabError")) {
            return GradingText.causePythonSyntax();
        }
        Optional<String> crash = Crash.diagnose(output);
        if (crash.isPresent()) {
            return GradingText.causeCrashed(crash.get());
        }
        if (!ev.main().visits().isEmpty()) {
            return GradingText.causeConnectedSilently();
        }
        return GradingText.causeNoConnection(ev.host(), ev.port());
    }

    /** The last {@value #TAIL_LINES} non-empty lines, each escaped and cut to {@value #LINE_CHARS} characters. */
    static List<String> tail(String output) {
        List<String> lines = Arrays.stream(output.replace("\r\n", "\n").split("\n"))
                .filter(l -> !l.isBlank()).toList();
        return lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()).stream()
                .map(l -> l.length() > LINE_CHARS ? l.substring(0, LINE_CHARS) + "..." : l)
                .map(l -> Escape.string(l.replace('\t', ' ').replace('\r', ' '))).toList();
    }
}
