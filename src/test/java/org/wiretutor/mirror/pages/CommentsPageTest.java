package org.wiretutor.mirror.pages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

/** comments.html, exercise 10's page: a table of names and comment counts, different for every learner. */
class CommentsPageTest {

    /** An independent reading: each table row's name and the number in its second cell. */
    private static final Pattern ROW = Pattern.compile(
            "<tr><td>([A-Za-z]+)</td><td><span class=\"comments\">([0-9]+)</span></td></tr>");

    private static List<Integer> rows(String html) {
        Matcher m = ROW.matcher(html);
        List<Integer> numbers = new ArrayList<>();
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(2)));
        }
        return numbers;
    }

    private static String html(MirrorFile f) {
        return new String(f.content(), StandardCharsets.US_ASCII);
    }

    @Test
    void pagesStayInTheirRangesAndSpreadOverThem() {
        Set<Integer> rowCounts = new TreeSet<>();
        Set<Integer> values = new TreeSet<>();
        for (int i = 0; i < 200; i++) {
            MirrorFile page = CommentsPage.of(Seed.of("learner" + i));
            String html = html(page);
            List<Integer> numbers = rows(html);
            assertEquals(numbers, CommentsPage.numbers(page.content()), html);
            assertTrue(numbers.size() >= 30 && numbers.size() <= 55, "rows " + numbers.size());
            numbers.forEach(n -> assertTrue(n >= 1 && n <= 100, "number " + n));
            Matcher names = ROW.matcher(html);
            Set<String> seen = new HashSet<>();
            while (names.find()) {
                assertTrue(seen.add(names.group(1)), "names are not repeated: " + names.group(1));
            }
            assertEquals("comments.html", page.name());
            assertEquals("text/html", page.contentType());
            rowCounts.add(numbers.size());
            values.addAll(numbers);
        }
        assertEquals(26, rowCounts.size(), "every row count from 30 to 55 occurs: " + rowCounts);
        assertEquals(100, values.size(), "every number from 1 to 100 occurs");
    }

    @Test
    void otherNumbersOnThePageMakeAddingEveryNumberWrong() {
        for (String id : VariantsTest.LEARNERS) {
            String html = html(MirrorFiles.forLearner(id).find("comments.html").orElseThrow());
            long every = 0;
            Matcher m = Pattern.compile("[0-9]+").matcher(html);
            while (m.find()) {
                every += Long.parseLong(m.group());
            }
            long spans = rows(html).stream().mapToLong(Integer::longValue).sum();
            assertTrue(every > spans, id);
            assertEquals(spans, MirrorFiles.forLearner(id).scrapeAnswers().commentSum(), id);
        }
    }

    @Test
    void eachLearnerHasTheirOwnSum() {
        Set<Long> sums = new HashSet<>();
        for (String id : VariantsTest.LEARNERS) {
            sums.add(MirrorFiles.forLearner(id).scrapeAnswers().commentSum());
        }
        assertEquals(VariantsTest.LEARNERS.size(), sums.size(), "sums differ: " + sums);
        assertEquals(MirrorFiles.forLearner("alice"), MirrorFiles.forLearner("alice"));
    }

    @Test
    void theMirrorServesTheLearnersPage() throws IOException {
        MirrorFiles files = MirrorFiles.forLearner("alice");
        try (MirrorServer server = MirrorServer.start(MirrorConfig.loopback().withFiles(files));
             Wire w = new Wire(server)) {
            Wire.Reply reply = Wire.Reply.parse(w.send("GET /comments.html HTTP/1.0\r\n\r\n").readToClose());
            assertEquals("HTTP/1.1 200 OK", reply.statusLine());
            assertEquals("text/html", reply.header("Content-Type").orElseThrow());
            assertArrayEquals(files.find("comments.html").orElseThrow().content(),
                    reply.body().getBytes(StandardCharsets.ISO_8859_1));
            assertEquals(files.scrapeAnswers().commentSum(),
                    rows(reply.body()).stream().mapToLong(Integer::longValue).sum());
        }
    }
}
