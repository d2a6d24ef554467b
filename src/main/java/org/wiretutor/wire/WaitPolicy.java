package org.wiretutor.wire;

import java.time.Duration;

/**
 * How long silence may last before the learner is told what the silence means.
 *
 * @param blankLineHint  request line sent, no blank line, nothing back: explain the mutual wait
 * @param replyHint      request complete, nothing back: say the server is slow
 * @param keepAliveNote  reply complete, connection still open: explain keep-alive
 */
public record WaitPolicy(Duration blankLineHint, Duration replyHint, Duration keepAliveNote) {
    public static WaitPolicy defaults() {
        return new WaitPolicy(Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofMillis(800));
    }
}
