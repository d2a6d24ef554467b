package org.wiretutor.mirror.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.MirrorServer;
import org.wiretutor.mirror.Wire;

/** The known_by_NAME.html pages of exercise 11 and the task drawn with them. */
class LinkChainTest {

    /** An independent reading of a page's links: href and text of each anchor, in order. */
    private static final Pattern ANCHOR = Pattern.compile("<a\\s+href=\"([^\"]+)\"\\s*>([^<]+)</a>");

    private static List<String[]> anchors(String html) {
        Matcher m = ANCHOR.matcher(html);
        List<String[]> out = new ArrayList<>();
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2)});
        }
        return out;
    }

    @Test
    void everyPersonHasAPageOfRelativeLinksToOtherPeoplesPages() {
        for (MirrorFiles files : List.of(MirrorFiles.bundled(), MirrorFiles.forLearner("alice"))) {
            List<MirrorFile> pages = files.all().stream().filter(f -> f.name().startsWith("known_by_")).toList();
            assertEquals(30, pages.size());
            for (MirrorFile page : pages) {
                String html = new String(page.content(), StandardCharsets.US_ASCII);
                String person = page.name().substring("known_by_".length(), page.name().length() - 5);
                List<String[]> links = anchors(html);
                assertTrue(links.size() >= 10 && links.size() <= 16, page.name() + ": " + links.size());
                Set<String> seen = new HashSet<>();
                for (String[] link : links) {
                    assertEquals("known_by_" + link[1] + ".html", link[0], "a link shows the name it leads to");
                    assertFalse(link[0].contains("/") || link[0].contains(":"), "relative: " + link[0]);
                    assertTrue(files.serves("/" + link[0]), link[0]);
                    assertFalse(link[1].equals(person), "nobody links to themselves");
                    assertTrue(seen.add(link[1]), "no link twice on a page");
                }
                assertEquals("text/html", page.contentType());
            }
        }
    }

    @Test
    void tasksStayInTheirRangesAndSpreadOverThem() {
        Set<Integer> counts = new TreeSet<>();
        Set<Integer> positions = new TreeSet<>();
        Set<String> starts = new TreeSet<>();
        for (int i = 0; i < 200; i++) {
            LinkChain.Task task = LinkChain.of(Seed.of("learner" + i)).task();
            assertTrue(task.count() >= 3 && task.count() <= 6, "count " + task.count());
            assertTrue(task.position() >= 2 && task.position() <= 9, "position " + task.position());
            counts.add(task.count());
            positions.add(task.position());
            starts.add(task.start());
        }
        assertEquals(Set.of(3, 4, 5, 6), counts);
        assertEquals(Set.of(2, 3, 4, 5, 6, 7, 8, 9), positions);
        assertTrue(starts.size() > 20, "start pages spread: " + starts);
    }

    /** Follows the links over real sockets, joining each href with the page's URL as a learner's program does. */
    private static String walk(MirrorFiles files, String start, int count, int position) throws IOException {
        try (MirrorServer server = MirrorServer.start(MirrorConfig.loopback().withFiles(files))) {
            URI url = URI.create("http://127.0.0.1:" + server.port() + "/" + start);
            String name = null;
            for (int i = 0; i < count; i++) {
                String body;
                try (Wire w = new Wire(server)) {
                    Wire.Reply reply = Wire.Reply.parse(w.send("GET " + url.getPath() + " HTTP/1.0\r\n\r\n")
                            .readToClose());
                    assertEquals("HTTP/1.1 200 OK", reply.statusLine(), url.toString());
                    body = reply.body();
                }
                String[] link = anchors(body).get(position - 1);
                url = url.resolve(link[0]);
                name = link[1];
            }
            return name;
        }
    }

    @Test
    void theAnswerIsWhereFollowingTheServedLinksLeads() throws IOException {
        Set<String> names = new HashSet<>();
        for (String id : List.of("alice", "bob-42", MirrorFiles.SAMPLE_LEARNER)) {
            MirrorFiles files = MirrorFiles.forLearner(id);
            ScrapeAnswers a = files.scrapeAnswers();
            assertEquals(a.lastName(), walk(files, a.linkStart(), a.linkCount(), a.linkPosition()), id);
            assertEquals(a.linkCount() + 1, a.linkPages().size());
            assertEquals(a.linkStart(), a.linkPages().get(0).name());
            names.add(a.lastName());
        }
        assertEquals(3, names.size(), "each of these learners ends at another name: " + names);
    }

    @Test
    void learnersGetTheirOwnLinksAndTasks() {
        Set<String> tasks = new HashSet<>();
        Set<String> lastNames = new HashSet<>();
        for (String id : VariantsTest.LEARNERS) {
            ScrapeAnswers a = MirrorFiles.forLearner(id).scrapeAnswers();
            tasks.add(a.linkStart() + " " + a.linkCount() + " " + a.linkPosition());
            lastNames.add(a.lastName());
        }
        assertEquals(VariantsTest.LEARNERS.size(), tasks.size(), "tasks differ: " + tasks);
        assertTrue(lastNames.size() >= 6, "last names spread: " + lastNames);
        MirrorFile alice = MirrorFiles.forLearner("alice").find("known_by_Amara.html").orElseThrow();
        MirrorFile bob = MirrorFiles.forLearner("bob").find("known_by_Amara.html").orElseThrow();
        assertFalse(alice.equals(bob), "the same person's page has other links for another learner");
    }
}
