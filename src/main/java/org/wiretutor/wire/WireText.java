package org.wiretutor.wire;

/** Everything the wire layer says to a learner, kept together so it reads as one voice. */
public final class WireText {
    static final String OFFLINE_REASON = "you started wiretutor with --offline";
    /** Why a lesson that needs the mirror's own files gets it even when the network is there. */
    public static final String LESSON_REASON = "this lesson uses the mirror's own files and behaviour";
    static final String UNKNOWN_HOST =
            "The name %s could not be looked up (no DNS answer). Check the spelling, or your network.";
    static final String CONNECT_TIMED_OUT =
            "Nobody answered at %s within %d s. The host may be down, or a firewall drops the packets: "
                    + "check the host and port, or try again later.";
    static final String CONNECT_CANCELLED = "Connecting was cancelled.";
    static final String REFUSED =
            "%s refused the connection: the machine is there, but no program is listening on that port. "
                    + "Check the port number, or start the server first.";
    static final String NO_ROUTE = "There is no network route to %s from here: check your network connection.";
    static final String CONNECT_FAILED = "Could not connect to %s: %s. Check the host and port, and your network.";
    static final String MIRROR_FAILED = "The built-in mirror could not start: %s. Run wiretutor troubleshoot to see why.";

    static final String WAIT_FOR_BLANK_LINE =
            "Nothing has come back for %d s. You sent a request line but not the blank line that ends the "
                    + "request, so the server is still waiting for more headers, and you are waiting for its "
                    + "reply: both sides wait on each other. Press Enter on an empty line to send the blank line.";
    static final String WAIT_FOR_REPLY =
            "Your request is complete, but nothing has come back for %d s. The server may be slow; "
                    + "keep waiting, or type ~close to give up.";
    static final String WAIT_BEFORE_REQUEST =
            "Connected, and the server is waiting for you: type a request line, e.g. GET /romeo.txt HTTP/1.0";
    static final String KEEP_ALIVE_OPEN =
            "The reply is complete, but the server keeps the connection open (HTTP/1.1 keep-alive): you may send "
                    + "another request on it, or type ~close. It will close by itself after a while of silence.";

    static final String CLOSED_BY_SERVER_AFTER_REPLY =
            "The server closed the connection. With HTTP/1.0 (or Connection: close) that is how a reply ends: "
                    + "one request per connection. To ask again, open a new connection.";
    static final String CLOSED_BY_SERVER_IDLE =
            "The server closed the connection after a quiet spell (its idle timeout). Open a new connection to "
                    + "send another request.";
    static final String CLOSED_BY_SERVER_MID_REQUEST =
            "The server closed the connection before your request was complete%s. It gave up waiting for the "
                    + "blank line. Open a new connection and finish the request with an empty line.";
    static final String CLOSED_BY_SERVER_NOTHING_SENT =
            "The server closed the connection: you sent nothing for too long. Open a new connection.";
    static final String RESET =
            "The connection was reset (the server aborted it rather than closing it politely). "
                    + "Open a new connection to try again.";
    static final String CLOSED_LOCALLY = "You closed the connection.";
    static final String READ_FAILED = "Reading from the connection failed: %s. The connection is closed; open a new one to go on.";

    private WireText() {}
}
