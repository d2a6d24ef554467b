package org.wiretutor.shell.command;

import org.wiretutor.course.Observation;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;

public final class AnswerCommand implements TextCommand {
    @Override public String name() { return "answer"; }
    @Override public String usage() { return "answer TEXT"; }
    @Override public String summary() { return "answer the current step's question"; }
    @Override public String help() {
        return "Some steps ask you to predict what will happen, or to read something off a reply. Type your "
                + "answer after the word answer, e.g. answer 404, or with the header's name first, e.g. "
                + "answer Content-Length: 467. When a step asks two questions, answer them one at a time, in any "
                + "order. Case and extra spaces do not matter.";
    }

    @Override
    public void runText(String text, ShellContext ctx) throws UsageException {
        if (text.isBlank()) throw new UsageException("answer needs your answer after it, e.g. answer 404");
        Observation answer = new Observation.Answered(text);
        if (ctx.typed().isPresent()) {
            ctx.judgeTyped(answer);
            return;
        }
        if (ctx.course.position().isEmpty()) {
            ctx.info(ShellText.NO_LESSON_YET);
            return;
        }
        var events = ctx.course.observe(answer);
        if (events.isEmpty()) ctx.info(ShellText.NOT_ASKING);
        ctx.courseView.events(events, ctx.course);
    }
}
