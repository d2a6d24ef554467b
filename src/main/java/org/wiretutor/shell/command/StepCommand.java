package org.wiretutor.shell.command;

import java.util.List;
import org.wiretutor.text.Messages;

/**
 * Shows the current step again: its text scrolls away under replies and program output, and the learner must be
 * able to read what it asks without moving. A step that waits for Enter is shown instead, so nothing is skipped.
 */
public final class StepCommand implements Command {
    private final Coursework coursework;
    private final Connection connection;
    private final Output out;

    public StepCommand(Coursework coursework, Connection connection, Output out) {
        this.coursework = coursework;
        this.connection = connection;
        this.out = out;
    }

    @Override public String name() { return "step"; }
    @Override public String usage() { return Messages.get("shell.step.usage"); }
    @Override public String summary() { return Messages.get("shell.step.summary"); }
    @Override public String help() { return Messages.get("shell.step.help"); }

    @Override
    public void run(List<String> args) throws UsageException {
        if (!args.isEmpty()) throw new UsageException(Messages.get("shell.step.noArguments"));
        var at = coursework.course().position();
        if (at.isEmpty()) {
            out.info(Messages.get("shell.noLessonYet"));
            return;
        }
        coursework.view().again(at.get());
        if (connection.wire().isEmpty() && coursework.course().wantsAConnection()) {
            out.note(Messages.get("shell.hint.reconnect", coursework.course().openLine()));
        }
    }
}
