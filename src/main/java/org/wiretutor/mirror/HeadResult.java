package org.wiretutor.mirror;

/** What reading one request head produced. */
sealed interface HeadResult {

    /** A well-framed head to route. */
    record Received(RequestHead head) implements HeadResult {
    }

    /**
     * A head the mirror refuses before routing; the connection closes after the error reply.
     *
     * @param status      the error status
     * @param requestLine what to log as the request line
     * @param note        short reason for the log
     * @param explanation one sentence for the HTML body, in plain words for learners
     */
    record Rejected(int status, String requestLine, String note, String explanation) implements HeadResult {

        /** The request timeout ran out before the blank line; the reader answers nothing else with 408. */
        boolean timedOut() {
            return status == 408;
        }
    }

    /**
     * Nothing worth answering: the peer closed or stayed silent. Logged only when {@code note} is not null.
     */
    record Silent(String note) implements HeadResult {
    }
}
