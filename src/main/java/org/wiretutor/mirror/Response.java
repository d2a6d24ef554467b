package org.wiretutor.mirror;

import java.util.List;

/**
 * A reply ready to write.
 *
 * @param status   status code
 * @param headers  header fields in the order they go on the wire
 * @param body     body bytes as they go on the wire, chunk framing included (empty for 304; kept for HEAD so
 *                 Content-Length matches GET)
 * @param sendBody false for HEAD and 304
 * @param close    close the connection after writing
 * @param bare     HTTP/0.9: write the body alone, no status line or headers
 */
record Response(int status, List<Field> headers, byte[] body, boolean sendBody, boolean close, boolean bare) {

    Response {
        headers = List.copyOf(headers);
    }

    /** Body bytes that actually go on the wire. */
    int bodyBytesSent() {
        return sendBody ? body.length : 0;
    }
}
