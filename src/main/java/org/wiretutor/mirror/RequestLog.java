package org.wiretutor.mirror;

/**
 * Where the mirror reports what it saw. The mirror never prints; the app decides whether entries go to a pane,
 * a file or nowhere. Called from connection threads, so implementations must be thread-safe.
 */
@FunctionalInterface
public interface RequestLog {

    /** Discards every entry. */
    RequestLog NONE = e -> { };

    void record(LogEntry entry);
}
