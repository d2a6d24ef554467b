package org.wiretutor.wire;

import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * How a connection was actually made: the target the learner named, the address the socket
 * reached, and — when the built-in mirror answered instead — why; or the class server it reached.
 *
 * @param classServer the class server ({@code --server}) this connection reached, whether the learner typed
 *                    data.pr4e.org or the class server's own address; empty otherwise
 */
public record Route(Target target, InetSocketAddress reached, boolean viaMirror, Optional<String> fallbackReason,
                    Optional<ClassServer> classServer) {
    public static Route direct(Target target, InetSocketAddress reached) {
        return new Route(target, reached, false, Optional.empty(), Optional.empty());
    }

    public static Route mirror(Target target, InetSocketAddress reached, String why) {
        return new Route(target, reached, true, Optional.ofNullable(why), Optional.empty());
    }

    public static Route classServer(Target target, InetSocketAddress reached, ClassServer server) {
        return new Route(target, reached, false, Optional.empty(), Optional.of(server));
    }

    /** True when the class server answered for a host the learner named by its public name (data.pr4e.org). */
    public boolean standsIn() {
        return classServer.isPresent() && !classServer.get().is(target);
    }
}
