package org.wiretutor.mirror;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wiretutor.mirror.pages.HttpDate;
import org.wiretutor.mirror.pages.MirrorFile;
import org.wiretutor.mirror.pages.MirrorFiles;
import org.wiretutor.mirror.pages.NoCache;
import org.wiretutor.mirror.pages.Resource;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;

/**
 * Decides the reply to a request, the way Apache serving static files on data.pr4e.org would: methods, the
 * lookup, conditional requests, ranges, chunked framing, redirects and whether the connection stays open.
 */
final class Responder {

    static final String SERVER = "Apache/2.4.18 (Ubuntu)";
    static final String ALLOW_ANY = "GET,POST,OPTIONS,HEAD";
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
    Response respond(ReceivedRequest head, int requestsLeft) {
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
        List<Field> h = r.headers();
        if (r.status() == 301 || r.status() >= 400) {
            h = h.stream().filter(x -> !x.is("Content-Length")).toList();
        }
        return new Response(r.status(), h, r.body(), false, r.close(), false);
    }

    private Response decide(ReceivedRequest head, int requestsLeft) {
        RequestTarget.Resolution where = RequestTarget.resolve(head.target());
        Optional<Resource> found = where instanceof RequestTarget.Path p ? files.lookup(p.path()) : Optional.empty();
        if (head.version() == HttpVersion.HTTP_0_9) {
            return bare(head, where, found);
        }
        if (where instanceof RequestTarget.Invalid invalid) {
            return error(invalid.status(), invalid.explanation());
        }
        if (!METHODS.contains(head.method())) {
            return error(501, List.of(new Field("Allow", ALLOW_ANY)),
                    Messages.get("mirror.page.unknownMethod", head.method()));
        }
        Optional<String> coding = unknownCoding(head);
        if (coding.isPresent()) {
            return error(501, Messages.get("mirror.page.unknownCoding", coding.get()));
        }
        if (((RequestTarget.Path) where).path().equals("*")) {
            if (head.method().equals("OPTIONS")) {
                return options(head, requestsLeft);
            }
            return error(400, Messages.get("mirror.page.starWithoutOptions"));
        }
        if (found.isEmpty()) {
            return error(404, notFound(head));
        }
        if (found.get() instanceof Resource.Moved moved) {
            return moved(head, moved.locationFor(head.first("Host")), requestsLeft);
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
    private static Optional<String> unknownCoding(ReceivedRequest head) {
        return head.values("Transfer-Encoding").stream()
                .filter(v -> !v.trim().equalsIgnoreCase("chunked"))
                .findFirst();
    }

    /** HTTP/0.9: the body alone, whatever the path names; a chunked file goes unframed, a redirect as its page. */
    private Response bare(ReceivedRequest head, RequestTarget.Resolution where, Optional<Resource> found) {
        if (where instanceof RequestTarget.Invalid invalid) {
            return new Response(invalid.status(), List.of(), ErrorPage.render(invalid.status(), invalid.explanation()),
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
        return error(503, Messages.get("mirror.page.unavailable"));
    }

    /** Sent on the HTTPS port to anything that is not a TLS handshake, as Apache with mod_ssl does. */
    Response plainHttpOnHttpsPort() {
        return error(400, Messages.get("mirror.page.plainHttpOnHttpsPort"));
    }

    /**
     * A permanent redirect with Apache's header order. The connection stays open as for any reply, so a client
     * can follow the Location on it.
     */
    private Response moved(ReceivedRequest head, String location, int requestsLeft) {
        byte[] body = movedPage(location);
        List<Field> h = start();
        h.add(new Field("Location", location));
        h.add(new Field("Content-Length", Integer.toString(body.length)));
        boolean keep = connection(h, head, requestsLeft);
        h.add(new Field("Content-Type", "text/html; charset=iso-8859-1"));
        return new Response(301, h, body, true, !keep, false);
    }

    private static byte[] movedPage(String location) {
        return ErrorPage.page(301, Messages.get("mirror.page.moved", ErrorPage.escape(location)));
    }

    /**
     * @param chunked send a whole-file 200 with chunked transfer coding instead of Content-Length; ranges and
     *                304s are framed as usual
     */
    private Response serve(ReceivedRequest head, MirrorFile file, boolean chunked, int requestsLeft) {
        boolean headOnly = head.method().equals("HEAD");
        if (head.method().equals("POST")) {
            if (noneMatch(head, file)) {
                return preconditionFailed(head, file, requestsLeft);
            }
        } else if (notModified(head, file)) {
            List<Field> h = start();
            h.add(new Field("Last-Modified", HttpDate.format(file.lastModified())));
            h.add(new Field("ETag", file.etag()));
            noCache(h);
            boolean keep = connection(h, head, requestsLeft);
            return new Response(304, h, new byte[0], false, !keep, false);
        }
        ByteRange range = rangeOf(head, file);
        if (range instanceof ByteRange.Unsatisfiable) {
            return error(416, List.of(new Field("Content-Range", "bytes */" + file.size())),
                    Messages.get("mirror.page.rangeOutside", displayName(file), file.size()));
        }
        List<Field> h = start();
        h.add(new Field("Last-Modified", HttpDate.format(file.lastModified())));
        h.add(new Field("ETag", file.etag()));
        h.add(new Field("Accept-Ranges", "bytes"));
        byte[] body;
        int status;
        if (range instanceof ByteRange.Slice part) {
            status = 206;
            body = file.slice(part.first(), part.length());
            h.add(new Field("Content-Length", Long.toString(part.length())));
            h.add(new Field("Content-Range", "bytes " + part.first() + "-" + part.last() + "/" + file.size()));
        } else if (chunked) {
            return chunked(head, file, h, requestsLeft);
        } else {
            status = 200;
            body = file.content();
            h.add(new Field("Content-Length", Integer.toString(body.length)));
        }
        noCache(h);
        boolean keep = connection(h, head, requestsLeft);
        h.add(new Field("Content-Type", file.contentType()));
        return new Response(status, h, body, !headOnly, !keep, false);
    }

    /**
     * A whole file in chunks, headers in the order Apache sends a chunked reply (Transfer-Encoding after the
     * connection headers). The Trailer header announces the field that follows the last chunk.
     */
    private Response chunked(ReceivedRequest head, MirrorFile file, List<Field> h, int requestsLeft) {
        noCache(h);
        h.add(new Field("Trailer", ChunkedBody.TRAILER));
        boolean keep = connection(h, head, requestsLeft);
        h.add(new Field("Transfer-Encoding", "chunked"));
        h.add(new Field("Content-Type", file.contentType()));
        return new Response(200, h, ChunkedBody.encode(file.content()), !head.method().equals("HEAD"), !keep,
                false);
    }

    private Response options(ReceivedRequest head, int requestsLeft) {
        List<Field> h = start();
        h.add(new Field("Allow", ALLOW_ANY));
        h.add(new Field("Content-Length", "0"));
        boolean keep = connection(h, head, requestsLeft);
        return new Response(200, h, new byte[0], false, !keep, false);
    }

    /**
     * A POST whose If-None-Match matches gets 412 with the file's validators and no body, as Apache answers; a POST
     * ignores If-Modified-Since.
     */
    private Response preconditionFailed(ReceivedRequest head, MirrorFile file, int requestsLeft) {
        List<Field> h = start();
        h.add(new Field("Last-Modified", HttpDate.format(file.lastModified())));
        h.add(new Field("ETag", file.etag()));
        h.add(new Field("Accept-Ranges", "bytes"));
        h.add(new Field("Content-Length", "0"));
        noCache(h);
        boolean keep = connection(h, head, requestsLeft);
        h.add(new Field("Content-Type", file.contentType()));
        return new Response(412, h, new byte[0], false, !keep, false);
    }

    private boolean notModified(ReceivedRequest head, MirrorFile file) {
        if (!head.values("If-None-Match").isEmpty()) {
            return noneMatch(head, file);
        }
        return head.first("If-Modified-Since").flatMap(HttpDate::parse)
                .map(since -> !file.lastModified().truncatedTo(ChronoUnit.SECONDS).isAfter(since))
                .orElse(false);
    }

    /** Whether If-None-Match names the file's ETag (weakly compared) or {@code *}. */
    private static boolean noneMatch(ReceivedRequest head, MirrorFile file) {
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

    private static ByteRange rangeOf(ReceivedRequest head, MirrorFile file) {
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

    private List<Field> start() {
        List<Field> h = new ArrayList<>();
        h.add(new Field("Date", HttpDate.format(clock.instant())));
        h.add(new Field("Server", SERVER));
        return h;
    }

    private static void noCache(List<Field> h) {
        h.add(new Field("Cache-Control", NoCache.CACHE_CONTROL));
        h.add(new Field("Pragma", NoCache.PRAGMA));
        h.add(new Field("Expires", NoCache.EXPIRES));
    }

    /**
     * Adds the connection headers as Apache does; returns whether the connection stays open. HTTP/1.1 stays open
     * unless the client says {@code Connection: close}, and HTTP/1.0 only when it says {@code Connection:
     * keep-alive}. Apache names keep-alive in the reply ({@code Keep-Alive: timeout=5, max=N} and {@code
     * Connection: Keep-Alive}) only to a client that asked with that token: to a plain HTTP/1.1 request it sends
     * no connection header at all, though the connection stays open.
     */
    private boolean connection(List<Field> h, ReceivedRequest head, int requestsLeft) {
        boolean hasBody = !head.values("Transfer-Encoding").isEmpty()
                || head.first("Content-Length").map(v -> !v.equals("0") && !v.matches("0+")).orElse(false);
        boolean asked = head.hasToken("Connection", "keep-alive");
        boolean keep = (head.version() == HttpVersion.HTTP_1_1 || asked) && !head.hasToken("Connection", "close")
                && requestsLeft > 0 && !hasBody;
        if (!keep) {
            h.add(new Field("Connection", "close"));
        } else if (asked) {
            h.add(new Field("Keep-Alive", "timeout=" + keepAliveSeconds + ", max=" + requestsLeft));
            h.add(new Field("Connection", "Keep-Alive"));
        }
        return keep;
    }

    private Response error(int status, String explanation) {
        return error(status, List.of(), explanation);
    }

    private Response error(int status, List<Field> extra, String explanation) {
        byte[] body = ErrorPage.render(status, explanation);
        List<Field> h = start();
        h.addAll(extra);
        h.add(new Field("Content-Length", Integer.toString(body.length)));
        h.add(new Field("Connection", "close"));
        h.add(new Field("Content-Type", "text/html; charset=iso-8859-1"));
        return new Response(status, h, body, true, true, false);
    }

    private static String notFound(ReceivedRequest head) {
        return Messages.get("mirror.page.notFound", head.target());
    }

    private static String displayName(MirrorFile file) {
        return file.name().isEmpty() ? "/" : file.name();
    }
}
