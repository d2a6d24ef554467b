package org.wiretutor.mirror;

/** What a path on the mirror names, as {@link MirrorFiles#lookup} says; the responder decides how to send it. */
sealed interface Resource {

    /** A file sent with Content-Length. */
    record Plain(MirrorFile file) implements Resource {
    }

    /** A file sent with chunked transfer coding to HTTP/1.1 clients, and like a plain file to the others. */
    record Chunked(MirrorFile file) implements Resource {
    }

    /** A path that answers 301 Moved Permanently, pointing at {@code location}. */
    record Moved(String location) implements Resource {
    }
}
