package org.wiretutor.wire;

import java.util.List;
import java.util.Optional;
import org.wiretutor.http.Annotation;
import org.wiretutor.http.StatusLine;

/**
 * One request and the reply to it, as bytes and as explained parts.
 *
 * @param sent         the request's bytes, exactly as sent
 * @param received     the reply's bytes as received, up to {@link Transcript#KEEP_BYTES}
 * @param receivedTotal how many reply bytes arrived in all (may exceed what is kept)
 * @param method       the request's method, if a request line was sent
 * @param reads        each read of the reply as it arrived (the first 10,000)
 */
public record Exchange(byte[] sent, byte[] received, long receivedTotal, List<Annotation> annotations,
                       Optional<StatusLine> statusLine, Optional<String> method, boolean replyComplete,
                       List<Read> reads) {

    /** One read() of the reply: how long after the request ended, and how many bytes it brought. */
    public record Read(java.time.Duration after, int bytes) {}

    public boolean receivedAll() {
        return receivedTotal == received.length;
    }
}
