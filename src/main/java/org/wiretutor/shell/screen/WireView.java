package org.wiretutor.shell.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.wiretutor.course.Observation;
import org.wiretutor.http.Annotation;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.Route;
import org.wiretutor.wire.WireEvent;

/**
 * Turns a connection's events into what the learner sees, then lets the course judge them.
 * Runs on the wire's reader thread as well as the shell's.
 */
public final class WireView implements Consumer<WireEvent> {
    /** Whoever judges what happened on the wire: the lesson, or the typed exercise being worked on. */
    @FunctionalInterface
    public interface Judge {
        /** {@code afterReply}: a passed step waits for Enter, so the reply stays in sight. */
        void judge(Observation observation, boolean afterReply);
    }

    private final Screen screen;
    private final Presenter presenter;
    private final CourseView courseView;
    private final Runnable modeChanged;
    private final Judge judge;
    /**
     * Set once the mirror's reason for standing in has been told, on the first connection to it in this shell; later
     * connections (each has its own view) take a row.
     */
    private final AtomicBoolean mirrorExplained;
    /** How long the step's verdict under a reply may be, so the reply's first view leaves it room. */
    private final IntSupplier verdictChars;
    /** The reply now arriving, in its first, folded view; null between replies. */
    private WireRenderer.Fold fold;

    /**
     * @param screen      where it is drawn (the presenter, or a layer under it)
     * @param presenter   holds reply parts back in presenter mode
     * @param courseView  remembers a reply's first view, so a resize can draw it again
     * @param modeChanged called when the connection closes by itself, so a waiting prompt can change back
     */
    public WireView(Screen screen, Presenter presenter, CourseView courseView, Runnable modeChanged, Judge judge,
                    AtomicBoolean mirrorExplained, IntSupplier verdictChars) {
        this.mirrorExplained = mirrorExplained;
        this.verdictChars = verdictChars;
        this.screen = screen;
        this.presenter = presenter;
        this.courseView = courseView;
        this.modeChanged = modeChanged;
        this.judge = judge;
    }

    @Override
    public void accept(WireEvent event) {
        WireRenderer r = new WireRenderer(screen.width());
        if (event instanceof WireEvent.Connected c) {
            connected(c.route());
        } else if (event instanceof WireEvent.Sent s) {
            screen.show(r.sent(s));
        } else if (event instanceof WireEvent.Annotated a) {
            if (presenter.on()) {
                presenter.beginReply();
                for (Annotation part : a.parts()) presenter.part(spaced(r.annotation(part)));
            } else if (screen.height() > 0) {
                synchronized (this) {
                    if (fold == null) fold = new WireRenderer.Fold(screen.height(), screen.width(), verdictChars.getAsInt());
                    screen.show(r.compact(a.parts(), fold));
                }
            } else {
                List<AttributedString> out = new ArrayList<>();
                for (Annotation part : a.parts()) out.addAll(r.annotation(part));
                screen.show(out);
            }
        } else if (event instanceof WireEvent.ReplyComplete done) {
            replyComplete(r, done);
        } else if (event instanceof WireEvent.Waiting w) {
            styled("… " + w.explanation(), Styles.WARNING);
        } else if (event instanceof WireEvent.Closed c) {
            // the prompt changes first, so the lines below redraw it whole instead of over a longer one
            modeChanged.run();
            String closed = Messages.get("shell.connection.closed");
            if (folding()) {
                // one paragraph, not a heading and a note: on a 24-line screen every row counts
                var line = new AttributedStringBuilder().append(closed, Styles.STRONG)
                        .append(" ").append(c.explanation(), Styles.DIM).toAttributedString();
                screen.show(Wrap.wrap(line, screen.width(), ""));
            } else {
                styled(closed, Styles.STRONG);
                styled(c.explanation(), Styles.DIM);
            }
        }
        boolean afterReply = event instanceof WireEvent.Annotated || event instanceof WireEvent.ReplyComplete
                || event instanceof WireEvent.Closed;
        // the verdict on a request comes after its reply (or the close, or the explained silence), not above it
        // a reply may begin before the request ends (a server that rejects the request line at once)
        if ((endsRequest(event) || event instanceof WireEvent.Annotated) && folding()) courseView.hold();
        else if (event instanceof WireEvent.Sent s && s.kind() == WireEvent.SentKind.REQUEST_LINE && folding()) {
            courseView.holdMisses();
        }
        judge.judge(Observation.of(event), afterReply && folding());
        if (replyOver(event)) courseView.release();
    }

    /** The learner's request is whole (its blank line, an HTTP/0.9 line, or raw bytes that ended a head). */
    private static boolean endsRequest(WireEvent event) {
        return event instanceof WireEvent.RequestEnded
                || event instanceof WireEvent.Sent s && (s.kind() == WireEvent.SentKind.BLANK_LINE
                        || s.kind() == WireEvent.SentKind.REQUEST_LINE_HTTP09);
    }

    /** The reply to the last request is over on the screen: whole (and no close follows at once), closed, or silent. */
    private static boolean replyOver(WireEvent event) {
        return event instanceof WireEvent.ReplyComplete done && !done.lastOnConnection()
                || event instanceof WireEvent.Closed || event instanceof WireEvent.Waiting;
    }

    private void styled(String text, AttributedStyle style) {
        screen.show(Wrap.wrap(new AttributedString(text, style), screen.width(), ""));
    }

    /** The first view of a reply is folded to the screen (presenter mode paces replies its own way). */
    private boolean folding() {
        return screen.height() > 0 && !presenter.on();
    }

    /** Ends a folded first view with where the rest is; a resize redraws that view at the new size. */
    private void replyComplete(WireRenderer r, WireEvent.ReplyComplete done) {
        WireRenderer.Fold shown;
        synchronized (this) {
            shown = fold;
            fold = null;
        }
        if (shown == null || !folding()) return;
        screen.show(r.compactFooter(shown, hasBody(done.exchange())));
        courseView.view(() -> firstView(done.exchange()));
    }

    /** A reply's first view drawn again from what was kept, at today's width and height. */
    private List<AttributedString> firstView(org.wiretutor.wire.Exchange e) {
        WireRenderer r = new WireRenderer(screen.width());
        WireRenderer.Fold again = new WireRenderer.Fold(screen.height(), screen.width(), verdictChars.getAsInt());
        List<AttributedString> out = r.compact(e.annotations(), again);
        out.addAll(r.compactFooter(again, hasBody(e)));
        return out;
    }

    /** The reply brought a body, whole or in chunks: else there is nothing for show body to show. */
    private static boolean hasBody(org.wiretutor.wire.Exchange e) {
        return e.annotations().stream().anyMatch(a -> a.kind() == org.wiretutor.http.Kind.BODY && a.raw().length > 0
                || a.kind() == org.wiretutor.http.Kind.CHUNK_DATA);
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
        int port = route.reached().getPort();
        String text;
        if (route.classServer().isPresent()) {
            text = route.standsIn() ? Messages.get("shell.connected.classServer", address, port, t.host())
                    : Messages.get("shell.connected.classServer.itself", t.host(), t.port(), address);
        } else if (route.viaMirror() && mirrorExplained.getAndSet(true)) {
            text = Messages.get("shell.connected.mirror.again", t.host());
        } else if (route.viaMirror()) {
            text = route.fallbackReason()
                    .map(why -> Messages.get("shell.connected.mirror.because", t.host(), address, port, why))
                    .orElse(Messages.get("shell.connected.mirror", t.host(), address, port));
        } else {
            text = Messages.get("shell.connected", t.host(), t.port(), address);
        }
        styled(text, Styles.OK);
    }
}
