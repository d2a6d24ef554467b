package org.wiretutor.classroom;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * How many requests the room has finished, how many of them made each kind of mistake and how many connections
 * the server refused. Immutable, so the view can hand out its current tally without copying or locking.
 *
 * @param requests finished requests: answered, or abandoned before their blank line
 * @param counts   requests per kind of mistake; a kind never made is absent
 * @param refused  connections the server turned away (too many from one address, a head sent too slowly)
 */
public record Tally(int requests, Map<MistakeKind, Integer> counts, int refused) {

    public Tally {
        counts = Map.copyOf(counts);
    }

    public static Tally empty() {
        return new Tally(0, Map.of(), 0);
    }

    /** This tally with one more finished request, which made the given mistakes. */
    public Tally plus(Set<MistakeKind> mistakes) {
        Map<MistakeKind, Integer> next = new EnumMap<>(MistakeKind.class);
        next.putAll(counts);
        for (MistakeKind kind : mistakes) {
            next.merge(kind, 1, Integer::sum);
        }
        return new Tally(requests + 1, next, refused);
    }

    /** This tally with one more refused connection. */
    public Tally plusRefused() {
        return new Tally(requests, counts, refused + 1);
    }

    /** Requests that made this mistake. */
    public int count(MistakeKind kind) {
        return counts.getOrDefault(kind, 0);
    }
}
