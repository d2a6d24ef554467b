package org.wiretutor.mirror.pages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.MirrorServer;
import org.wiretutor.mirror.Wire;
import org.wiretutor.mirror.RequestLog;

/** Per-learner variants of the exercise files: determinism, spread, what is served, and the pinned sample. */
class VariantsTest {

    static final List<String> LEARNERS = List.of("alice", "bob", "carol", "dave", "erin", "frank", "grace",
            "heidi", "ivan", "judy");

    private static String text(MirrorFiles files, String name) {
        return new String(files.find(name).orElseThrow().content(), StandardCharsets.US_ASCII);
    }

    /** An independent count: opening p tags by regular expression, not the production counter. */
    private static int paragraphTags(String html) {
        Matcher m = Pattern.compile("<p[\\s>]").matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void the_sample_learners_answers_are_pinned_for_the_docs() {
        assertEquals("sample", MirrorFiles.SAMPLE_LEARNER);
        assertEquals(new ExpectedAnswers("Wed, 25 Dec 2019 09:33:58 GMT", "\"1f0-59a83f5c7e998\"", 496,
                        "max-age=0, no-cache, no-store, must-revalidate", "text/plain", 22),
                MirrorFiles.forLearner(MirrorFiles.SAMPLE_LEARNER).expectedAnswers());
    }

    @Test
    void the_sample_learners_scraping_answers_are_pinned_for_the_docs() {
        ScrapeAnswers a = MirrorFiles.forLearner(MirrorFiles.SAMPLE_LEARNER).scrapeAnswers();
        assertEquals(List.of(40L, 2066L, "known_by_Efua.html", 6L, 5L, "Wanjiru"), List.of((long) a.commentCount(),
                a.commentSum(), a.linkStart(), (long) a.linkCount(), (long) a.linkPosition(), a.lastName()));
        ScrapeAnswers course = MirrorFiles.bundled().scrapeAnswers();
        assertEquals(List.of(43L, 1812L, "known_by_Zofia.html", 3L, 5L, "Farid"), List.of((long) course.commentCount(),
                course.commentSum(), course.linkStart(), (long) course.linkCount(), (long) course.linkPosition(),
                course.lastName()));
    }

    @Test
    void the_bundled_set_keeps_its_files_and_has_twelve_paragraphs() {
        MirrorFiles bundled = MirrorFiles.bundled();
        assertEquals(new ExpectedAnswers("Tue, 20 Jun 2017 14:02:51 GMT", "\"1d3-55264b50dc180\"", 467,
                        "max-age=0, no-cache, no-store, must-revalidate", "text/plain", 12),
                bundled.expectedAnswers());
        assertEquals(12, paragraphTags(text(bundled, "page-count.htm")));
        assertEquals(167, bundled.find("romeo.txt").orElseThrow().size());
        assertEquals("text/html", bundled.find("page-count.htm").orElseThrow().contentType());
    }

    @Test
    void the_same_id_gives_identical_files_dates_and_etags() {
        MirrorFiles first = MirrorFiles.forLearner("alice");
        MirrorFiles second = MirrorFiles.forLearner("alice");
        assertEquals(first, second);
        for (String name : List.of("intro-short.txt", "page-count.htm")) {
            MirrorFile a = first.find(name).orElseThrow();
            MirrorFile b = second.find(name).orElseThrow();
            assertArrayEquals(a.content(), b.content(), name);
            assertEquals(a.lastModified(), b.lastModified(), name);
            assertEquals(a.etag(), b.etag(), name);
        }
        assertEquals(first.expectedAnswers(), second.expectedAnswers());
        assertEquals(first, MirrorFiles.forLearner(" alice\n"), "whitespace around an id is ignored");
        assertNotEquals(first, MirrorFiles.forLearner("Alice"), "ids are case-sensitive");
    }

    @Test
    void different_ids_get_different_answers() {
        ExpectedAnswers alice = MirrorFiles.forLearner("alice").expectedAnswers();
        ExpectedAnswers bob = MirrorFiles.forLearner("bob").expectedAnswers();
        assertTrue(alice.contentLength() != bob.contentLength() || !alice.etag().equals(bob.etag()));
        assertNotEquals(alice.lastModified(), bob.lastModified());
        Set<Integer> counts = new TreeSet<>();
        Set<Long> lengths = new TreeSet<>();
        Set<String> etags = new TreeSet<>();
        for (String id : LEARNERS) {
            ExpectedAnswers answers = MirrorFiles.forLearner(id).expectedAnswers();
            counts.add(answers.paragraphCount());
            lengths.add(answers.contentLength());
            etags.add(answers.etag());
        }
        assertTrue(counts.size() >= 4, "paragraph counts should spread: " + counts);
        assertTrue(lengths.size() >= 4, "lengths should spread: " + lengths);
        assertEquals(LEARNERS.size(), etags.size());
    }

    @Test
    void variants_stay_in_their_ranges_and_spread_over_them() {
        Set<Integer> counts = new TreeSet<>();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Seed seed = Seed.of("learner" + i);
            MirrorFile intro = IntroVariant.of(seed);
            MirrorFile page = ParagraphPage.of(seed);
            String body = new String(intro.content(), StandardCharsets.US_ASCII);
            assertTrue(intro.size() >= 350 && intro.size() <= 600, "size " + intro.size());
            assertTrue(body.endsWith("\n") && !body.contains("\r") && !body.contains("  "), body);
            assertTrue(body.lines().allMatch(l -> l.length() <= 72 && !l.isEmpty()), body);
            for (MirrorFile f : List.of(intro, page)) {
                assertFalse(f.lastModified().isBefore(Instant.parse("2017-01-01T00:00:00Z")), f.toString());
                assertTrue(f.lastModified().isBefore(Instant.parse("2020-01-01T00:00:00Z")), f.toString());
            }
            int count = paragraphTags(new String(page.content(), StandardCharsets.US_ASCII));
            assertTrue(count >= 5 && count <= 25, "count " + count);
            counts.add(count);
            sizes.add(intro.size());
        }
        assertEquals(21, counts.size(), "every count from 5 to 25 occurs: " + counts);
        assertTrue(sizes.stream().mapToInt(Integer::intValue).max().orElseThrow()
                - sizes.stream().mapToInt(Integer::intValue).min().orElseThrow() > 150, "sizes spread: " + sizes);
        assertTrue(IntroVariant.SENTENCES.stream().allMatch(s -> s.length() <= IntroVariant.LONGEST_SENTENCE));
    }

    @Test
    void page_count_holds_as_many_p_tags_as_answered_among_distractors() {
        for (String id : LEARNERS) {
            MirrorFiles files = MirrorFiles.forLearner(id);
            String html = text(files, "page-count.htm");
            int expected = files.expectedAnswers().paragraphCount();
            assertEquals(expected, html.split("<p>", -1).length - 1, id);
            assertEquals(expected, paragraphTags(html), id);
            assertEquals(expected, html.split("</p>", -1).length - 1, id);
            assertTrue(html.contains("<pre>") && html.contains("<span "), id);
            assertTrue(html.split("<p", -1).length - 1 > expected, "a careless count of <p is too high: " + id);
            assertFalse(html.contains("<P"), id);
            assertEquals("text/html", files.find("page-count.htm").orElseThrow().contentType());
        }
    }

    @Test
    void a_variant_replaces_only_the_exercise_files() {
        MirrorFiles bundled = MirrorFiles.bundled();
        MirrorFiles alice = MirrorFiles.forLearner("alice");
        assertEquals(bundled.all().stream().map(MirrorFile::name).toList(),
                alice.all().stream().map(MirrorFile::name).toList());
        for (MirrorFile f : bundled.all()) {
            boolean exercise = f.name().equals("intro-short.txt") || f.name().equals("page-count.htm")
                    || f.name().equals("mbox-short.txt") || f.name().equals("comments.html")
                    || f.name().startsWith("known_by_");
            assertEquals(!exercise, f.equals(alice.find(f.name()).orElseThrow()), f.name());
        }
        assertTrue(alice.serves("/romeo-chunked.txt") && alice.serves("/moved.txt"));
    }

    @Test
    void each_learner_has_their_own_mbox_longer_than_the_limit_shown() {
        java.util.Set<Integer> sizes = new java.util.HashSet<>();
        for (String id : List.of("alice", "bob", "carol", "dave", "erin", MirrorFiles.SAMPLE_LEARNER)) {
            byte[] mbox = MirrorFiles.forLearner(id).find("/mbox-short.txt").orElseThrow().content();
            assertTrue(mbox.length > 3000 && mbox.length < 5000, id + ": " + mbox.length);
            assertTrue(new String(mbox, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("From "), id);
            sizes.add(mbox.length);
        }
        assertTrue(sizes.size() >= 5, "sizes differ from learner to learner: " + sizes);
    }

    @Test
    void invalid_ids_are_rejected_plainly() {
        List<String> bad = new ArrayList<>(List.of("", "   ", "two words", "caf\u00e9", "tab\tinside", "nul\u0000",
                "x".repeat(65)));
        bad.add(null);
        for (String id : bad) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> MirrorFiles.forLearner(id), String.valueOf(id));
            assertTrue(e.getMessage().startsWith("a learner id"), e.getMessage());
        }
        MirrorFiles.forLearner("x".repeat(64));
        MirrorFiles.forLearner("!~#$%&'()*+,-./0-9:;<=>?@[\\]^_`{|}");
    }

    @Test
    void the_seed_follows_its_documented_recipe() throws Exception {
        byte[] key = MessageDigest.getInstance("SHA-256")
                .digest("wiretutor:sample".getBytes(StandardCharsets.UTF_8));
        ByteBuffer block0 = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256")
                .digest(ByteBuffer.allocate(36).put(key).putInt(0).array()));
        ByteBuffer block1 = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256")
                .digest(ByteBuffer.allocate(36).put(key).putInt(1).array()));
        Seed seed = Seed.of("sample");
        for (int i = 0; i < 4; i++) {
            assertEquals(block0.getLong(), seed.next());
        }
        assertEquals(block1.getLong(), seed.next());
    }

    @Test
    void config_serves_the_bundled_files_unless_told_otherwise() {
        MirrorConfig c = MirrorConfig.loopback();
        assertEquals(MirrorFiles.bundled(), c.files());
        MirrorFiles alice = MirrorFiles.forLearner("alice");
        assertSame(alice, c.withFiles(alice).withPort(8080).withLog(RequestLog.NONE).files());
        assertEquals(MirrorFiles.bundled(), new MirrorConfig(c.bindAddress(), 0, c.requestTimeout(),
                c.keepAliveTimeout(), c.clock(), c.log()).files());
        assertThrows(NullPointerException.class, () -> c.withFiles(null));
    }

    @Test
    void a_learners_mirror_sends_exactly_the_expected_answers() throws IOException {
        MirrorFiles files = MirrorFiles.forLearner("alice");
        ExpectedAnswers expected = files.expectedAnswers();
        try (MirrorServer server = MirrorServer.start(MirrorConfig.loopback().withFiles(files))) {
            Wire.Reply intro;
            try (Wire w = new Wire(server)) {
                intro = Wire.Reply.parse(w.send("GET http://data.pr4e.org/intro-short.txt HTTP/1.0\r\n\r\n")
                        .readToClose());
            }
            assertEquals("HTTP/1.1 200 OK", intro.statusLine());
            assertEquals(expected.lastModified(), intro.header("Last-Modified").orElseThrow());
            assertEquals(expected.etag(), intro.header("ETag").orElseThrow());
            assertEquals(Long.toString(expected.contentLength()), intro.header("Content-Length").orElseThrow());
            assertEquals(expected.cacheControl(), intro.header("Cache-Control").orElseThrow());
            assertEquals(expected.contentType(), intro.header("Content-Type").orElseThrow());
            assertEquals(text(files, "intro-short.txt"), intro.body());
            Wire.Reply page;
            try (Wire w = new Wire(server)) {
                page = Wire.Reply.parse(w.send("GET /page-count.htm HTTP/1.0\r\n\r\n").readToClose());
            }
            assertEquals("text/html", page.header("Content-Type").orElseThrow());
            assertEquals(expected.paragraphCount(), paragraphTags(page.body()));
            Wire.Reply romeo;
            try (Wire w = new Wire(server)) {
                romeo = Wire.Reply.parse(w.send("GET /romeo.txt HTTP/1.0\r\n\r\n").readToClose());
            }
            assertEquals(MirrorFilesTest.ROMEO, romeo.body());
        }
    }
}
