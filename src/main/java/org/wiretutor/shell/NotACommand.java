package org.wiretutor.shell;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;

/**
 * A line at the command prompt whose first word is no command, answered in plain words with the command that does
 * what the learner most likely meant: a request typed before connecting, a program started as in a system shell,
 * an answer typed without {@code answer} while a question is open, a lesson's number, a near miss of a command's
 * name. Whether a question is open is the course's to say; the line is never judged as an answer here.
 */
final class NotACommand {
    private final List<String> commands;
    private final BooleanSupplier asking;
    private final IntPredicate lesson;

    /**
     * @param commands the names of the commands, for "did you mean"
     * @param asking   true while the course (or the exercise being worked on) has a question open
     * @param lesson   true for the number of a lesson the course has
     */
    NotACommand(List<String> commands, BooleanSupplier asking, IntPredicate lesson) {
        this.commands = List.copyOf(commands);
        this.asking = asking;
        this.lesson = lesson;
    }

    /** What to tell the learner about {@code line}, typed at the command prompt; {@code name} is its first word. */
    String advice(String line, String name) {
        String typed = Escape.string(line.strip());
        String word = Escape.string(name);
        if (RequestLike.looksLikeRequest(line)) return Messages.get("shell.looksLikeRequest", typed);
        Optional<String> run = ProgramLike.runLine(line);
        if (run.isPresent()) return Messages.get("shell.unknown.run", Escape.string(run.get()));
        Optional<String> near = Suggest.closest(name, commands);
        if (asking.getAsBoolean()) {
            return near.map(command -> Messages.get("shell.unknown.answerOrCommand", typed, command))
                    .orElseGet(() -> Messages.get("shell.unknown.answer", typed));
        }
        if (typed.matches("\\d{1,9}")) {
            int number = Integer.parseInt(typed);
            return lesson.test(number) ? Messages.get("shell.unknown.lessonNumber", word, number)
                    : Messages.get("shell.unknown.number", word);
        }
        return near.map(command -> Messages.get("shell.unknownCommand.didYouMean", word, command))
                .orElseGet(() -> Messages.get("shell.unknownCommand", word));
    }
}
