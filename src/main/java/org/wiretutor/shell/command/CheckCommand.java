package org.wiretutor.shell.command;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.wiretutor.grading.Exercise;
import org.wiretutor.grading.Grade;
import org.wiretutor.grading.GradeRecord;
import org.wiretutor.grading.ProgramGrader;
import org.wiretutor.shell.screen.GradeView;
import org.wiretutor.text.Messages;

public final class CheckCommand implements Command {
    static final Duration LIMIT = Duration.ofSeconds(15);

    private final LearnerHome learner;
    private final Output out;
    private final Keyboard keyboard;

    public CheckCommand(LearnerHome learner, Output out, Keyboard keyboard) {
        this.learner = learner;
        this.out = out;
        this.keyboard = keyboard;
    }

    @Override public String name() { return "check"; }
    @Override public String usage() { return Messages.get("shell.check.usage"); }
    @Override public String summary() { return Messages.get("shell.check.summary"); }
    @Override public String help() { return Messages.get("shell.check.help"); }

    @Override
    public List<String> candidates(int index) {
        return index == 0 ? ExerciseCommand.numbers(learner.exercises()) : index == 1 ? List.of("--") : List.of();
    }

    @Override
    public void run(List<String> args) throws UsageException {
        int dashes = args.indexOf("--");
        if (args.isEmpty() || dashes != 1 || dashes == args.size() - 1) {
            throw new UsageException(Messages.get("shell.check.needs"));
        }
        Exercise exercise = ExerciseCommand.find(learner.exercises(), args.get(0));
        if (exercise.kind() != Exercise.Kind.PROGRAM) {
            throw new UsageException(Messages.get("shell.check.typed", exercise.number()));
        }
        var id = LearnerCommand.require(learner, out);
        if (id.isEmpty()) return;
        List<String> command = args.subList(dashes + 1, args.size());
        out.note(Messages.get("shell.check.grading", exercise.number(), String.join(" ", command)));
        Thread me = Thread.currentThread();
        keyboard.waitingOn(me::interrupt);
        Grade grade;
        try {
            grade = new ProgramGrader(learner.clock(), LIMIT).grade(exercise, id.get(), List.copyOf(command),
                    Path.of("").toAbsolutePath());
        } catch (InterruptedException e) {
            out.note(Messages.get("shell.cancelled"));
            return;
        } catch (IOException e) {
            out.error(Messages.get("shell.run.failed", e.getMessage()));
            return;
        } finally {
            keyboard.waitingOn(null);
            Thread.interrupted();
        }
        out.screen().show(GradeView.lines(grade, out.screen().width()));
        try {
            learner.grades().record(GradeRecord.of(exercise, grade, command, Path.of("").toAbsolutePath(),
                    learner.version()));
        } catch (IOException e) {
            out.error(Messages.get("shell.grade.notSaved", e.getMessage()));
        }
    }
}
