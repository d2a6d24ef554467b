package org.wiretutor.mirror.pages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MirrorFilesTest {

    /** romeo.txt as the book serves it: 167 bytes, four lines. */
    static final String ROMEO = "But soft what light through yonder window breaks\n"
            + "It is the east and Juliet is the sun\n"
            + "Arise fair sun and kill the envious moon\n"
            + "Who is already sick and pale with grief\n";

    final MirrorFiles files = MirrorFiles.bundled();

    @Test
    void romeo_is_the_books_167_bytes_with_the_books_etag() {
        MirrorFile romeo = files.find("romeo.txt").orElseThrow();
        assertEquals(167, romeo.size());
        assertEquals(ROMEO, new String(romeo.content(), StandardCharsets.US_ASCII));
        assertTrue(romeo.etag().startsWith("\"a7-"));
        assertEquals("\"a7-54f6609245537\"", romeo.etag());
        assertEquals(Instant.parse("2017-05-13T11:22:22.187831Z"), romeo.lastModified());
        assertEquals("text/plain", romeo.contentType());
    }

    @Test
    void every_listed_file_exists_and_loads() {
        List<String> names = files.all().stream().map(MirrorFile::name)
                .filter(n -> !n.startsWith("known_by_")).toList();
        assertEquals(List.of("clown.txt", "comments.html", "cover.jpg", "cover3.jpg", "intro-short.txt", "intro.txt",
                "mbox-short.txt", "mbox.txt", "page-count.htm", "page-links.htm", "page1.htm", "page2.htm",
                "romeo-full.txt", "romeo.txt", "words.txt"), names);
        assertEquals(30, files.all().stream().filter(f -> f.name().matches("known_by_[A-Za-z]+\\.html")).count(),
                "exercise 11's pages, one per person");
        for (MirrorFile f : files.all()) {
            assertTrue(f.size() > 0, f.name());
            assertTrue(f.etag().startsWith("\"" + Long.toHexString(f.size()) + "-"), f.name());
            assertEquals(f, files.find("/" + f.name()).orElseThrow());
        }
    }

    @Test
    void text_files_use_lf_endings_and_page1_and_page2_link_to_each_other() {
        for (MirrorFile f : files.all()) {
            if (f.contentType().startsWith("text/")) {
                assertFalse(new String(f.content(), StandardCharsets.ISO_8859_1).contains("\r"), f.name());
            }
        }
        String page1 = new String(files.find("page1.htm").orElseThrow().content(), StandardCharsets.US_ASCII);
        assertTrue(page1.contains("<a href=\"http://data.pr4e.org/page2.htm\">"));
        // page two's text says what its one link does: lead back, by a relative link, so a crawl can loop
        String page2 = new String(files.find("page2.htm").orElseThrow().content(), StandardCharsets.US_ASCII);
        assertEquals(1, page2.split("<a ", -1).length - 1, page2);
        assertTrue(page2.contains("<a href=\"page1.htm\">"), page2);
        assertTrue(page2.contains("leads back to page one"), page2);
        assertEquals("image/jpeg", files.find("cover3.jpg").orElseThrow().contentType());
    }

    @Test
    void nothing_outside_the_set_is_found() {
        for (String path : List.of("../romeo.txt", "/../romeo.txt", "/etc/passwd", "index.properties",
                "files/romeo.txt", "./romeo.txt", "//romeo.txt", "", "/", "ROMEO.TXT")) {
            assertTrue(files.find(path).isEmpty(), path);
        }
        assertTrue(files.find(null).isEmpty());
    }

    @Test
    void content_is_a_defensive_copy() {
        MirrorFile romeo = files.find("romeo.txt").orElseThrow();
        romeo.content()[0] = 'X';
        assertArrayEquals(ROMEO.getBytes(StandardCharsets.US_ASCII), romeo.content());
    }

    @Test
    void serves_says_which_paths_answer() {
        for (MirrorFile f : files.all()) {
            assertTrue(files.serves("/" + f.name()), f.name());
            assertTrue(files.serves(f.name()), f.name());
        }
        for (String path : List.of("/", "/romeo-chunked.txt", "/moved.txt", "romeo-chunked.txt")) {
            assertTrue(files.serves(path), path);
        }
        for (String path : List.of("", "//", "/nosuch.txt", "/index.properties", "/../romeo.txt", "/romeo.txt?x",
                "http://data.pr4e.org/romeo.txt", "/MOVED.TXT", "/moved.txt/")) {
            assertFalse(files.serves(path), path);
        }
        assertFalse(files.serves(null));
    }

    @Test
    void specials_are_not_files_and_need_romeo() {
        assertTrue(files.find("romeo-chunked.txt").isEmpty());
        assertTrue(files.find("moved.txt").isEmpty());
        MirrorFiles withoutRomeo = new MirrorFiles(List.of(files.find("clown.txt").orElseThrow()));
        assertTrue(withoutRomeo.serves("/clown.txt"));
        assertTrue(withoutRomeo.serves("/"));
        assertFalse(withoutRomeo.serves("/romeo-chunked.txt"));
        assertFalse(withoutRomeo.serves("/moved.txt"));
    }
}
