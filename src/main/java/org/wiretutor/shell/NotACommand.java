package org.wiretutor.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.wiretutor.shell.command.Suggest;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;

/**
 * A line at the command prompt whose first word is no command, answered in plain words with the command that does
 * what the learner most likely meant: a request typed before connecting, a tool of the computer's own terminal
 * (telnet, pip, curl), a program started as in a system shell, an answer typed without {@code answer} while a
 * question is open, a lesson's number, a near miss of a command's name. Whether a question is open is the course's
 * to say; the line is never judged as an answer here.
 */
final class NotACommand {
    /** Tools that open a connection as {@code open} does. */
    private static final Set<String> CONNECTORS = Set.of("telnet", "nc", "ncat", "netcat");
    /** Tools that install software: they belong in the computer's own terminal. */
    private static final Set<String> INSTALLERS = Set.of("pip", "pip3", "apt", "apt-get", "brew", "sudo", "conda");
    /** Tools that fetch a URL: the computer's own terminal runs them, and so does {@code run}. */
    private static final Set<String> FETCHERS = Set.of("curl", "wget");
    /** A value a question may want whatever its words: a number, a header line, a status line, something quoted. */
    private static final Pattern VALUE = Pattern.compile(
            "-?\\d+(?:[.,]\\d+)?|[A-Za-z0-9!#$%&'*+.^_`|~-]+:.*|HTTP/\\S+\\s+\\d{3}.*|\"[^\"]*\"|'[^']*'",
            Pattern.CASE_INSENSITIVE);

    private final List<String> commands;
    private final BooleanSupplier asking;
    private final IntPredicate lesson;
    private final ProgramNames programs;
    private final Function<String, Optional<String>> notConnected;
    private final Supplier<String> openLine;

    /**
     * @param commands the names of the commands, for "did you mean"
     * @param asking   true while the course (or the exercise being worked on) has a question open
     * @param lesson   true for the number of a lesson the course has
     * @param programs the programs run can start, so a run line suggested names one
     * @param notConnected for a line typed, the line that opens the current step's connection when the typed line is
     *                     one the step gives for the server and no connection is open
     * @param openLine     the line that opens a connection: the current step's own, else the usual one
     */
    NotACommand(List<String> commands, BooleanSupplier asking, IntPredicate lesson, ProgramNames programs,
                Function<String, Optional<String>> notConnected, Supplier<String> openLine) {
        this.notConnected = notConnected;
        this.openLine = openLine;
        this.commands = List.copyOf(commands);
        this.asking = asking;
        this.lesson = lesson;
        this.programs = programs;
    }

    /** What to tell the learner about {@code line}, typed at the command prompt; {@code name} is its first word. */
    String advice(String line, String name) {
        return advice(line, name, "");
    }

    /**
     * As {@link #advice(String, String)}, with {@code prefix} before every command line it suggests: {@code ~} while
     * connected, where a line without it would go to the server.
     */
    String advice(String line, String name, String prefix) {
        String typed = Escape.string(line.strip());
        String word = Escape.string(name);
        if (RequestLike.looksLikeRequest(line)) {
            // the step's own way to open, when it has one (lesson 4's --keep-alive 60)
            return Messages.get("shell.looksLikeRequest", typed, prefix + openLine.get());
        }
        Optional<String> tool = tool(line.strip());
        if (tool.isPresent()) return tool.get();
        Optional<String> run = ProgramLike.runLine(line, programs);
        if (run.isPresent()) return Messages.get("shell.unknown.run", Escape.string(run.get()));
        // q closes a long listing; typed after a short one, which was never held, there is nothing to close
        if (line.strip().equalsIgnoreCase("q")) return Messages.get("shell.unknown.q", prefix + "quit");
        // the words a lesson's last line invites ("Type next to finish the lesson"): next is the command for them
        if (line.strip().matches("(?i)finish|done|continue|go on|ok|okay")) {
            return Messages.get("shell.unknownCommand.didYouMean", word, prefix + "next", prefix);
        }
        Optional<String> near = Suggest.closest(name, commands);
        // a line the step gives for the server, typed with no connection open
        Optional<String> open = notConnected.apply(line.strip());
        if (open.isPresent()) return Messages.get("shell.unknown.notConnected", typed, prefix + open.get());
        Optional<String> corrected = corrected(line.strip(), name, near);
        if (corrected.isPresent()) return Messages.get("shell.unknown.corrected", prefix + Escape.string(corrected.get()));
        if (asking.getAsBoolean()) {
            // a sentence is not an answer typed bare: say how to answer, not to type the whole sentence after answer
            if (!answerLike(line.strip())) {
                return near.map(command -> Messages.get("shell.unknown.notAnswer.didYouMean", word, prefix + command))
                        .orElseGet(() -> Messages.get("shell.unknown.notAnswer", word));
            }
            return near.map(command -> Messages.get("shell.unknown.answerOrCommand", typed, prefix + command))
                    .orElseGet(() -> Messages.get("shell.unknown.answer", typed));
        }
        if (typed.matches("\\d{1,9}")) {
            int number = Integer.parseInt(typed);
            return lesson.test(number) ? Messages.get("shell.unknown.lessonNumber", word, number)
                    : Messages.get("shell.unknown.number", word);
        }
        return near.map(command -> Messages.get("shell.unknownCommand.didYouMean", word, prefix + command, prefix))
                .orElseGet(() -> Messages.get("shell.unknownCommand", word, prefix));
    }

    /**
     * The line with its command's name put right, when the name is a command written with a capital or a colon
     * ("Answer 400", "answer: 404"), or a long enough slip of one ("anwser 404"), and words follow it.
     */
    private Optional<String> corrected(String line, String name, Optional<String> near) {
        // "wait30", "lesson3": a command and its number with no space between
        java.util.regex.Matcher joined = JOINED_NUMBER.matcher(name);
        if (joined.matches() && commands.contains(joined.group(1).toLowerCase(java.util.Locale.ROOT))) {
            String after = line.substring(Math.min(line.length(), name.length())).strip();
            return Optional.of((joined.group(1).toLowerCase(java.util.Locale.ROOT) + " " + joined.group(2) + " "
                    + after).strip());
        }
        String rest = line.substring(Math.min(line.length(), name.length())).strip();
        if (rest.isEmpty()) return Optional.empty();
        String bare = name.endsWith(":") ? name.substring(0, name.length() - 1) : name;
        // "guess 400" is how a person says it: the command for a guess is answer
        if (bare.equalsIgnoreCase("guess")) return Optional.of("answer " + rest);
        Optional<String> exact = commands.stream().filter(c -> c.equalsIgnoreCase(bare)).findFirst();
        Optional<String> command = exact.isPresent() ? exact : bare.length() >= 4 ? near : Optional.empty();
        return command.map(c -> c + " " + rest);
    }

    /** A word of letters run straight into a number: {@code wait30}. */
    private static final java.util.regex.Pattern JOINED_NUMBER =
            java.util.regex.Pattern.compile("([A-Za-z]+)(\\d+)");

    /** One or two words, or a value whatever its words: what a learner types bare as an answer. */
    static boolean answerLike(String line) {
        return line.split("\\s+").length <= 2 || VALUE.matcher(line).matches();
    }

    /**
     * A tool of the computer's own terminal: telnet or nc becomes the {@code open} line that does the same here;
     * an installer is said to belong in that terminal; curl or wget too, or to {@code run}, which shows what it sends.
     */
    private static Optional<String> tool(String line) {
        List<String> words = Arrays.asList(line.split("\\s+"));
        String first = words.get(0);
        if (CONNECTORS.contains(first)) {
            List<String> args = words.subList(1, words.size()).stream().filter(w -> !w.startsWith("-")).toList();
            String host = args.isEmpty() ? "data.pr4e.org" : args.get(0);
            String port = args.size() > 1 && args.get(1).matches("\\d{1,5}") ? args.get(1) : "80";
            return Optional.of(Messages.get("shell.unknown.connector", Escape.string(first),
                    Escape.string("open " + host + " " + port)));
        }
        boolean pipModule = words.size() > 2 && words.get(0).matches("python[23]?(?:\\.\\d+)?|py")
                && words.get(1).equals("-m") && words.get(2).matches("pip3?");
        if (INSTALLERS.contains(first) || pipModule) {
            return Optional.of(Messages.get("shell.unknown.installer", Escape.string(pipModule ? words.get(2) : first)));
        }
        if (FETCHERS.contains(first)) {
            return Optional.of(Messages.get("shell.unknown.fetcher", Escape.string(first), Escape.string("run " + line)));
        }
        return Optional.empty();
    }
}
