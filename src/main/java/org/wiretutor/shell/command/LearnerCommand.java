package org.wiretutor.shell.command;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.wiretutor.course.GradeBook;
import org.wiretutor.mirror.pages.MirrorFiles;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;

public final class LearnerCommand implements Command {
    @Override public String name() { return "learner"; }
    @Override public String usage() { return "learner [ID]"; }
    @Override public String summary() { return "show or set your learner id (your exercises are made for it)"; }
    @Override public String help() {
        return "Each learner gets their own version of the exercise files, made from their learner id, so "
                + "answers differ from person to person. Your instructor gives you an id; for practice any id "
                + "works (the id sample has answers printed in the exercises' README).";
    }

    @Override
    public void run(List<String> args, ShellContext ctx) throws UsageException {
        if (args.size() > 1) throw new UsageException("learner takes one id, without spaces.");
        if (args.isEmpty()) {
            ctx.info(ctx.grades().learner().map(ShellText.LEARNER_IS::formatted).orElse(ShellText.LEARNER_NONE));
            return;
        }
        String id = GradeBook.fold(args.get(0))
                .orElseThrow(() -> new UsageException(ShellText.BAD_LEARNER.formatted(args.get(0))));
        try {
            ctx.grades().learner(id);
        } catch (IOException e) {
            ctx.error(ShellText.GRADE_NOT_SAVED.formatted(e.getMessage()));
            return;
        }
        ctx.info(ShellText.LEARNER_SET.formatted(id));
        ctx.typed(null);
        ctx.serveFiles(MirrorFiles.bundled());
    }

    /** The learner's id, asking for it (and remembering it) the first time it is needed. */
    static Optional<String> require(ShellContext ctx) {
        var learner = ctx.grades().learner();
        if (learner.isPresent()) return learner;
        var given = ctx.ask(ShellText.ASK_LEARNER);
        if (given.isEmpty() || !GradeBook.validLearnerId(given.get())) {
            ctx.error(given.map(ShellText.BAD_LEARNER::formatted).orElse(ShellText.NEED_LEARNER));
            return Optional.empty();
        }
        String id = GradeBook.fold(given.get()).orElseThrow();
        try {
            ctx.grades().learner(id);
        } catch (IOException e) {
            ctx.error(ShellText.GRADE_NOT_SAVED.formatted(e.getMessage()));
        }
        return Optional.of(id);
    }
}
