package org.wiretutor.mirror;

import java.time.Duration;
import java.util.Objects;
import org.wiretutor.text.Messages;

/**
 * How the mirror cuts a reply into writes. The bytes on the wire are the same whatever the pacing; only how they
 * are split into TCP segments, and the pauses between them, differ. A blocking writer sleeps between the pieces
 * {@link ResponseWriter#pieces} gives; an event-driven one can schedule them instead.
 */
public sealed interface ReplyPacing permits ReplyPacing.AtOnce, ReplyPacing.HeadLines, Trickle {

    /** Every mirror but a grader's or a trickling one: the whole reply in one write. */
    ReplyPacing AT_ONCE = new AtOnce();

    /** The whole reply in one write. */
    record AtOnce() implements ReplyPacing {
    }

    /**
     * The head one line at a time (status line, each header, the blank line), then the body, with this pause
     * before each piece after the first: catches a client that looks for the end of the head only in its first
     * read. Only a grader sets it (exercise 5).
     *
     * @param pause from 1 ms to {@link #MAX_PAUSE}, so a paced head still arrives within a grading run
     */
    record HeadLines(Duration pause) implements ReplyPacing {

        /** The longest pause allowed. */
        public static final Duration MAX_PAUSE = Duration.ofMillis(200);

        public HeadLines {
            Objects.requireNonNull(pause, "pause");
            if (pause.isNegative() || pause.isZero() || pause.compareTo(MAX_PAUSE) > 0) {
                throw new IllegalArgumentException(Messages.get("mirror.pacing.headPause", Long.toString(MAX_PAUSE.toMillis())));
            }
        }
    }
}
