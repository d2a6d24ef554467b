package org.wiretutor.shell.command;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.wiretutor.http.Annotation;
import org.wiretutor.http.StatusCodes;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.shell.screen.Wrap;
import org.wiretutor.text.Escape;
import org.wiretutor.shell.screen.WireRenderer;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.Exchange;

public final class ShowCommand implements Command {
    private final Connection connection;
    private final LastRun lastRun;
    private final Coursework coursework;
    private final Output out;

    public ShowCommand(Connection connection, LastRun lastRun, Coursework coursework, Output out) {
        this.coursework = coursework;
        this.connection = connection;
        this.lastRun = lastRun;
        this.out = out;
    }

    @Override public String name() { return "show"; }
    @Override public String usage() { return Messages.get("shell.show.usage"); }
    @Override public String summary() { return Messages.get("shell.show.summary"); }
    @Override public String help() { return Messages.get("shell.show.help"); }

    /** What show can show besides the explained reply: its one optional word. */
    private static final List<String> VIEWS = List.of("body", "raw", "hex", "reads", "run");

    @Override
    public List<String> candidates(int index) {
        return index == 0 ? VIEWS : List.of();
    }

    @Override
    public void run(List<String> args) throws UsageException {
        if (args.size() > 1) throw new UsageException(Messages.get("shell.show.what"));
        String how = args.isEmpty() ? "" : args.get(0);
        if (!how.isEmpty() && !VIEWS.contains(how)) {
            // show read, show Raw: the view meant, by name
            throw new UsageException(Suggest.closest(how, VIEWS)
                    .map(view -> Messages.get("shell.show.didYouMean", Escape.string(how), view))
                    .orElseGet(() -> Messages.get("shell.show.what")));
        }
        if (how.equals("run")) {
            run();
            return;
        }
        var exchange = connection.lastWire().flatMap(w -> w.lastExchange());
        if (exchange.isEmpty()) {
            out.info(Messages.get("shell.show.nothing"));
            return;
        }
        Exchange e = exchange.get();
        // before any reply, "no body" would read as a fact about the page
        if (e.receivedTotal() == 0 && (how.equals("body") || how.equals("reads"))) {
            out.info(Messages.get("shell.show.noReplyYet"));
            return;
        }
        WireRenderer r = new WireRenderer(out.screen().width());
        switch (how) {
            case "body" -> out.page(r.body(e));
            case "raw" -> out.page(r.raw(e));
            case "hex" -> out.page(r.hex(e));
            case "reads" -> out.page(r.reads(e));
            default -> {
                List<AttributedString> lines = r.request(e);
                for (Annotation a : e.annotations()) lines.addAll(r.annotation(a));
                out.page(lines);
            }
        }
        remindTheQuestion();
    }

    /** A reply shown again pushes the step's question off the screen: it is named again under the reply. */
    private void remindTheQuestion() {
        var course = coursework.course();
        if (coursework.typed().isEmpty() && !coursework.view().pending() && course.asking()) {
            out.note(Messages.get("shell.show.stillAsking", course.remaining()));
        }
    }

    /** Each request of the last run, byte for byte, with how it was answered. */
    private void run() {
        var traffic = lastRun.last();
        if (traffic.isEmpty()) {
            out.info(Messages.get("shell.run.show.nothing"));
            return;
        }
        LastRun.Traffic t = traffic.get();
        int width = out.screen().width();
        List<AttributedString> lines = new ArrayList<>(Wrap.wrap(new AttributedString(
                Messages.get("shell.run.show.heading", Escape.string(t.program()), t.received().size()), Styles.STRONG),
                width, ""));
        if (t.received().isEmpty()) {
            lines.add(new AttributedString(t.classServer() ? Messages.get("shell.run.sentNothing.class")
                    : Messages.get("shell.run.sentNothing"), Styles.DIM));
        }
        int n = 0;
        for (LogEntry entry : t.received()) {
            n++;
            byte[] head = entry.head();
            String key = entry.status() > 0 ? (t.classServer() ? "shell.run.sent.class" : "shell.run.sent")
                    : (t.classServer() ? "shell.run.sentNoReply.class" : "shell.run.sentNoReply");
            String status = entry.status() > 0 ? (entry.status() + " " + StatusCodes.reason(entry.status())).strip() : "";
            lines.add(AttributedString.EMPTY);
            lines.addAll(Wrap.wrap(new AttributedString(Messages.get(key, n, t.received().size(), head.length, status),
                    Styles.STRONG), width, "", "  "));
            lines.addAll(WireRenderer.sentLines(head, width));
        }
        out.page(lines);
    }
}
