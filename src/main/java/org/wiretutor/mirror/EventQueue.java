package org.wiretutor.mirror;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands connection events from many connection threads to one observer thread without ever blocking a
 * connection: a full queue drops the event and counts it, so a slow projector cannot slow the server.
 */
final class EventQueue implements AutoCloseable {

    private final BlockingQueue<ConnectionEvent> queue;
    private final ConnectionObserver observer;
    private final AtomicLong dropped = new AtomicLong();
    /** Drops already reported to the observer; touched only by the observer thread. */
    private long reported;
    private final Thread thread;
    private volatile boolean closed;

    EventQueue(ConnectionObserver observer, int capacity, String threadName) {
        this.observer = observer;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::deliverAll, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Never blocks. */
    void offer(ConnectionEvent event) {
        if (!closed && !queue.offer(event)) {
            dropped.incrementAndGet();
        }
    }

    /** Events thrown away so far because the queue was full. */
    long dropped() {
        return dropped.get();
    }

    private void deliverAll() {
        while (!closed) {
            ConnectionEvent event;
            try {
                event = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            long lost = dropped.get();
            if (lost > reported) {
                deliver(new ConnectionEvent.Dropped(lost - reported));
                reported = lost;
            }
            deliver(event);
        }
    }

    private void deliver(ConnectionEvent event) {
        try {
            observer.observe(event);
        } catch (RuntimeException e) {
            // one failing event must not stop the view; the next one still comes
        }
    }

    /** Stops the observer thread; undelivered events are discarded. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
