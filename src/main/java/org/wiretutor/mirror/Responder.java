package org.wiretutor.mirror;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;

/**
 * Decides the reply to a request, the way Apache serving static files on data.pr4e.org would: methods, the
 * lookup, conditional requests, ranges, chunked framing, redirects and whether the connection stays open.
 */
final class Responder {

    static final String SERVER = "Apache/2.4.18 (Ubuntu)";
    static final String ALLOW_ANY = "GET,POST,OPTIONS,HEAD";
    /** Sent with every file, as data.pr4e.org does; graders expect it verbatim. */
    static final String CACHE_CONTROL = "max-age=0, no-cache, no-store, must-revalidate";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");

    private final MirrorFiles files;
    private final Clock clock;
    private final long keepAliveSeconds;

    Responder(MirrorFiles files, Clock clock, Duration keepAliveTimeout) {
        this.files = files;
        this.clock = clock;
        this.keepAliveSeconds = Math.max(1, (keepAliveTimeout.toMillis() + 999) / 1000);
    }

    /**
     * @param requestsLeft how many more requests this connection may carry after this one: Apache's {@code max},
     *                     100 on a connection's first reply
     */
    Response respond(RequestHead head, int requestsLeft) {
        Response r = decide(head, requestsLeft);
        return head.method().equals("HEAD") ? headersOnly(r) : r;
    }

    /**
     * A reply to HEAD, as Apache sends it: never a body. A file's reply keeps the Content-Length a GET would bring;
     * an error page or a redirect loses it too, since Apache never makes that page for HEAD.
     */
    private static Response headersOnly(Response r) {
        if (r.bare()) {
            return r;
        }
        List<Header> h = r.headers();
        if (r.status() == 301 || r.status() >= 400) {
            h = h.stream().filter(x -> !x.is("Content-Length")).toList();
        }
        return new Response(r.status(), h, r.body(), false, r.close(), false);
    }

    private Response decide(RequestHead head, int requestsLeft) {
        RequestTarget.Resolution where = RequestTarget.resolve(head.target());
        Optional<Resource> found = where instanceof RequestTarget.Path p ? files.lookup(p.path()) : Optional.empty();
        if (head.version() == HttpVersion.HTTP_0_9) {
            return bare(head, where, found);
        }
        if (where instanceof RequestTarget.Refused refused) {
            return error(refused.status(), refused.explanation());
        }
        if (!METHODS.contains(head.method())) {
            return error(501, List.of(new Header("Allow", ALLOW_ANY)),
                    "This server does not know the method " + head.method()
                            + ". Methods are case-sensitive; it knows GET, HEAD, POST and OPTIONS.");
        }
        Optional<String> coding = unknownCoding(head);
        if (coding.isPresent()) {
            return error(501, "This server does not know the transfer coding \"" + coding.get() + "\" named in "
                    + "Transfer-Encoding; the one coding it reads is chunked.");
        }
        if (((RequestTarget.Path) where).path().equals("*")) {
            if (head.method().equals("OPTIONS")) {
                return options(head, requestsLeft);
            }
            return error(400, "The target * is only meaningful with OPTIONS.");
        }
        if (found.isEmpty()) {
            return error(404, notFound(head));
        }
        if (found.get() instanceof Resource.Moved moved) {
            return moved(head, moved.locationFor(head), requestsLeft);
        }
        boolean chunked = found.get() instanceof Resource.Chunked;
        MirrorFile file = fileOf(found.get());
        if (head.method().equals("OPTIONS")) {
            return options(head, requestsLeft);
        }
        // POST to a file is served as GET, as Apache's handler for static files does (the body is ignored)
        return serve(head, file, chunked && head.version() == HttpVersion.HTTP_1_1, requestsLeft);
    }

    /**
     * The Transfer-Encoding value when it is anything but chunked, which Apache 2.4.18 (as on data.pr4e.org) and
     * nginx answer with 501 since they cannot find the body's end; current Apache answers 400.
     */
    private static Optional<String> unknownCoding(RequestHead head) {
        return head.values("Transfer-Encoding").stream()
                .filter(v -> !v.trim().equalsIgnoreCase("chunked"))
                .findFirst();
    }

    /** HTTP/0.9: the body alone, whatever the path names; a chunked file goes unframed, a redirect as its page. */
    private Response bare(RequestHead head, RequestTarget.Resolution where, Optional<Resource> found) {
        if (where instanceof RequestTarget.Refused refused) {
            return new Response(refused.status(), List.of(), ErrorPage.render(refused.status(), refused.explanation()),
                    true, true, true);
        }
        if (found.isEmpty()) {
            return new Response(404, List.of(), ErrorPage.render(404, notFound(head)), true, true, true);
        }
        Resource r = found.get();
        if (r instanceof Resource.Moved moved) {
            return new Response(301, List.of(), movedPage(moved.location()), true, true, true);
        }
        return new Response(200, List.of(), fileOf(r).content(), true, true, true);
    }

    /** The file behind a resource that is not a redirect. */
    private static MirrorFile fileOf(Resource r) {
        return r instanceof Resource.Chunked c ? c.file() : ((Resource.Plain) r).file();
    }

    /**
     * The error reply for a head rejected while reading; without a body when its request line was read whole and
     * was a HEAD's: Apache knows a HEAD once it has split its request line, and then sends no body even when it
     * refuses the request later (a missing Host, a header line too long).
     */
    Response rejected(HeadResult.Rejected rejection) {
        Response r = error(rejection.status(), Messages.get("page." + rejection.cause().kind().name(),
                Escape.latin1(rejection.cause().subject())));
        return rejection.method().equals("HEAD") ? headersOnly(r) : r;
    }

    /** Sent when every connection slot is taken. */
    Response unavailable() {
        return error(503, "The server is handling too many connections; try again in a moment.");
    }

    /** Sent on the HTTPS port to anything that is not a TLS handshake, as Apache with mod_ssl does. */
    Response plainHttpOnHttpsPort() {
        return error(400, "This port expects HTTPS: an encrypted connection that begins with a TLS handshake. "
                + "What arrived was plain HTTP text. Use an https:// URL with a TLS client here, or send plain "
                + "HTTP to the HTTP port instead.");
    }

    /**
     * A permanent redirect with Apache's header order. The connection stays open as for any reply, so a client
     * can follow the Location on it.
     */
    private Response moved(RequestHead head, String location, int requestsLeft) {
        byte[] body = movedPage(location);
        List<Header> h = start();
        h.add(new Header("Location", location));
        h.add(new Header("Content-Length", Integer.toString(body.length)));
        boolean keep = connection(h, head, requestsLeft);
        h.add(new Header("Content-Type", "text/html; charset=iso-8859-1"));
        return new Response(301, h, body, true, !keep, false);
    }

    private static byte[] movedPage(String location) {
        String to = ErrorPage.escape(location);
        return ErrorPage.page(301, "This file has moved for good to <a href=\"" + to + "\">" + to + "</a>. "
                + "A client that follows redirects asks again at the address in the Location header.");
    }

    /**
     * @param chunked send a whole-file 200 with chunked transfer coding instead of Content-Length; ranges and
     *                304s are framed as usual
     */
    private Response serve(RequestHead head, MirrorFile file, boolean chunked, int requestsLeft) {
        boolean headOnly = head.method().equals("HEAD");
        if (head.method().equals("POST")) {
            if (noneMatch(head, file)) {
                return preconditionFailed(head, file, requestsLeft);
            }
        } else if (notModified(head, file)) {
            List<Header> h = start();
            h.add(new Header("Last-Modified", HttpDate.format(file.lastModified())));
            h.add(new Header("ETag", file.etag()));
            noCache(h);
            boolean keep = connection(h, head, requestsLeft);
            return new Response(304, h, new byte[0], false, !keep, false);
        }
        ByteRange range = rangeOf(head, file);
        if (range instanceof ByteRange.Unsatisfiable) {
            return error(416, List.of(new Header("Content-Range", "bytes */" + file.size())),
                    "The requested range lies outside " + displayName(file) + ", which has " + file.size()
                            + " bytes.");
        }
        List<Header> h = start();
        h.add(new Header("Last-Modified", HttpDate.format(file.lastModified())));
        h.add(new Header("ETag", file.etag()));
        h.add(new Header("Accept-Ranges", "bytes"));
        byte[] body;
        int status;
        if (range instanceof ByteRange.Part part) {
            status = 206;
            body = file.slice(part.first(), part.length());
            h.add(new Header("Content-Length", Long.toString(part.length())));
            h.add(new Header("Content-Range", "bytes " + part.first() + "-" + part.last() + "/" + file.size()));
        } else if (chunked) {
            return chunked(head, file, h, requestsLeft);
        } else {
            status = 200;
            body = file.content();
            h.add(new Header("Content-Length", Integer.toString(body.length)));
        }
        noCache(h);
        boolean keep = connection(h, head, requestsLeft);
        h.add(new Header("Content-Type", file.contentType()));
        return new Response(status, h, body, !headOnly, !keep, false);
    }

    /**
     * A whole file in chunks, headers in the order Apache sends a chunked reply (Transfer-Encoding after the
     * connection headers). The Trailer header announces the field that follows the last chunk.
     */
    private Response chunked(RequestHead head, MirrorFile file, List<Header> h, int requestsLeft) {
        noCache(h);
        h.add(new Header("Trailer", ChunkedBody.TRAILER));
        boolean keep = connection(h, head, requestsLeft);
        h.add(new Header("Transfer-Encoding", "chunked"));
        h.add(new Header("Content-Type", file.contentType()));
        return new Response(200, h, ChunkedBody.encode(file.content()), !head.method().equals("HEAD"), !keep,
                false);
    }

    private Response options(RequestHead head, int requestsLeft) {
        List<Header> h = start();
        h.add(new Header("Allow", ALLOW_ANY));
        h.add(new Header("Content-Length", "0"));
        boolean keep = connection(h, head, requestsLeft);
        return new Response(200, h, new byte[0], false, !keep, false);
    }

    /**
     * A POST whose If-None-Match matches gets 412 with the file's validators and no body, as Apache answers; a POST
     * ignores If-Modified-Since.
     */
    private Response preconditionFailed(RequestHead head, MirrorFile file, int requestsLeft) {
        List<Header> h = start();
        h.add(new Header("Last-Modified", HttpDate.format(file.lastModified())));
        h.add(new Header("ETag", file.etag()));
        h.add(new Header("Accept-Ranges", "bytes"));
        h.add(new Header("Content-Length", "0"));
        noCache(h);
        boolean keep = connection(h, head, requestsLeft);
        h.add(new Header("Content-Type", file.contentType()));
        return new Response(412, h, new byte[0], false, !keep, false);
    }

    private boolean notModified(RequestHead head, MirrorFile file) {
        if (!head.values("If-None-Match").isEmpty()) {
            return noneMatch(head, file);
        }
        return head.first("If-Modified-Since").flatMap(HttpDate::parse)
                .map(since -> !file.lastModified().truncatedTo(ChronoUnit.SECONDS).isAfter(since))
                .orElse(false);
    }

    /** Whether If-None-Match names the file's ETag (weakly compared) or {@code *}. */
    private static boolean noneMatch(RequestHead head, MirrorFile file) {
        String ours = weak(file.etag());
        for (String value : head.values("If-None-Match")) {
            for (String tag : value.split(",")) {
                String t = tag.trim();
                if (t.equals("*") || weak(t).equals(ours)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String weak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static ByteRange rangeOf(RequestHead head, MirrorFile file) {
        Optional<String> range = head.first("Range");
        if (range.isEmpty() || head.values("Range").size() > 1) {
            return new ByteRange.Whole();
        }
        Optional<String> ifRange = head.first("If-Range");
        if (ifRange.isPresent() && !ifRange.get().equals(file.etag())
                && !ifRange.get().equals(HttpDate.format(file.lastModified()))) {
            return new ByteRange.Whole();
        }
        return ByteRange.parse(range.get(), file.size());
    }

    private List<Header> start() {
        List<Header> h = new ArrayList<>();
        h.add(new Header("Date", HttpDate.format(clock.instant())));
        h.add(new Header("Server", SERVER));
        return h;
    }

    private static void noCache(List<Header> h) {
        h.add(new Header("Cache-Control", CACHE_CONTROL));
        h.add(new Header("Pragma", "no-cache"));
        h.add(new Header("Expires", "Wed, 11 Jan 1984 05:00:00 GMT"));
    }

    /**
     * Adds the connection headers as Apache does; returns whether the connection stays open. HTTP/1.1 stays open
     * unless the client says {@code Connection: close}, and HTTP/1.0 only when it says {@code Connection:
     * keep-alive}. Apache names keep-alive in the reply ({@code Keep-Alive: timeout=5, max=N} and {@code
     * Connection: Keep-Alive}) only to a client that asked with that token: to a plain HTTP/1.1 request it sends
     * no connection header at all, though the connection stays open.
     */
    private boolean connection(List<Header> h, RequestHead head, int requestsLeft) {
        boolean hasBody = !head.values("Transfer-Encoding").isEmpty()
                || head.first("Content-Length").map(v -> !v.equals("0") && !v.matches("0+")).orElse(false);
        boolean asked = head.hasToken("Connection", "keep-alive");
        boolean keep = (head.version() == HttpVersion.HTTP_1_1 || asked) && !head.hasToken("Connection", "close")
                && requestsLeft > 0 && !hasBody;
        if (!keep) {
            h.add(new Header("Connection", "close"));
        } else if (asked) {
            h.add(new Header("Keep-Alive", "timeout=" + keepAliveSeconds + ", max=" + requestsLeft));
            h.add(new Header("Connection", "Keep-Alive"));
        }
        return keep;
    }

    private Response error(int status, String explanation) {
        return error(status, List.of(), explanation);
    }

    private Response error(int status, List<Header> extra, String explanation) {
        byte[] body = ErrorPage.render(status, explanation);
        List<Header> h = start();
        h.addAll(extra);
        h.add(new Header("Content-Length", Integer.toString(body.length)));
        h.add(new Header("Connection", "close"));
        h.add(new Header("Content-Type", "text/html; charset=iso-8859-1"));
        return new Response(status, h, body, true, true, false);
    }

    private static String notFound(RequestHead head) {
        return "The requested URL " + head.target() + " was not found on this server. It serves only the "
                + "files listed at /.";
    }

    private static String displayName(MirrorFile file) {
        return file.name().isEmpty() ? "/" : file.name();
    }
}
