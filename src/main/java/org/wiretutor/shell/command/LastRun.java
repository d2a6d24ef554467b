package org.wiretutor.shell.command;

import java.util.List;
import java.util.Optional;
import org.wiretutor.mirror.LogEntry;

/**
 * The requests the last {@code run} sent, kept for {@code show run}: after a run each request takes one row, and
 * its bytes are one command away.
 */
public final class LastRun {
    /**
     * @param program     the command line as shown when it ran
     * @param received    each request the mirror (or the class server, through the recorder) received, in order
     * @param classServer true when they went to the class server rather than the built-in mirror
     */
    public record Traffic(String program, List<LogEntry> received, boolean classServer) {
        public Traffic {
            received = List.copyOf(received);
        }
    }

    private volatile Traffic last;

    void remember(Traffic traffic) {
        last = traffic;
    }

    Optional<Traffic> last() {
        return Optional.ofNullable(last);
    }
}
