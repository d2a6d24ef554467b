package org.wiretutor.mirror;

/**
 * Watches the mirror's connections live, e.g. for a classroom view on a projector. The server never waits for an
 * observer: events go through a bounded queue to one thread that calls {@link #observe} for every event in turn,
 * and are dropped (then reported as {@link ConnectionEvent.Dropped}) when the queue is full. So an observer sees
 * events one at a time, needs no locking against itself, and may be slow at the cost of gaps. Only the HTTP port
 * is observed, not the HTTPS-port listener.
 */
@FunctionalInterface
public interface ConnectionObserver {

    /** Watches nothing; the server then keeps no queue and no thread for it. */
    ConnectionObserver NONE = e -> { };

    /** Called on the mirror's single observer thread. An exception is swallowed and the next event still comes. */
    void observe(ConnectionEvent event);
}
