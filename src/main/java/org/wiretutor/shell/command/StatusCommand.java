package org.wiretutor.shell.command;

import java.util.List;
import org.wiretutor.text.Messages;

public final class StatusCommand implements Command {
    private final Connection connection;
    private final Coursework coursework;
    private final LearnerHome learner;
    private final Output out;

    public StatusCommand(Connection connection, Coursework coursework, LearnerHome learner, Output out) {
        this.connection = connection;
        this.coursework = coursework;
        this.learner = learner;
        this.out = out;
    }

    @Override public String name() { return "status"; }
    @Override public String usage() { return Messages.get("shell.status.usage"); }
    @Override public String summary() { return Messages.get("shell.status.summary"); }
    @Override public String help() { return Messages.get("shell.status.help"); }

    @Override
    public void run(List<String> args) {
        var wire = connection.wire();
        if (wire.isPresent()) {
            var route = wire.get().route();
            String address = route.reached().getAddress().getHostAddress();
            String how = route.classServer().isPresent()
                    ? Messages.get("shell.status.classServer", route.classServer().get().toString())
                    : route.viaMirror() ? Messages.get("shell.status.mirrorAt", address, route.reached().getPort())
                    : address;
            out.info(Messages.get("shell.status.connected", route.target().toString(), how));
        } else {
            out.info(Messages.get("shell.status.notConnected"));
        }
        String home = learner.home().toString();
        var working = ExerciseCommand.working(coursework, learner.exercises());
        if (working.isPresent()) {
            var attempt = working.get().attempt();
            var e = working.get().exercise();
            List<String> left = attempt.left();
            out.info(Messages.get("shell.status.exercise", e.number(), e.title(), attempt.passed(), attempt.total(),
                    left.isEmpty() ? "" : Messages.get("shell.status.exerciseLeft", String.join(", ", left))));
            out.note(ExerciseCommand.backToLesson(coursework.course(), e));
            out.note(Messages.get("shell.status.home", home));
            return;
        }
        var course = coursework.course();
        course.position().ifPresent(at -> {
            out.info(Messages.get("shell.status.lesson", at.lesson().number(), at.lesson().title(), at.stepNumber(),
                    at.lesson().steps().size(), course.waitingFor()
                            .map(what -> Messages.get("shell.status.waitingFor", what))
                            .orElseGet(() -> Messages.get("shell.status.reading"))));
        });
        out.note(Messages.get("shell.status.home", home));
    }
}
