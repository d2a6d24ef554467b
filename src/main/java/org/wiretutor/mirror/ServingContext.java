package org.wiretutor.mirror;

import java.util.function.Consumer;

/**
 * What every connection of one server shares: its configuration and limits, the responder, the place counts and
 * where events go.
 *
 * @param events where connection events go, or null when nobody observes
 */
record ServingContext(MirrorConfig config, ServerLimits limits, Responder responder, ClientCounts counts,
                      Consumer<ConnectionEvent> events) {
}
