package org.wiretutor.wire;

/** Everything the wire layer says to a learner, kept together so it reads as one voice. */
public final class WireText {
    static final String OFFLINE_REASON = "you started wiretutor with --offline";
    /** Why a lesson that needs the mirror's own files gets it even when the network is there. */
    public static final String LESSON_REASON = "this lesson uses the mirror's own files and behaviour";
    /** Why the mirror answers an {@code open --trickle}: only it can slow its own replies. */
    static final String TRICKLE_REASON = "you asked for --trickle %s: it sends each reply in writes of %d %s, %d ms apart";

    /** The reason shown when the learner opened with {@code --trickle}. */
    public static String trickleReason(org.wiretutor.mirror.Trickle t) {
        return TRICKLE_REASON.formatted(t, t.bytes(), t.bytes() == 1 ? "byte" : "bytes", t.pause().toMillis());
    }

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

    // The class server (--server HOST[:PORT] or WIRETUTOR_SERVER) that stands in for data.pr4e.org.

    /** Where a bad class server came from, then why it is bad: {@code --server x/y: give a host …}. */
    static final String SERVER_FROM_OPTION = "--server %s: %s";
    static final String SERVER_FROM_ENV = "WIRETUTOR_SERVER=%s: %s";
    static final String SERVER_EMPTY = "it needs a host, e.g. 192.168.1.20 or 192.168.1.20:8080 (port 80 if none).";
    static final String SERVER_NOT_URL = "give a host and an optional port, not a URL, e.g. 192.168.1.20:8080";
    static final String SERVER_BAD_HOST = "that is not a host name or address. Write HOST or HOST:PORT, e.g. 192.168.1.20:8080";
    static final String SERVER_IPV6_BRACKETS = "put an IPv6 address in brackets, e.g. [fe80::1]:8080";
    static final String SERVER_BAD_PORT = "the port must be a number from 1 to 65535, e.g. 192.168.1.20:8080";
    /** The note on a request a program began but never finished, as relayed to the class server. */
    /** Added to a failed connect: which class server it was, and how to reach the real host instead. */
    static final String CLASS_SERVER_FAILED =
            " (%s goes to your class server %s, set with --server or WIRETUTOR_SERVER: ask your teacher whether it is "
                    + "running, or start wiretutor without it.)";

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

    // Why the connection ended: CloseExplainer picks one from what happened on it, and fills in the facts.

    static final String CLOSED_NOTHING_SENT =
            "The server closed the connection %s after it opened, before you had sent anything.";
    static final String SILENT_TOO_LONG =
            " Servers close a connection that stays silent for too long: open a new connection and send your "
                    + "request sooner.";
    static final String DID_NOT_WAIT =
            " It did not wait for a request at all: the server may be busy or refusing connections. Try again in a "
                    + "moment.";
    static final String CLOSED_ONLY_BLANK_LINES =
            "The server closed the connection %s after your last line, without a reply. You had sent only empty "
                    + "lines, which a server skips while it waits for a request line. Open a new connection and start "
                    + "with a request line, e.g. GET /romeo.txt HTTP/1.0";
    static final String CLOSED_PART_OF_A_LINE =
            "The server closed the connection %s after your last bytes, without a reply. They did not end with a "
                    + "line ending (\\n), so the server never saw a whole request line. Open a new connection and end "
                    + "each line with \\r\\n.";
    static final String CLOSED_HEAD_OPEN =
            "The server closed the connection %s after your last line, without a reply. Your request was not "
                    + "complete: you had sent %s but not the blank line that ends it, so the server was still waiting "
                    + "for more when it closed. Open a new connection and finish the request with an empty line.";
    static final String PART_OF_A_LINE_TOO =
            " (Your last bytes had no line ending yet either.)";
    static final String CLOSED_AFTER_408 =
            "The server answered %s and closed the connection: it gave up waiting for the blank line that ends your "
                    + "request (you had sent %s, but not the blank line). Open a new connection and finish the request "
                    + "with an empty line.";
    static final String CLOSED_REJECTED_EARLY =
            "The server rejected what you sent and closed the connection: it answered %s right after your line %s, "
                    + "without waiting for the blank line. The reply above says what was wrong. Open a new connection "
                    + "and send a corrected request.";
    static final String CLOSED_ANSWERED_EARLY =
            "The server answered before your request was complete (you had not sent the blank line yet), then closed "
                    + "the connection. Open a new connection to ask again.";
    static final String CLOSED_AFTER_408_NO_REQUEST =
            "The server answered %s and closed the connection: it gave up waiting for a request line (%s). Open a "
                    + "new connection and type the request line, e.g. GET /romeo.txt HTTP/1.0";
    static final String CLOSED_REJECTED_NO_REQUEST =
            "The server answered %s and closed the connection: it could not read a request line in what you sent "
                    + "(%s). The reply above says why. Open a new connection and start with a request line.";
    static final String SENT_ONLY_BLANK_LINES = "you had sent only empty lines";
    static final String SENT_PART_OF_A_LINE = "what you sent had no line ending yet";
    static final String CLOSED_UNASKED =
            "The server closed the connection after sending what is shown above, although you had not sent a "
                    + "request. Open a new connection to send one.";
    static final String CLOSED_NO_REPLY =
            "Your request was complete, but the server closed the connection %s later without sending a reply. Is "
                    + "this an HTTP server, on the right port? Some servers close like this on a request they will not "
                    + "answer.";
    static final String CLOSED_REPLY_CUT =
            "The server closed the connection before its reply was complete (%d %s arrived): the parts above say "
                    + "what is missing. Open a new connection to ask again.";
    static final String CLOSED_REJECTED =
            "The server answered %s and closed the connection: it rejected your request, and the reply above says "
                    + "why. Open a new connection and send a corrected request.";
    static final String CLOSED_REJECTED_NO_VERSION =
            "The server answered %s, with a status line and headers, and closed the connection. Your request line "
                    + "had no version: Apache reads that as an HTTP/0.9 request only in the form GET /path, and "
                    + "treats any other line without a version as a malformed request. Open a new connection and "
                    + "end the request line with HTTP/1.0.";
    static final String CLOSED_HTTP09 =
            "You asked without a version (HTTP/0.9 style), so the reply was the bare body, and the server's close is "
                    + "what ended it. To ask again, open a new connection.";
    static final String CLOSED_END_OF_BODY =
            "The server closed the connection, and that close is what ended the body: the reply gave no length, so "
                    + "its body ran until the close. To ask again, open a new connection.";
    static final String CLOSED_AFTER_HTTP10 =
            "The server closed the connection after its reply: you asked with HTTP/1.0, which means one request per "
                    + "connection. To ask again, open a new connection.";
    static final String CLOSED_AFTER_CONNECTION_CLOSE =
            "The server closed the connection after its reply, as its Connection: close header said it would: one "
                    + "request per connection. To ask again, open a new connection.";
    static final String CLOSED_AFTER_HTTP10_REPLY =
            "The server closed the connection after its reply: it answered with HTTP/1.0, which closes after each "
                    + "reply unless it says Connection: keep-alive. To ask again, open a new connection.";
    static final String CLOSED_IDLE =
            "The server closed the connection after %s of quiet following its reply: its idle (keep-alive) timeout "
                    + "ran out. Open a new connection to send another request.";
    static final String CLOSED_UNANNOUNCED =
            "The server closed the connection right after its reply, although the reply did not say it would (no "
                    + "Connection: close). Open a new connection to send another request.";

    static final String RESET =
            "The connection was reset: the server aborted it instead of closing it politely, %s. Open a new "
                    + "connection to try again.";
    static final String CLOSED_LOCALLY = "You closed the connection %s.";
    static final String BEFORE_SENDING = "before you had sent anything";
    static final String BEFORE_REQUEST_COMPLETE = "before your request was complete (no blank line yet)";
    static final String BEFORE_ANY_REPLY = "%s after your request was complete, before any reply came";
    static final String MID_REPLY_RESET = "in the middle of its reply (%d %s arrived), so the reply above is incomplete";
    static final String MID_REPLY_LOCAL =
            "while the reply was still arriving (%d %s so far), so the rest of it was never read";
    static final String AFTER_REPLY_RESET = "after its reply%s was complete";
    static final String AFTER_REPLY_LOCAL = "after the reply%s had arrived";

    static final String LESS_THAN_A_SECOND = "less than a second";
    static final String SECONDS = "%d s";
    static final String REQUEST_LINE_ONLY = "the request line";
    static final String REQUEST_LINE_AND_HEADERS = "the request line and %d header line%s";
    static final String READ_FAILED = "Reading from the connection failed: %s. The connection is closed; open a new one to go on.";

    private WireText() {}
}
