package org.wiretutor.wire;

import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * How a connection was actually made: the target the learner named, the address the socket
 * reached, and — when the built-in mirror answered instead — why.
 */
public record Route(Target target, InetSocketAddress reached, boolean viaMirror, Optional<String> fallbackReason) {
    public static Route direct(Target target, InetSocketAddress reached) {
        return new Route(target, reached, false, Optional.empty());
    }

    public static Route mirror(Target target, InetSocketAddress reached, String why) {
        return new Route(target, reached, true, Optional.ofNullable(why));
    }
}
