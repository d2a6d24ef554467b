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
    /** The reply now arriving, in its first, folded view; null between replies. */
    private WireRenderer.Fold fold;

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
            } else if (ctx.screen.height() > 0) {
                synchronized (this) {
                    if (fold == null) fold = new WireRenderer.Fold(ctx.screen.height(), ctx.screen.width());
                    ctx.screen.show(r.compact(a.parts(), fold));
                }
            } else {
                List<AttributedString> out = new ArrayList<>();
                for (Annotation part : a.parts()) out.addAll(r.annotation(part));
                ctx.screen.show(out);
            }
        } else if (event instanceof WireEvent.ReplyComplete done) {
            replyComplete(r, done);
        } else if (event instanceof WireEvent.Waiting w) {
            ctx.styled("… " + w.explanation(), Styles.WARNING);
        } else if (event instanceof WireEvent.Closed c) {
            // the prompt changes first, so the lines below redraw it whole instead of over a longer one
            ctx.modeChanged();
            if (folding()) {
                // one paragraph, not a heading and a note: on a 24-line screen every row counts
                var line = new org.jline.utils.AttributedStringBuilder().append(ShellText.CONNECTION_CLOSED, Styles.STRONG)
                        .append(" ").append(c.explanation(), Styles.DIM).toAttributedString();
                ctx.screen.show(Wrap.wrap(line, ctx.screen.width(), ""));
            } else {
                ctx.styled(ShellText.CONNECTION_CLOSED, Styles.STRONG);
                ctx.note(c.explanation());
            }
        }
        boolean afterReply = event instanceof WireEvent.Annotated || event instanceof WireEvent.ReplyComplete
                || event instanceof WireEvent.Closed;
        ctx.judge(org.wiretutor.course.Observation.of(event), afterReply && folding());
    }

    /** The first view of a reply is folded to the screen (presenter mode paces replies its own way). */
    private boolean folding() {
        return ctx.screen.height() > 0 && ctx.presenter().filter(Presenter::on).isEmpty();
    }

    /** Ends a folded first view with where the rest is; a resize redraws that view at the new size. */
    private void replyComplete(WireRenderer r, WireEvent.ReplyComplete done) {
        WireRenderer.Fold shown;
        synchronized (this) {
            shown = fold;
            fold = null;
        }
        if (shown == null || !folding()) return;
        ctx.screen.show(r.compactFooter(shown));
        ctx.courseView.view(() -> firstView(done.exchange()));
    }

    /** A reply's first view drawn again from what was kept, at today's width and height. */
    private List<AttributedString> firstView(org.wiretutor.wire.Exchange e) {
        WireRenderer r = new WireRenderer(ctx.screen.width());
        WireRenderer.Fold again = new WireRenderer.Fold(ctx.screen.height(), ctx.screen.width());
        List<AttributedString> out = r.compact(e.annotations(), again);
        out.addAll(r.compactFooter(again));
        return out;
    }

    /** A roomier layout for the projector: a blank line after each part. */
    private static List<AttributedString> spaced(List<AttributedString> part) {
        List<AttributedString> out = new ArrayList<>(part);
        out.add(AttributedString.EMPTY);
        return out;
    }

    private void connected(Route route) {
        var t = route.target();
        String address = route.reached().getAddress().getHostAddress();
        if (route.classServer().isPresent()) {
            ctx.styled(route.standsIn()
                    ? ShellText.CONNECTED_CLASS_SERVER.formatted(address, route.reached().getPort(), t.host())
                    : ShellText.CONNECTED_CLASS_SERVER_ITSELF.formatted(t.host(), t.port(), address), Styles.OK);
        } else if (route.viaMirror()) {
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
