package org.wiretutor.shell.command;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.wiretutor.course.GradeBook;
import org.wiretutor.mirror.pages.MirrorFiles;
import org.wiretutor.text.Messages;

public final class LearnerCommand implements Command {
    private final LearnerHome learner;
    private final Coursework coursework;
    private final Connection connection;
    private final Output out;

    public LearnerCommand(LearnerHome learner, Coursework coursework, Connection connection, Output out) {
        this.learner = learner;
        this.coursework = coursework;
        this.connection = connection;
        this.out = out;
    }

    @Override public String name() { return "learner"; }
    @Override public String usage() { return Messages.get("shell.learner.usage"); }
    @Override public String summary() { return Messages.get("shell.learner.summary"); }
    @Override public String help() { return Messages.get("shell.learner.help"); }

    @Override
    public void run(List<String> args) throws UsageException {
        if (args.size() > 1) throw new UsageException(Messages.get("shell.learner.oneId"));
        GradeBook grades = learner.grades();
        if (args.isEmpty()) {
            out.info(grades.learner().map(id -> Messages.get("shell.learner.is", id))
                    .orElse(Messages.get("shell.learner.none")));
            return;
        }
        String id = GradeBook.fold(args.get(0))
                .orElseThrow(() -> new UsageException(Messages.get("shell.learner.bad", args.get(0))));
        try {
            grades.learner(id);
        } catch (IOException e) {
            out.error(Messages.get("shell.grade.notSaved", e.getMessage()));
            return;
        }
        out.info(Messages.get("shell.learner.set", id));
        coursework.typed(null);
        connection.serve(MirrorFiles.bundled());
    }

    /** The learner's id, asking for it (and remembering it) the first time it is needed. */
    static Optional<String> require(LearnerHome learner, Output out) {
        GradeBook grades = learner.grades();
        var known = grades.learner();
        if (known.isPresent()) return known;
        var given = out.ask(Messages.get("shell.learner.ask"));
        if (given.isEmpty() || !GradeBook.validLearnerId(given.get())) {
            out.error(given.map(g -> Messages.get("shell.learner.bad", g)).orElse(Messages.get("shell.learner.needed")));
            return Optional.empty();
        }
        String id = GradeBook.fold(given.get()).orElseThrow();
        try {
            grades.learner(id);
        } catch (IOException e) {
            out.error(Messages.get("shell.grade.notSaved", e.getMessage()));
        }
        return Optional.of(id);
    }
}
