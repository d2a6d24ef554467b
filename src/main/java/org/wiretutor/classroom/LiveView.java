package org.wiretutor.classroom;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.Optional;
import org.wiretutor.mirror.ConnectionEvent;
import org.wiretutor.mirror.ConnectionObserver;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.mirror.RequestLog;
import org.wiretutor.text.Foreign;

/**
 * The projector view of {@code serve --live}: turns the mirror's connection events into plain lines, one block
 * per event, so the room watches each request arrive line by line with its mistakes flagged and the status the
 * mirror answered; below them, on a terminal, the running counts and each client's last request stay pinned.
 * The counts come from the mirror's request log (see {@link #record}), never from events, which a burst may drop.
 * Lines go to a {@link LiveScreen}; time comes from an injected clock, read when an event is handled (the mirror
 * delivers promptly, so that is when the bytes arrived).
 *
 * <p>Called from the mirror's observer thread, from connection threads ({@link #record}, which only touches the
 * thread-safe {@link Ledger}) and from whoever calls {@link #tick()}; the others lock the view, so blocks never
 * interleave.
 */
public final class LiveView implements ConnectionObserver, RequestLog {

    /** How long a started request may go without a byte before the view says it is still waiting. */
    public static final Duration PATIENCE = Duration.ofSeconds(2);
    /** Connections tracked at once; past this (only when close events were dropped) the oldest is forgotten. */
    private static final int TRACKED = 2048;
    /** Client rows pinned at most, however tall the terminal. */
    static final int CLIENT_ROWS = 8;

    private final Clock clock;
    private final LiveScreen screen;
    private final LiveOptions options;
    private final Paint paint;
    private final Ledger ledger;
    /** Client rows pinned above the tally: a third of the terminal at most. */
    private final int clientRows;
    private final Map<Long, RequestWatch> watches = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RequestWatch> eldest) {
            return size() > TRACKED;
        }
    };
    /** The tally last printed as a line (plain log) or pinned; printed again only when it changed. */
    private Tally shownTally = Tally.empty();

    /** A plain log: {@code out} receives each line, without its line ending. */
    public LiveView(Clock clock, Consumer<String> out, LiveOptions options) {
        this(clock, new PlainLiveScreen(out), options, 24);
    }

    /**
     * @param rows the terminal's height, which bounds the client rows pinned; ignored by a screen that pins
     *             nothing
     */
    public LiveView(Clock clock, LiveScreen screen, LiveOptions options, int rows) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.screen = Objects.requireNonNull(screen, "screen");
        this.options = Objects.requireNonNull(options, "options");
        this.paint = new Paint(options.colour());
        this.ledger = new Ledger(options.anonymous(), clock.instant());
        this.clientRows = Math.max(0, Math.min(CLIENT_ROWS, rows / 3 - 1));
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
            watch(answered.connection()).answered(answered.status(), block);
        } else if (event instanceof ConnectionEvent.Closed closed) {
            RequestWatch watch = watches.remove(closed.connection());
            if (watch != null && watch.cutOff()) {
                watch.abandoned(block);
            }
            block.add(LiveText.closed(LiveText.tag(closed.connection()), closed.reason()));
        } else if (event instanceof ConnectionEvent.Dropped dropped) {
            block.add(paint.quiet(LiveText.dropped(dropped.count())));
        }
        emit(block);
    }

    /**
     * Counts a finished request. The mirror logs every request exactly once, from the connection's own thread and
     * never dropped, so the tally comes from here rather than from the observed events, which a burst can drop.
     */
    @Override
    public void record(LogEntry entry) {
        // a connection turned away unread, or an https client on the HTTPS port, comes from the log too, never from
        // the events, which a burst can drop; a head cut off for slowness is a request answered 408, counted with
        // its mistake like any other
        Optional<Refusal> refusal = Refusal.of(entry);
        if (refusal.isPresent()) {
            refused(refusal.get());
        } else {
            ledger.record(entry);
        }
    }

    /** Counts and shows a connection the server refused. */
    public synchronized void refused(Refusal refusal) {
        ledger.refused(refusal);
        String tag = refusal.connection() > 0 ? LiveText.tag(refusal.connection()) : LiveText.NO_TAG;
        String why = Foreign.text(refusal.reason()).shown();
        emit(List.of(paint.mistake(options.anonymous() ? LiveText.refusedAnonymous(tag, why)
                : LiveText.refused(tag, address(refusal.client()), why))));
    }

    /**
     * Says "still waiting for the blank line" for every request that has stalled for {@link #PATIENCE}, and
     * brings the counts up to date (pinned, or as a line in a plain log); call it every half second or so, since
     * no event comes while nothing arrives.
     */
    public synchronized void tick() {
        List<String> block = new ArrayList<>();
        for (RequestWatch watch : watches.values()) {
            if (watch.overdue(clock.instant(), PATIENCE)) {
                watch.hint(block);
            }
        }
        Tally now = ledger.tally();
        if (!screen.pins() && !now.equals(shownTally)) {
            block.add(LiveText.tally(now));
        }
        shownTally = now;
        emit(block);
        if (screen.pins()) {
            List<String> rows = new ArrayList<>();
            for (Ledger.Client client : ledger.recentClients(clientRows)) {
                rows.add(Paint.safe(LiveText.clientRow(client, paint)));
            }
            rows.add(Paint.safe(LiveText.tally(now)));
            screen.pin(rows);
        }
    }

    /**
     * Ends the session's view: unpins the rows and prints the closing summary (totals, mistakes by kind,
     * clients). Returns everything recorded, for saving.
     */
    public synchronized Ledger.Snapshot finish() {
        Ledger.Snapshot all = ledger.snapshot();
        List<String> summary = new ArrayList<>();
        for (String line : LiveText.summary(all, clock.instant())) {
            summary.add(Paint.safe(line));
        }
        screen.close(summary);
        return all;
    }

    /** Every line leaves through {@link Paint#safe}: nothing a student sent reaches the projector raw. */
    private void emit(List<String> block) {
        if (block.isEmpty()) {
            return;
        }
        List<String> safe = new ArrayList<>(block.size());
        for (String line : block) safe.add(Paint.safe(line));
        screen.log(safe);
    }

    /** The tally so far: every request the mirror has finished, exactly. */
    public Tally tally() {
        return ledger.tally();
    }

    /** The connection's watch, made on the spot if its opening was dropped. */
    private RequestWatch watch(long connection) {
        return watches.computeIfAbsent(connection, n -> new RequestWatch(LiveText.tag(n), paint));
    }

    private static String address(InetSocketAddress client) {
        return client.getAddress() != null ? client.getAddress().getHostAddress() : client.getHostString();
    }
}
