package org.wiretutor.shell.command;

import java.util.List;
import org.jline.utils.AttributedString;
import org.wiretutor.http.Annotation;
import org.wiretutor.shell.screen.WireRenderer;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.Exchange;

public final class ShowCommand implements Command {
    private final Connection connection;
    private final Output out;

    public ShowCommand(Connection connection, Output out) {
        this.connection = connection;
        this.out = out;
    }

    @Override public String name() { return "show"; }
    @Override public String usage() { return Messages.get("shell.show.usage"); }
    @Override public String summary() { return Messages.get("shell.show.summary"); }
    @Override public String help() { return Messages.get("shell.show.help"); }

    @Override
    public List<String> candidates(int index) {
        return index == 0 ? List.of("body", "raw", "hex", "reads") : List.of();
    }

    @Override
    public void run(List<String> args) throws UsageException {
        if (args.size() > 1) throw new UsageException(Messages.get("shell.show.what"));
        String how = args.isEmpty() ? "" : args.get(0);
        if (!List.of("", "body", "raw", "hex", "reads").contains(how)) {
            throw new UsageException(Messages.get("shell.show.what"));
        }
        var exchange = connection.lastWire().flatMap(w -> w.lastExchange());
        if (exchange.isEmpty()) {
            out.info(Messages.get("shell.show.nothing"));
            return;
        }
        Exchange e = exchange.get();
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
    }
}
