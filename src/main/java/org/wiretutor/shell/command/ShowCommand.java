package org.wiretutor.shell.command;

import java.util.List;
import org.jline.utils.AttributedString;
import org.wiretutor.http.Annotation;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;
import org.wiretutor.shell.screen.WireRenderer;
import org.wiretutor.wire.Exchange;

public final class ShowCommand implements Command {
    @Override public String name() { return "show"; }
    @Override public String usage() { return "show [body|raw|hex|reads]"; }
    @Override public String summary() { return "the last request and reply again: explained, body, raw, hex, or read by read"; }
    @Override public String help() {
        return "show explains the last reply part by part. show body prints the whole body (the first view of a "
                + "reply folds a long one). show raw prints both directions exactly as "
                + "they crossed the wire, with \\r and \\n drawn. show hex prints every byte as a number. show reads "
                + "lists each read of the reply: when it came and how many bytes it brought. Output longer than the "
                + "screen stops after each screenful: Enter for more, q to stop.";
    }

    @Override
    public List<String> candidates(int index, ShellContext ctx) {
        return index == 0 ? List.of("body", "raw", "hex", "reads") : List.of();
    }

    @Override
    public void run(List<String> args, ShellContext ctx) throws UsageException {
        if (args.size() > 1) throw new UsageException(ShellText.SHOW_WHAT);
        String how = args.isEmpty() ? "" : args.get(0);
        if (!List.of("", "body", "raw", "hex", "reads").contains(how)) throw new UsageException(ShellText.SHOW_WHAT);
        var exchange = ctx.lastWire().flatMap(w -> w.lastExchange());
        if (exchange.isEmpty()) {
            ctx.info(ShellText.NOTHING_TO_SHOW);
            return;
        }
        Exchange e = exchange.get();
        WireRenderer r = new WireRenderer(ctx.screen.width());
        switch (how) {
            case "body" -> ctx.page(r.body(e));
            case "raw" -> ctx.page(r.raw(e));
            case "hex" -> ctx.page(r.hex(e));
            case "reads" -> ctx.page(r.reads(e));
            default -> {
                List<AttributedString> out = r.request(e);
                for (Annotation a : e.annotations()) out.addAll(r.annotation(a));
                ctx.page(out);
            }
        }
    }
}
