package org.wiretutor.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wiretutor.http.Annotation;
import org.wiretutor.http.ResponseAnnotator;

/** Collects one exchange while it happens; {@link #build} freezes it for display and checks. */
final class ExchangeBuilder {
    private final Transcript sent = new Transcript();
    private final Transcript received = new Transcript();
    private final List<Annotation> annotations = new ArrayList<>();
    private Optional<String> method = Optional.empty();
    private ResponseAnnotator annotator;

    void method(String m) {
        if (method.isEmpty() && m != null) method = Optional.of(m);
    }

    Optional<String> method() {
        return method;
    }

    void sent(byte[] bytes) {
        sent.add(bytes, 0, bytes.length);
    }

    boolean hasReply() {
        return annotator != null;
    }

    /** Feeds reply bytes; returns the parts they completed. */
    List<Annotation> received(byte[] data, int off, int len) {
        received.add(data, off, len);
        if (annotator == null) annotator = new ResponseAnnotator(method.orElse(null));
        List<Annotation> parts = annotator.feed(data, off, len);
        annotations.addAll(parts);
        return parts;
    }

    /** The server closed: the annotator's last word on this reply. */
    List<Annotation> endOfStream() {
        if (annotator == null) return List.of();
        List<Annotation> parts = annotator.endOfStream();
        annotations.addAll(parts);
        return parts;
    }

    boolean replyComplete() {
        return annotator != null && annotator.isComplete();
    }

    /** Bytes that arrived after this reply was complete: the start of the next one. */
    byte[] surplus() {
        return annotator == null ? new byte[0] : annotator.surplus();
    }

    /** Surplus bytes were counted here but belong to the next exchange. */
    Exchange build() {
        byte[] in = received.bytes();
        long total = received.total();
        byte[] extra = surplus();
        if (extra.length > 0 && in.length == total && extra.length <= in.length) {
            in = java.util.Arrays.copyOf(in, in.length - extra.length);
        }
        return new Exchange(sent.bytes(), in, total - extra.length, List.copyOf(annotations),
                annotator == null ? Optional.empty() : annotator.statusLine(), method, replyComplete());
    }
}
