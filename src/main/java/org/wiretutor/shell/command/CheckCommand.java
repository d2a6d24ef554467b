package org.wiretutor.shell.command;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.wiretutor.grading.Exercise;
import org.wiretutor.grading.Grade;
import org.wiretutor.grading.GradeRecord;
import org.wiretutor.grading.ProgramGrader;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;
import org.wiretutor.shell.screen.GradeView;

public final class CheckCommand implements Command {
    static final Duration LIMIT = Duration.ofSeconds(15);

    @Override public String name() { return "check"; }
    @Override public String usage() { return "check N -- COMMAND"; }
    @Override public String summary() { return "grade your program for exercise N"; }
    @Override public String help() {
        return "Runs your program (the command after --, from the folder you started wiretutor in) against a "
                + "private copy of the server made for your learner id, then checks what it sent and what it "
                + "printed. Every failed check says what was wrong, pointing at the byte. "
                + "Example: check 1 -- python3 myurl.py";
    }

    @Override
    public List<String> candidates(int index, ShellContext ctx) {
        return index == 0 ? ctx.exercises().all().stream().map(e -> Integer.toString(e.number())).toList()
                : index == 1 ? List.of("--") : List.of();
    }

    @Override
    public void run(List<String> args, ShellContext ctx) throws UsageException {
        int dashes = args.indexOf("--");
        if (args.isEmpty() || dashes != 1 || dashes == args.size() - 1) throw new UsageException(ShellText.CHECK_USAGE);
        Exercise exercise = ExerciseCommand.find(ctx, args.get(0));
        if (exercise.kind() != Exercise.Kind.PROGRAM) {
            throw new UsageException(ShellText.CHECK_TYPED.formatted(exercise.number(), exercise.number()));
        }
        var learner = LearnerCommand.require(ctx);
        if (learner.isEmpty()) return;
        List<String> command = args.subList(dashes + 1, args.size());
        ctx.note(ShellText.GRADING.formatted(exercise.number(), String.join(" ", command)));
        Thread me = Thread.currentThread();
        ctx.waitingOn(me::interrupt);
        Grade grade;
        try {
            grade = new ProgramGrader(ctx.clock(), LIMIT).grade(exercise, learner.get(), List.copyOf(command),
                    Path.of("").toAbsolutePath());
        } catch (InterruptedException e) {
            ctx.note(ShellText.INTERRUPTED);
            return;
        } catch (IOException e) {
            ctx.error(ShellText.RUN_FAILED.formatted(e.getMessage()));
            return;
        } finally {
            ctx.waitingOn(null);
            Thread.interrupted();
        }
        ctx.screen.show(GradeView.lines(grade, ctx.screen.width()));
        try {
            ctx.grades().record(GradeRecord.of(exercise, grade, command, Path.of("").toAbsolutePath(), ctx.version));
        } catch (IOException e) {
            ctx.error(ShellText.GRADE_NOT_SAVED.formatted(e.getMessage()));
        }
    }
}
