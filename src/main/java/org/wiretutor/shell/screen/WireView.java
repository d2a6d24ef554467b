package org.wiretutor.shell.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jline.utils.AttributedString;
import org.wiretutor.http.Annotation;
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;
import org.wiretutor.wire.Route;
import org.wiretutor.wire.WireEvent;

/**
 * Turns a connection's events into what the learner sees, then lets the course judge them.
 * Runs on the wire's reader thread as well as the shell's.
 */
public final class WireView implements Consumer<WireEvent> {
    private final ShellContext ctx;

    public WireView(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void accept(WireEvent event) {
        WireRenderer r = new WireRenderer(ctx.screen.width());
        if (event instanceof WireEvent.Connected c) {
            connected(c.route());
        } else if (event instanceof WireEvent.Sent s) {
            ctx.screen.show(r.sent(s));
        } else if (event instanceof WireEvent.Annotated a) {
            var presenter = ctx.presenter().filter(Presenter::on);
            if (presenter.isPresent()) {
                presenter.get().beginReply();
                for (Annotation part : a.parts()) presenter.get().part(spaced(r.annotation(part)));
            } else {
                List<AttributedString> out = new ArrayList<>();
                for (Annotation part : a.parts()) out.addAll(r.annotation(part));
                ctx.screen.show(out);
            }
        } else if (event instanceof WireEvent.Waiting w) {
            ctx.styled("… " + w.explanation(), Styles.WARNING);
        } else if (event instanceof WireEvent.Closed c) {
            ctx.styled(ShellText.CONNECTION_CLOSED, Styles.STRONG);
            ctx.note(c.explanation());
            ctx.modeChanged();
        }
        ctx.judge(org.wiretutor.course.Observation.of(event));
    }

    /** A roomier layout for the projector: a blank line after each part. */
    private static List<AttributedString> spaced(List<AttributedString> part) {
        List<AttributedString> out = new ArrayList<>(part);
        out.add(AttributedString.EMPTY);
        return out;
    }

    private void connected(Route route) {
        var t = route.target();
        if (route.viaMirror()) {
            String text = ShellText.CONNECTED_MIRROR.formatted(t.host(), route.reached().getAddress().getHostAddress(),
                    route.reached().getPort());
            text += route.fallbackReason().map(why -> ", " + ShellText.MIRROR_BECAUSE.formatted(why) + ".").orElse(".");
            ctx.styled(text, Styles.OK);
        } else {
            ctx.styled(ShellText.CONNECTED.formatted(t.host(), t.port(), route.reached().getAddress().getHostAddress()),
                    Styles.OK);
        }
    }
}
