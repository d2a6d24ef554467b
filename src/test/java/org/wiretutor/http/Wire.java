package org.wiretutor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Test fixtures: the replies from the reference notes, and helpers to run them through an annotator. */
final class Wire {
    private Wire() {
    }

    static final String ROMEO = "But soft what light through yonder window breaks\n"
            + "It is the east and Juliet is the sun\n"
            + "Arise fair sun and kill the envious moon\n"
            + "Who is already sick and pale with grief\n";

    static final String ROMEO_HEADERS = "HTTP/1.1 200 OK\r\n"
            + "Date: Thu, 26 Nov 2026 10:00:00 GMT\r\n"
            + "Server: Apache/2.4.52 (Ubuntu)\r\n"
            + "Last-Modified: Sat, 13 May 2017 11:22:22 GMT\r\n"
            + "ETag: \"a7-54f6609245537\"\r\n"
            + "Accept-Ranges: bytes\r\n"
            + "Content-Length: 167\r\n"
            + "Cache-Control: max-age=0, no-cache, no-store, must-revalidate\r\n"
            + "Pragma: no-cache\r\n"
            + "Expires: Wed, 11 Jan 1984 05:00:00 GMT\r\n"
            + "Connection: close\r\n"
            + "Content-Type: text/plain\r\n"
            + "\r\n";

    static final String ROMEO_REPLY = ROMEO_HEADERS + ROMEO;

    static final String NOT_FOUND_BODY = "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n"
            + "<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n"
            + "<p>The requested URL was not found on this server.</p>\n</body></html>\n";

    static final String NOT_FOUND = "HTTP/1.1 404 Not Found\r\n"
            + "Date: Thu, 26 Nov 2026 10:00:00 GMT\r\n"
            + "Server: Apache/2.4.52 (Ubuntu)\r\n"
            + "Content-Length: " + NOT_FOUND_BODY.length() + "\r\n"
            + "Connection: close\r\n"
            + "Content-Type: text/html; charset=iso-8859-1\r\n"
            + "\r\n" + NOT_FOUND_BODY;

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Feeds everything at once, then closes. */
    static List<Annotation> run(String method, byte[] reply) {
        ResponseAnnotator a = new ResponseAnnotator(method);
        List<Annotation> out = new ArrayList<>(a.feed(reply, 0, reply.length));
        out.addAll(a.endOfStream());
        return out;
    }

    static List<Annotation> run(String method, String reply) {
        return run(method, bytes(reply));
    }

    /** Feeds one byte at a time, then closes. */
    static List<Annotation> runByteByByte(String method, byte[] reply) {
        ResponseAnnotator a = new ResponseAnnotator(method);
        List<Annotation> out = new ArrayList<>();
        for (int i = 0; i < reply.length; i++) {
            out.addAll(a.feed(reply, i, 1));
        }
        out.addAll(a.endOfStream());
        return out;
    }

    static List<Annotation> of(List<Annotation> list, Kind kind) {
        return list.stream().filter(a -> a.kind() == kind).collect(Collectors.toList());
    }

    static Annotation one(List<Annotation> list, Kind kind) {
        List<Annotation> found = of(list, kind);
        assertEquals(1, found.size(), () -> "expected one " + kind + " in\n" + dump(list));
        return found.get(0);
    }

    static Annotation titled(List<Annotation> list, String titlePart) {
        return list.stream().filter(a -> a.title().contains(titlePart)).findFirst()
                .orElseThrow(() -> new AssertionError("no annotation titled *" + titlePart + "* in\n" + dump(list)));
    }

    static String dump(List<Annotation> list) {
        return list.stream().map(Annotation::toString).collect(Collectors.joining("\n"));
    }

    static void assertContains(String haystack, String needle) {
        assertTrue(haystack.contains(needle), () -> "expected to find \"" + needle + "\" in:\n" + haystack);
    }

    /** The raw bytes of all annotations but BODY/SUMMARY concatenated (they are wire-exact). */
    static String wireText(List<Annotation> list) {
        StringBuilder sb = new StringBuilder();
        for (Annotation a : list) {
            sb.append(new String(a.raw(), StandardCharsets.ISO_8859_1));
        }
        return sb.toString();
    }
}
