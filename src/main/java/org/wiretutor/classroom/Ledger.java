package org.wiretutor.classroom;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.mirror.RequestLog;
import org.wiretutor.text.Foreign;
import org.wiretutor.text.Messages;

/**
 * The session's exact record: every finished request, counted once when the mirror logs it (its verdict is then
 * final), judged from its whole head. Fed by the mirror's request log, which, unlike the observer's event queue,
 * never drops anything, so the counts stay exact under a burst of thousands of requests a second. Thread-safe:
 * connection threads call {@link #record} at once.
 */
public final class Ledger implements RequestLog {

    /** Finished requests kept for saving; older ones are only counted. */
    static final int KEPT = 100_000;
    /** Clients remembered with their last request; the least recently heard from is forgotten first. */
    static final int CLIENTS = 1_000;
    /** Characters of a request line kept for display. */
    private static final int REQUEST_SHOWN = 100;

    /**
     * One finished request.
     *
     * @param request its first line, escaped (valid UTF-8 decoded, any other byte as {@code \xNN})
     * @param status  the status answered, 0 when the client left before the blank line
     */
    public record Finished(Instant time, long connection, String client, String request, int status,
                           Set<MistakeKind> mistakes) {
    }

    /** A client's last request and how many it has finished. */
    public record Client(String name, Finished last, int requests, int withMistakes) {
    }

    /** Everything known at one moment; clients most recent first. */
    public record Snapshot(Instant started, Tally tally, List<Client> clients, int clientsSeen, List<Finished> log,
                           long forgotten, List<String> refusals) {
    }

    private final boolean anonymous;
    private final Instant started;
    private final ArrayDeque<Finished> log = new ArrayDeque<>();
    private long forgotten;
    private final Map<String, Client> clients = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Client> eldest) {
            return size() > CLIENTS;
        }
    };
    /** Anonymous names, by address: {@code client 3} is the third address heard from. */
    private final Map<String, String> names = new HashMap<>();
    /** Every address heard from, for the count of clients. */
    private final Set<String> seen = new HashSet<>();
    private final List<String> refusals = new ArrayList<>();
    private volatile Tally tally = Tally.empty();

    /** @param anonymous name clients {@code client 1}, {@code client 2} … instead of by address */
    public Ledger(boolean anonymous, Instant started) {
        this.anonymous = anonymous;
        this.started = started;
    }

    /** Counts a finished request; a connection that sent nothing is not a request and is left out. */
    @Override
    public void record(LogEntry entry) {
        byte[] head = entry.head();
        if (head.length == 0) {
            return;
        }
        Optional<Refusal> refusal = Refusal.of(entry);
        if (refusal.isPresent()) {
            // turned away, or an https client on the HTTPS port: one refused connection, not a request with mistakes
            refused(refusal.get());
            return;
        }
        Set<MistakeKind> mistakes = MistakeKind.of(entry.diagnoses(), entry.status());
        synchronized (this) {
            String name = name(entry.client());
            Finished done = new Finished(entry.time(), entry.connection(), name, requestLine(head), entry.status(),
                    mistakes);
            log.addLast(done);
            if (log.size() > KEPT) {
                log.removeFirst();
                forgotten++;
            }
            Client before = clients.get(name);
            int requests = before == null ? 0 : before.requests();
            int withMistakes = before == null ? 0 : before.withMistakes();
            clients.put(name, new Client(name, done, requests + 1, withMistakes + (mistakes.isEmpty() ? 0 : 1)));
            tally = tally.plus(mistakes);
        }
    }

    /** Counts a refused connection. */
    public synchronized void refused(Refusal refusal) {
        refusals.add(Messages.get("classroom.refusal", name(refusal.client()),
                Foreign.text(refusal.reason()).shown()));
        tally = tally.plusRefused();
    }

    /** The counts so far; never waits. */
    public Tally tally() {
        return tally;
    }

    /** The {@code n} clients heard from most recently, most recent first: the dashboard's rows. */
    public synchronized List<Client> recentClients(int n) {
        List<Client> recent = new ArrayList<>(clients.values());
        Collections.reverse(recent);
        return List.copyOf(recent.subList(0, Math.min(n, recent.size())));
    }

    /** Everything, for the closing summary and the saved file. */
    public synchronized Snapshot snapshot() {
        List<Client> recent = new ArrayList<>(clients.values());
        Collections.reverse(recent);
        return new Snapshot(started, tally, List.copyOf(recent), seen.size(), List.copyOf(log), forgotten,
                List.copyOf(refusals));
    }

    private String name(InetSocketAddress client) {
        String address = client == null ? "-"
                : client.getAddress() != null ? client.getAddress().getHostAddress() : client.getHostString();
        seen.add(address);
        return !anonymous ? address
                : names.computeIfAbsent(address, a -> Messages.get("classroom.client", String.valueOf(names.size() + 1)));
    }

    /** The head's first non-empty line, escaped and cut to a length that fits a row. */
    static String requestLine(byte[] head) {
        int from = 0;
        while (from < head.length && (head[from] == '\r' || head[from] == '\n')) from++;
        int to = from;
        while (to < head.length && head[to] != '\n') to++;
        int end = to > from && head[to - 1] == '\r' ? to - 1 : to;
        String shown = Foreign.of(Arrays.copyOfRange(head, from, end)).shown();
        return shown.length() > REQUEST_SHOWN ? shown.substring(0, REQUEST_SHOWN) + "…" : shown;
    }
}
