package org.wiretutor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wiretutor.http.Wire.assertContains;
import static org.wiretutor.http.Wire.bytes;
import static org.wiretutor.http.Wire.run;
import static org.wiretutor.http.Wire.titled;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An ETag is read the way the server named in the same reply's Server header builds its tags: Apache's size-time,
 * nginx's time-size, anyone else's (or an unnamed server's) as opaque. The replies are as the servers send them; the
 * nginx and Apache ones were taken from nginx 1.22.1 and Apache 2.4 serving romeo.txt.
 */
class EtagTest {
    /** nginx 1.22.1's reply for romeo.txt (mtime 13 May 2017 11:22:22 UTC), headers in nginx's order. */
    private static final String NGINX_HEAD = "HTTP/1.1 200 OK\r\n"
            + "Server: nginx/1.22.1\r\n"
            + "Date: Mon, 07 Dec 2026 18:14:19 GMT\r\n"
            + "Content-Type: text/plain\r\n"
            + "Content-Length: 167\r\n"
            + "Last-Modified: Sat, 13 May 2017 11:22:22 GMT\r\n"
            + "Connection: keep-alive\r\n"
            + "ETag: \"5916ec6e-a7\"\r\n"
            + "Accept-Ranges: bytes\r\n"
            + "\r\n";

    /** The ETag's part, and what {@code show} prints for it: its details, label then text. */
    private static Annotation etag(List<Annotation> parts) {
        return titled(parts, "ETag");
    }

    private static String shown(Annotation a) {
        return a.detailText();
    }

    @Test
    void apacheTagIsSizeThenMicrosecondsAndTheSizeIsCheckedAgainstContentLength() {
        Annotation e = etag(run("GET", Wire.ROMEO_REPLY));
        assertEquals("\"a7-54f6609245537\"", e.detail("value").orElseThrow());
        assertContains(e.detail("format").orElseThrow(), "Apache's (Server: Apache/2.4.52): size-modification time");
        assertEquals("a7 hex = 167 bytes, the file's size as stored on the server. Content-Length is 167 too: they"
                + " agree.", e.detail("size").orElseThrow());
        assertEquals("54f6609245537 hex is the moment the file last changed, to the millionth of a second: Sat, 13"
                + " May 2017 11:22:22.187831 UTC. Last-Modified names the same second.",
                e.detail("changed").orElseThrow());
        // size comes first, as in the tag
        List<String> labels = e.details().stream().map(Detail::label).toList();
        assertTrue(labels.indexOf("size") < labels.indexOf("changed"), labels.toString());
        assertEquals(Severity.INFO, e.severity());
    }

    @Test
    void nginxTagIsSecondsThenSizeNeverApachesReading() {
        List<Annotation> parts = run("GET", NGINX_HEAD + Wire.ROMEO);
        Annotation e = etag(parts);
        String text = shown(e);
        assertContains(e.detail("format").orElseThrow(), "nginx's (Server: nginx/1.22.1): modification time-size");
        assertEquals("5916ec6e hex = 1494674542 seconds since 1 January 1970 = Sat, 13 May 2017 11:22:22 UTC, when"
                + " the file last changed. Last-Modified names the same second.", e.detail("changed").orElseThrow());
        assertEquals("a7 hex = 167 bytes, the file's size as stored on the server. Content-Length is 167 too: they"
                + " agree.", e.detail("size").orElseThrow());
        List<String> labels = e.details().stream().map(Detail::label).toList();
        assertTrue(labels.indexOf("changed") < labels.indexOf("size"), labels.toString());
        assertFalse(text.contains("Apache's ("), text);
        assertFalse(text.contains("5916ec6e hex = 1494674542 bytes"), text);
        assertFalse(text.contains("microseconds"), text);
        assertEquals(NGINX_HEAD + Wire.ROMEO, Wire.wireText(parts.subList(0, parts.size() - 1)));
    }

    @Test
    void otherServersTagIsOpaqueAndNothingIsComputed() {
        // the same hex-dash shape as Apache's: still not read, since lighttpd builds its tags its own way
        String reply = "HTTP/1.1 200 OK\r\nETag: \"a7-54f6609245537\"\r\nServer: lighttpd/1.4.69\r\n"
                + "Content-Length: 0\r\n\r\n";
        Annotation e = etag(run("GET", reply));
        String format = e.detail("format").orElseThrow();
        assertTrue(format.startsWith("opaque, as HTTP means every tag to be. Server: lighttpd/1.4.69 is neither"
                + " Apache nor nginx"), format);
        assertContains(format, "If-None-Match");
        assertFalse(shown(e).contains("hex ="), shown(e));
        assertTrue(e.detail("size").isEmpty() && e.detail("changed").isEmpty(), shown(e));
    }

    @Test
    void withoutAServerHeaderTheTagIsOpaque() {
        String reply = "HTTP/1.1 200 OK\r\nETag: \"5916ec6e-a7\"\r\nContent-Length: 0\r\n\r\n";
        Annotation e = etag(run("GET", reply));
        String format = e.detail("format").orElseThrow();
        assertTrue(format.startsWith("opaque, as HTTP means every tag to be. No Server header names the program"
                + " that made this one"), format);
        assertContains(format, "sends it back in If-None-Match");
        assertFalse(shown(e).contains("hex ="), shown(e));
    }

    @Test
    void serverAfterTheEtagIsStillRead() {
        String reply = "HTTP/1.1 200 OK\r\nETag: \"5916ec6e-a7\"\r\nContent-Length: 167\r\n"
                + "Last-Modified: Sat, 13 May 2017 11:22:22 GMT\r\nServer: nginx/1.22.1\r\n\r\n" + Wire.ROMEO;
        for (List<Annotation> parts : List.of(run("GET", reply), Wire.runByteByByte("GET", bytes(reply)))) {
            Annotation e = etag(parts);
            assertContains(e.detail("format").orElseThrow(), "nginx's (Server: nginx/1.22.1)");
            assertContains(e.detail("size").orElseThrow(), "a7 hex = 167 bytes");
            assertContains(e.detail("changed").orElseThrow(), "Sat, 13 May 2017 11:22:22 UTC");
            // still in wire order: status line, ETag, Content-Length, Last-Modified, Server, blank line, body
            assertEquals(reply, Wire.wireText(parts.subList(0, parts.size() - 1)));
        }
        assertEquals(run("GET", reply), Wire.runByteByByte("GET", bytes(reply)));
    }

    @Test
    void theEtagAndWhatFollowsItComeOutWithTheBlankLine() {
        ResponseAnnotator a = new ResponseAnnotator("GET");
        List<Annotation> early = new ArrayList<>(a.feed(bytes("HTTP/1.1 200 OK\r\nDate: Mon, 07 Dec 2026 18:14:19 GMT\r\n"
                + "ETag: \"5916ec6e-a7\"\r\nContent-Length: 167\r\nServer: nginx/1.22.1\r\n")));
        assertEquals(List.of("Status line: 200 OK", "Date"), early.stream().map(Annotation::title).toList());
        List<Annotation> rest = a.feed(bytes("\r\n"));
        assertEquals(List.of("ETag", "Content-Length", "Server", "Blank line (end of headers)"),
                rest.stream().map(Annotation::title).toList().subList(0, 4));
        assertContains(rest.get(0).detail("format").orElseThrow(), "nginx's");
    }

    @Test
    void aHeadCutShortStillShowsItsEtag() {
        List<Annotation> parts = run("GET", "HTTP/1.1 200 OK\r\nServer: nginx\r\nETag: \"5916ec6e-a7\"\r\nVary: x\r\n");
        List<String> titles = parts.stream().map(Annotation::title).toList();
        assertEquals(List.of("Status line: 200 OK", "Server", "ETag", "Vary", "The blank line never came", "Summary"),
                titles);
        Annotation e = etag(parts);
        assertContains(e.detail("format").orElseThrow(), "nginx's (Server: nginx)");
        assertEquals("a7 hex = 167 bytes, the file's size as stored on the server.", e.detail("size").orElseThrow());
    }

    @Test
    void weakTags() {
        // nginx weakens its tag when it compresses the file; the size in it is the stored file's
        String nginx = "HTTP/1.1 200 OK\r\nServer: nginx/1.22.1\r\nLast-Modified: Sat, 13 May 2017 11:22:22 GMT\r\n"
                + "Transfer-Encoding: chunked\r\nETag: W/\"5916ec6e-a7\"\r\nContent-Encoding: gzip\r\n\r\n0\r\n\r\n";
        Annotation n = etag(run("GET", nginx));
        assertContains(n.detail("format").orElseThrow(), "nginx's");
        assertEquals("a7 hex = 167 bytes, the file's size as stored on the server.", n.detail("size").orElseThrow());
        assertContains(n.detail("weak").orElseThrow(), "W/ marks a weak tag");
        assertContains(n.detail("weak").orElseThrow(), "nginx makes a tag weak when it changes the file on the way");

        // Apache weakens the tag of a file changed within the second before the reply
        String apache = "HTTP/1.1 200 OK\r\nServer: Apache/2.4.71 (Debian)\r\nETag: W/\"6-6620f32138054\"\r\n"
                + "Content-Length: 6\r\n\r\nhello\n";
        Annotation a = etag(run("GET", apache));
        assertContains(a.detail("size").orElseThrow(), "6 hex = 6 bytes");
        assertContains(a.detail("size").orElseThrow(), "Content-Length is 6 too: they agree.");
        assertContains(a.detail("changed").orElseThrow(), "Mon, 07 Dec 2026 18:14:24.");
        assertContains(a.detail("weak").orElseThrow(), "Apache makes a tag weak when the file changed less than a second");

        // a weak tag from nobody in particular: opaque, weak all the same
        Annotation o = etag(run("GET", "HTTP/1.1 304 Not Modified\r\nETag: W/\"abc\"\r\n\r\n"));
        assertContains(o.detail("format").orElseThrow(), "opaque");
        assertTrue(o.detail("weak").orElseThrow().endsWith("If-None-Match works with it all the same."));
    }

    @Test
    void apacheCompressedBodyHasItsOwnTagAndADifferentLength() {
        String reply = "HTTP/1.1 200 OK\r\nServer: Apache/2.4.71 (Debian)\r\n"
                + "Last-Modified: Sat, 13 May 2017 11:22:22 GMT\r\nETag: \"a7-54f6609245537-gzip\"\r\n"
                + "Content-Encoding: gzip\r\nContent-Length: 0\r\n\r\n";
        Annotation e = etag(run("GET", reply));
        assertEquals("a7 hex = 167 bytes, the file's size as stored on the server. Content-Length is 0: the body sent"
                + " is not the stored file byte for byte (it is compressed: Content-Encoding: gzip).",
                e.detail("size").orElseThrow());
        assertContains(e.detail("changed").orElseThrow(), "Last-Modified names the same second.");
        assertContains(e.detail("suffix").orElseThrow(), "-gzip was added by Apache's compression module");
    }

    @Test
    void apacheTwoTwoPutsTheInodeFirstAndItIsNotTheSize() {
        String reply = "HTTP/1.1 200 OK\r\nServer: Apache/2.2.22\r\nETag: \"2a4b8c-a7-54f6609245537\"\r\n"
                + "Content-Length: 167\r\n\r\n" + Wire.ROMEO;
        Annotation e = etag(run("GET", reply));
        assertContains(e.detail("format").orElseThrow(), "inode-size-modification time");
        assertEquals("2a4b8c hex = 2771852, the file's inode number: where it lies on the server's disk.",
                e.detail("inode").orElseThrow());
        assertContains(e.detail("size").orElseThrow(), "a7 hex = 167 bytes");
        assertContains(e.detail("size").orElseThrow(), "they agree");
    }

    @Test
    void tagsOfAnotherShapeFromApacheOrNginxAreOpaque() {
        // an application behind Apache chose this tag
        Annotation php = etag(run("GET", "HTTP/1.1 200 OK\r\nServer: Apache\r\n"
                + "ETag: \"33a64df551425fcc55e4d42a148795d9f25f89d4\"\r\nContent-Length: 0\r\n\r\n"));
        assertTrue(php.detail("format").orElseThrow().startsWith("opaque, as HTTP means every tag to be. Server:"
                + " Apache, but the tag is not in the size-time shape"), php.toString());
        assertFalse(shown(php).contains("hex ="), shown(php));
        // nginx in front of Apache passes Apache's tag on: a7 read as seconds would be 1970, so nothing is computed
        Annotation proxied = etag(run("GET", "HTTP/1.1 200 OK\r\nServer: nginx/1.22.1\r\n"
                + "ETag: \"a7-54f6609245537\"\r\nContent-Length: 167\r\n\r\n" + Wire.ROMEO));
        assertTrue(proxied.detail("format").orElseThrow().startsWith("opaque, as HTTP means every tag to be. Server:"
                + " nginx/1.22.1, but the tag is not in the time-size shape nginx gives"), proxied.toString());
        assertFalse(shown(proxied).contains("hex ="), shown(proxied));
        // no quotes, or one part only: not a file tag either
        for (String tag : List.of("a7-54f6609245537", "\"a7\"", "\"\"", "\"-\"", "\"a7-zz\"", "W/",
                "\"ffffffffffffffff-1\"")) {
            Annotation odd = etag(run("GET", "HTTP/1.1 200 OK\r\nServer: Apache\r\nETag: " + tag
                    + "\r\nContent-Length: 0\r\n\r\n"));
            assertContains(odd.detail("format").orElseThrow(), "opaque");
            assertFalse(shown(odd).contains("hex ="), tag + ": " + shown(odd));
        }
    }

    @Test
    void serverValueIsQuotedShortAndEscaped() {
        String reply = "HTTP/1.1 200 OK\r\nServer: " + "x".repeat(300) + "\u001b[31m\r\nETag: \"1\"\r\n\r\n";
        String format = etag(run("HEAD", reply)).detail("format").orElseThrow();
        assertContains(format, "Server: " + "x".repeat(40) + "…");
        assertFalse(format.contains("\u001b"), format);
    }
}
