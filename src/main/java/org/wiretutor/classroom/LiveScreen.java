package org.wiretutor.classroom;

import java.util.List;

/**
 * Where the live view draws: a log that scrolls, and, on a real terminal, rows pinned below it. Lines arrive
 * already made safe by {@link Paint#safe}; a screen only places them.
 */
public interface LiveScreen {

    /** Adds lines to the scrolling log. */
    void log(List<String> lines);

    /** Whether {@link #pin} shows anything; a plain log prints its counts as lines instead. */
    boolean pins();

    /** Replaces the pinned rows at the bottom (the last row is the tally). */
    void pin(List<String> rows);

    /** Removes the pinned rows and prints the closing lines where the log ends. */
    void close(List<String> closing);
}
