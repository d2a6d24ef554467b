package org.wiretutor.grading;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.mirror.RequestLog;

/**
 * Collects what the private mirror logged, bounded, and lets the grader wait (with a deadline) for the entries it
 * expects: the mirror logs just after it writes a reply, so a quick program can exit before the entry is recorded.
 */
final class VisitLog implements RequestLog {

    /** A program making more requests than this is misbehaving; the first ones tell the story. */
    static final int MAX_VISITS = 50;

    private final Clock clock;
    private final List<MirrorVisit> visits = new ArrayList<>();

    VisitLog(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void record(LogEntry entry) {
        if (visits.size() < MAX_VISITS) {
            visits.add(new MirrorVisit(entry, clock.instant()));
        }
        notifyAll();
    }

    /**
     * Waits until at least {@code wanted} entries arrived or {@code patience} passed, then returns what arrived in
     * the order the connections were accepted: each connection logs from its own thread, so two quick requests
     * in a row may be logged the other way round.
     */
    synchronized List<MirrorVisit> awaitAtLeast(int wanted, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (visits.size() < Math.min(wanted, MAX_VISITS)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        List<MirrorVisit> ordered = new ArrayList<>(visits);
        ordered.sort(Comparator.comparingLong(v -> v.entry().connection()));
        return List.copyOf(ordered);
    }
}
