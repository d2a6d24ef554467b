package org.wiretutor.classroom;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.wiretutor.mirror.ConnectionEvent;
import org.wiretutor.mirror.ConnectionObserver;

/**
 * The projector view of {@code serve --live}: turns the mirror's connection events into plain lines, one block
 * per event, so the room watches each request arrive line by line with its mistakes flagged, the status the mirror
 * answered and a running tally. Lines go to an injected consumer; time comes from an injected clock, read when an
 * event is handled (the mirror delivers promptly, so that is when the bytes arrived).
 *
 * <p>Called from the mirror's observer thread and from whoever calls {@link #tick()}; both lock the view, so
 * blocks never interleave.
 */
public final class LiveView implements ConnectionObserver {

    /** How long a started request may go without a byte before the view says it is still waiting. */
    public static final Duration PATIENCE = Duration.ofSeconds(2);
    /** Connections tracked at once; past this (only when close events were dropped) the oldest is forgotten. */
    private static final int TRACKED = 2048;

    private final Clock clock;
    private final Consumer<String> out;
    private final LiveOptions options;
    private final Paint paint;
    private final Map<Long, RequestWatch> watches = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RequestWatch> eldest) {
            return size() > TRACKED;
        }
    };
    private Tally tally = Tally.empty();

    /** @param out receives each line, without its line ending */
    public LiveView(Clock clock, Consumer<String> out, LiveOptions options) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.out = Objects.requireNonNull(out, "out");
        this.options = Objects.requireNonNull(options, "options");
        this.paint = new Paint(options.colour());
    }

    @Override
    public synchronized void observe(ConnectionEvent event) {
        List<String> block = new ArrayList<>();
        if (event instanceof ConnectionEvent.Opened opened) {
            String tag = LiveText.tag(opened.connection());
            watches.put(opened.connection(), new RequestWatch(tag, paint));
            block.add(options.anonymous() ? LiveText.openedAnonymous(tag)
                    : LiveText.opened(tag, address(opened.client())));
        } else if (event instanceof ConnectionEvent.Received received) {
            watch(received.connection()).arrived(received.bytes(), clock.instant(), block);
        } else if (event instanceof ConnectionEvent.Answered answered) {
            finished(watch(answered.connection()).answered(answered.status(), block), block);
        } else if (event instanceof ConnectionEvent.Closed closed) {
            RequestWatch watch = watches.remove(closed.connection());
            if (watch != null && watch.started()) {
                finished(watch.abandoned(block), block);
            }
            block.add(LiveText.closed(LiveText.tag(closed.connection()), closed.reason()));
        } else if (event instanceof ConnectionEvent.Dropped dropped) {
            block.add(paint.quiet(LiveText.dropped(dropped.count())));
        }
        emit(block);
    }

    /**
     * Says "still waiting for the blank line" for every request that has stalled for {@link #PATIENCE}; call it
     * every half second or so, since no event comes while nothing arrives.
     */
    public synchronized void tick() {
        List<String> block = new ArrayList<>();
        for (RequestWatch watch : watches.values()) {
            if (watch.overdue(clock.instant(), PATIENCE)) {
                watch.hint(block);
            }
        }
        emit(block);
    }

    /** Every line leaves through {@link Paint#safe}: nothing a student sent reaches the projector raw. */
    private void emit(List<String> block) {
        for (String line : block) out.accept(Paint.safe(line));
    }

    /** The tally so far. */
    public synchronized Tally tally() {
        return tally;
    }

    private void finished(Set<MistakeKind> mistakes, List<String> block) {
        tally = tally.plus(mistakes);
        block.add(LiveText.tally(tally));
    }

    /** The connection's watch, made on the spot if its opening was dropped. */
    private RequestWatch watch(long connection) {
        return watches.computeIfAbsent(connection, n -> new RequestWatch(LiveText.tag(n), paint));
    }

    private static String address(InetSocketAddress client) {
        return client.getAddress() != null ? client.getAddress().getHostAddress() : client.getHostString();
    }
}
