package org.wiretutor.mirror;

import java.io.BufferedInputStream;
import java.io.InputStream;

/**
 * A connection's buffered input that can tell whether its next read will go to the socket, so head bytes can be
 * reported to an observer in the chunks they arrived in rather than byte by byte.
 */
final class ConnectionInput extends BufferedInputStream {

    ConnectionInput(InputStream in, int size) {
        super(in, size);
    }

    /** Bytes already read from the socket and not yet consumed; 0 means the next read waits for the network. */
    synchronized int buffered() {
        return count - pos;
    }
}
