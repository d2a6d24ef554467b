package org.wiretutor.mirror;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;

/**
 * Connections open per client address and in all, checked against {@link ServerLimits} when a connection is
 * accepted. The acceptor takes a place and an event loop gives it back on close, so both sides lock.
 */
final class ClientCounts {

    private final ServerLimits limits;
    private final Map<InetAddress, Integer> perAddress = new HashMap<>();
    private int total;

    ClientCounts(ServerLimits limits) {
        this.limits = limits;
    }

    /** Takes a place for a new connection from {@code address}; the reason it may not have one otherwise. */
    synchronized RefusalReason admit(InetAddress address) {
        if (total >= limits.maxConnections()) {
            return RefusalReason.SERVER_FULL;
        }
        int mine = perAddress.getOrDefault(address, 0);
        if (mine >= limits.perClient()) {
            return RefusalReason.PER_CLIENT;
        }
        perAddress.put(address, mine + 1);
        total++;
        return null;
    }

    /** Gives back the place an admitted connection from {@code address} held. */
    synchronized void release(InetAddress address) {
        Integer mine = perAddress.get(address);
        if (mine == null) {
            return;
        }
        if (mine <= 1) {
            perAddress.remove(address);
        } else {
            perAddress.put(address, mine - 1);
        }
        total--;
    }

    /** Connections admitted and not yet closed. */
    synchronized int total() {
        return total;
    }
}
