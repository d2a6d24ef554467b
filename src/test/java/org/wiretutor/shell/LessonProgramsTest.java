package org.wiretutor.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wiretutor.shell.ScriptedShellTest.assertShows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.pages.MirrorFiles;
import org.wiretutor.mirror.MirrorServer;
import org.wiretutor.programs.ProgramRunner;
import org.wiretutor.wire.WaitPolicy;

/**
 * The Python programs of lessons 12 to 14, run with {@code run} against the real mirror, offline: what they
 * print, what the mirror received from them, and the files they save.
 */
class LessonProgramsTest {
    private static final String RECEIVED = "What the mirror received from it";

    @TempDir
    Path home;

    @BeforeEach
    void needsPython() throws Exception {
        Assumptions.assumeTrue(ScriptedShellTest.onPath("python3"), "python3 is not installed");
    }

    private String run(String script) {
        ShellOptions options = ShellOptions.defaults(home, "test").withColour(false).withOffline(true)
                .withDialer(ScriptedShellTest.NO_NETWORK)
                .withWaits(new WaitPolicy(Duration.ofMillis(400), Duration.ofSeconds(2), Duration.ofMillis(300)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Shells.script(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), options);
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int count(String out, String text) {
        // in the pseudo-locale run every message is bracketed; a row built of several still reads whole
        String read = out.replace("⟦", "").replace("⟧", "");
        return read.split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }

    private static String mirrorText(String name) {
        return new String(MirrorFiles.bundled().find(name).orElseThrow().content(), StandardCharsets.UTF_8);
    }

    /** With --raw only the lines as bytes, so they stay on one screen; without it, the counts four to a row. */
    @Test
    void urlwordsShowsEachLineAsBytesOrCountsTheWords() {
        String raw = run("run urlwords.py --raw\n");
        assertShows(raw, "│ b'But soft what light through yonder window breaks\\n'");
        assertShows(raw, "│ b'Who is already sick and pale with grief\\n'");
        assertFalse(raw.contains("words,"), "--raw counts nothing, so a guess at the count comes first:\n" + raw);
        assertShows(raw, "  → GET http://data.pr4e.org/romeo.txt HTTP/1.1 · 200 · 167 bytes of body");
        assertShows(raw, "It finished without an error");

        String counted = run("run urlwords.py\n");
        assertShows(counted, "│    3  and          3  is           3  the          2  sun");
        assertShows(counted, "│ 33 words, 26 different");
        assertFalse(counted.contains("│ b'"), counted);
        assertShows(counted, "It finished without an error");
    }

    @Test
    void urlcopySavesTheMirrorsExactBytesOneBlockAtATime() throws Exception {
        byte[] cover = MirrorFiles.bundled().find("cover3.jpg").orElseThrow().content();
        String out = run("run urlcopy.py 10000\n");
        assertShows(out, "  → GET http://data.pr4e.org/cover3.jpg HTTP/1.1 · 200 · " + cover.length + " bytes of body");
        assertShows(out, "│ read 3 gave 10000 bytes");
        assertShows(out, "│ read 4 gave " + (cover.length - 30000) + " bytes");
        assertShows(out, "│ Saved " + cover.length + " bytes to cover3.jpg in 4 reads");
        assertShows(out, "│ The most held in memory at once: 10000 bytes");
        assertArrayEquals(cover, Files.readAllBytes(home.resolve("programs").resolve("cover3.jpg")));

        String whole = run("run urlcopy.py --all\n");
        assertShows(whole, "│ Saved " + cover.length + " bytes to cover3.jpg in 1 read");
        assertShows(whole, "│ The most held in memory at once: " + cover.length + " bytes");
        assertArrayEquals(cover, Files.readAllBytes(home.resolve("programs").resolve("cover3.jpg")));
    }

    @Test
    void urlcopySaysHowToWriteABlockSizeGivenWithASeparator() {
        String out = run("run urlcopy.py 10,000\n");
        assertShows(out, "│ Write the block size as digits alone: 10000, not 10,000.");
        assertShows(out, "It stopped with an error (exit code 2)");
        assertFalse(Files.exists(home.resolve("programs").resolve("cover3.jpg")), "nothing fetched, nothing saved");
    }

    @Test
    void urlcopySavesNothingForAMissingFile() {
        String out = run("run urlcopy.py http://data.pr4e.org/nosuch.jpg\n");
        assertShows(out, "│ The server answered 404 Not Found for http://data.pr4e.org/nosuch.jpg");
        assertShows(out, "It stopped with an error (exit code 1)");
        assertFalse(Files.exists(home.resolve("programs").resolve("nosuch.jpg")), "no empty file left behind");
    }

    @Test
    void urlregexFindsTheDoubleQuotedAbsoluteHrefsAndTextThatOnlyLooksLikeOne() {
        String out = run("run urlregex.py\nrun urlregex.py http://data.pr4e.org/page-links.htm\n");
        assertShows(out, "│ http://data.pr4e.org/page2.htm │ Found 1 link in "
                + mirrorText("page1.htm").length() + " bytes");
        assertShows(out, "│ http://data.pr4e.org/page1.htm │ http://data.pr4e.org/clown.txt"
                + " │ http://data.pr4e.org/nosuch.htm │ Found 3 links in " + mirrorText("page-links.htm").length()
                + " bytes");
        assertFalse(out.contains("│ http://data.pr4e.org/words.txt"), "HREF in capitals is missed");
        assertFalse(out.contains("│ romeo.txt"), "a relative link is missed");
    }

    @Test
    void urllinksFindsEveryRealLinkAndJoinsTheRelativeOne() {
        String out = run("run urllinks.py http://data.pr4e.org/page-links.htm\nrun urllinks.py --builtin "
                + "http://data.pr4e.org/page2.htm\n");
        for (String page : List.of("page1.htm", "page2.htm", "clown.txt", "words.txt")) {
            String url = "http://data.pr4e.org/" + page;
            assertShows(out, "│ " + url + " -> " + url);
        }
        assertShows(out, "│ romeo.txt -> http://data.pr4e.org/romeo.txt");
        assertShows(out, "│ Found 5 links");
        assertFalse(out.contains("nosuch.htm"), "text in <pre> is not a link to a parser");
        assertShows(out, "│ Parser: html.parser (asked for with --builtin)");
        assertShows(out, "│ page1.htm -> http://data.pr4e.org/page1.htm │ Found 1 link");
    }

    /** With bs4 hidden (a module by that name that fails to import), urllinks.py says how to get it and goes on. */
    @Test
    void urllinksFallsBackToHtmlParserWhenBeautifulSoupCannotBeImported() throws Exception {
        Path hidden = Files.createDirectories(home.resolve("hide").resolve("bs4"));
        Files.writeString(hidden.resolve("__init__.py"), "raise ImportError('hidden by the test')\n");
        Path programs = Files.createDirectories(home.resolve("programs"));
        Files.copy(Path.of("lessons", "programs", "urllinks.py"), programs.resolve("urllinks.py"));
        try (MirrorServer mirror = MirrorServer.start(MirrorConfig.loopback())) {
            String proxy = "http://127.0.0.1:" + mirror.address().getPort();
            var result = ProgramRunner.run(List.of("python3", "urllinks.py"), programs,
                    Map.of("http_proxy", proxy, "no_proxy", "", "PYTHONPATH", home.resolve("hide").toString()),
                    Duration.ofSeconds(30));
            assertEquals(0, result.exit(), result.output());
            assertTrue(result.output().startsWith("Parser: html.parser, since BeautifulSoup is not installed.\n"
                    + "(To install it, type in a terminal: python3 -m pip install beautifulsoup4)\n"), result.output());
            assertTrue(result.output().contains("romeo.txt  ->  http://data.pr4e.org/romeo.txt\n"), result.output());
            assertTrue(result.output().endsWith("Found 5 links\n"), result.output());
        }
    }

    @Test
    void aCrawlWithASeenSetFetchesEachPageOnce() {
        String out = run("run crawl.py\n");
        assertShows(out, "│ Fetched 2 URLs; no links left to follow.");
        assertShows(out, RECEIVED + " (2 requests):");
        assertEquals(1, count(out, "→ GET http://data.pr4e.org/page1.htm HTTP/1.1 · 200"), out);
        assertEquals(1, count(out, "→ GET http://data.pr4e.org/page2.htm HTTP/1.1 · 200"), out);

        String links = run("run crawl.py http://data.pr4e.org/page-links.htm\n");
        assertShows(links, "│ Fetched 6 URLs; no links left to follow.");
        assertShows(links, RECEIVED + " (6 requests):");
        for (String page : List.of("page-links.htm", "page1.htm", "page2.htm", "romeo.txt", "clown.txt", "words.txt")) {
            assertEquals(1, count(links, "→ GET http://data.pr4e.org/" + page + " HTTP/1.1 · 200"), page + "\n" + links);
        }
        assertShows(links, "│   4  http://data.pr4e.org/romeo.txt  (text/plain, 167 bytes)");
    }

    @Test
    void aCrawlThatForgetsGoesRoundUntilItsLimit() {
        String out = run("run crawl.py --forget\nshow run\n");
        assertShows(out, "│ Stopped at the limit of 10 fetches, with 1 more in the queue.");
        assertShows(out, "It stopped with an error (exit code 1)");
        assertShows(out, RECEIVED + " (10 requests):");
        // one row each after the run, and each request's bytes under show run
        assertEquals(10, count(out, " of 10: what the mirror received ("), out);
        assertEquals(5, count(out, "→ GET http://data.pr4e.org/page1.htm HTTP/1.1 · 200"), out);
        assertEquals(5, count(out, "→ GET http://data.pr4e.org/page1.htm HTTP/1.1\\r\\n"), out);
        assertEquals(5, count(out, "→ GET http://data.pr4e.org/page2.htm HTTP/1.1 · 200"), out);
    }
}
