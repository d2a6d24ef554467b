package org.wiretutor.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wiretutor.mirror.pages.MirrorFiles;
import org.wiretutor.mirror.pages.ScrapeAnswers;

/**
 * Exercises 10 (add up the comments) and 11 (follow the links), graded with real python3 programs against the
 * real mirror: right with a regular expression or with BeautifulSoup, for each learner's own pages; wrong with
 * another learner's answer; and a missing BeautifulSoup explained.
 */
class ScrapingExercisesTest {

    @TempDir
    Path dir;

    private static ScrapeAnswers answers(String learner) {
        return MirrorFiles.forLearner(learner).scrapeAnswers();
    }

    private static List<String> command(List<String> python, String file) {
        List<String> c = new ArrayList<>(python);
        c.add(file);
        return c;
    }

    private static Grade grade(int exercise, List<String> python, String file, String learner) throws Exception {
        return Solutions.grade(exercise, command(python, file), Solutions.folder(exercise), learner, false);
    }

    private static void assertNotShown(Grade g, String answer) {
        Pattern word = Pattern.compile("\\b" + Pattern.quote(answer) + "\\b");
        for (CheckResult c : g.checks()) {
            if (!c.passed()) {
                assertFalse(word.matcher(c.message()).find(), "the answer " + answer + " is given away by "
                        + c.name() + ": " + c.message());
            }
        }
    }

    @ParameterizedTest(name = "exercise {0}, {1}, learner {2}")
    @CsvSource({
        "10, good_regex.py, alice", "10, good_regex.py, bob-42",
        "11, good_regex.py, alice", "11, good_regex.py, bob-42",
    })
    void aRegexSolutionPassesForEachLearner(int exercise, String file, String learner) throws Exception {
        Solutions.assumePython();
        Grade g = grade(exercise, List.of("python3"), file, learner);
        assertTrue(g.allPassed(), Solutions.describe(g));
        assertAnswerPrinted(exercise, learner, g);
    }

    @ParameterizedTest(name = "exercise {0}, {1}, learner {2}")
    @CsvSource({
        "10, good_bs4.py, alice", "10, good_bs4.py, bob-42",
        "11, good_bs4.py, alice", "11, good_bs4.py, bob-42",
    })
    void aBeautifulSoupSolutionPassesForEachLearner(int exercise, String file, String learner) throws Exception {
        Grade g = grade(exercise, Pythons.withBs4(), file, learner);
        assertTrue(g.allPassed(), Solutions.describe(g));
        assertAnswerPrinted(exercise, learner, g);
    }

    private static void assertAnswerPrinted(int exercise, String learner, Grade g) {
        ScrapeAnswers a = answers(learner);
        String last = g.programOutput().strip().lines().reduce((x, y) -> y).orElse("");
        if (exercise == 10) {
            assertEquals("Sum " + a.commentSum(), last, g.programOutput());
        } else {
            assertTrue(last.endsWith(a.lastName()), g.programOutput());
            assertTrue(g.programOutput().contains("/" + a.linkStart()), g.programOutput());
        }
    }

    @Test
    void anotherLearnersSumFailsWithADirectionButNotTheAnswer() throws Exception {
        Solutions.assumePython();
        long bobs = answers("bob-42").commentSum();
        long alices = answers("alice").commentSum();
        assertNotEquals(bobs, alices);
        Files.writeString(dir.resolve("copied.py"), """
                import urllib.request
                url = input("Enter URL: ")
                urllib.request.urlopen(url).read()
                print("Sum", %d)
                """.formatted(bobs));
        Grade g = Solutions.grade(10, List.of("python3", "copied.py"), dir, "alice", false);
        CheckResult sum = Solutions.check(g, "comment-sum");
        assertFalse(sum.passed(), Solutions.describe(g));
        assertTrue(sum.message().contains("too " + (bobs > alices ? "many" : "few")), sum.message());
        assertNotShown(g, Long.toString(alices));
        assertTrue(Solutions.check(g, "request").passed(), Solutions.describe(g));

        Grade revealed = Solutions.grade(10, List.of("python3", "copied.py"), dir, "alice", true);
        assertTrue(Solutions.check(revealed, "comment-sum").message().contains("[--reveal: expected " + alices + "]"),
                Solutions.describe(revealed));
    }

    @Test
    void anotherLearnersNameFailsWithoutTheAnswer() throws Exception {
        Solutions.assumePython();
        ScrapeAnswers bob = answers("bob-42");
        ScrapeAnswers alice = answers("alice");
        assertNotEquals(bob.lastName(), alice.lastName());
        Files.writeString(dir.resolve("copied.py"), """
                import urllib.request
                url = input("Enter URL: ")
                input("Enter count: ")
                input("Enter position: ")
                print("Retrieving:", url)
                urllib.request.urlopen(url).read()
                print(%s)
                """.formatted("\"" + bob.lastName() + "\""));
        Grade g = Solutions.grade(11, List.of("python3", "copied.py"), dir, "alice", false);
        assertFalse(Solutions.check(g, "last-name").passed(), Solutions.describe(g));
        String followed = Solutions.check(g, "links-followed").message();
        assertTrue(followed.contains("too few") && followed.contains("count " + alice.linkCount()), followed);
        assertFalse(Solutions.check(g, "urls-shown").passed(), Solutions.describe(g));
        assertNotShown(g, alice.lastName());
    }

    /** A program that follows the links right, but {@code extra} more (or fewer) times than the count says. */
    private Grade followOffBy(int extra) throws Exception {
        Files.writeString(dir.resolve("follow.py"), """
                import re, urllib.parse, urllib.request
                url = input("Enter URL: ")
                count = int(input("Enter count: "))
                position = int(input("Enter position: "))
                print("Retrieving:", url)
                for _ in range(count + %d):
                    html = urllib.request.urlopen(url).read().decode()
                    href, name = re.findall(r'<a href="([^"]*)">([^<]*)</a>', html)[position - 1]
                    url = urllib.parse.urljoin(url, href)
                    print("Retrieving:", url)
                print(name)
                """.formatted(extra));
        return Solutions.grade(11, List.of("python3", "follow.py"), dir, Solutions.LEARNER, false);
    }

    @Test
    void aNameFoundTooEarlyOrOneLinkTooLateSaysWhichWay() throws Exception {
        Solutions.assumePython();
        ScrapeAnswers a = answers(Solutions.LEARNER);
        Grade early = followOffBy(-1);
        String name = Solutions.check(early, "last-name").message();
        assertTrue(name.contains("is the name found after " + (a.linkCount() - 1) + " links: too few"), name);
        assertTrue(Solutions.check(early, "links-followed").message().contains("too few"), Solutions.describe(early));
        assertNotShown(early, a.lastName());

        Grade late = followOffBy(1);
        assertTrue(Solutions.check(late, "last-name").message().contains("one link too many"), Solutions.describe(late));
        assertTrue(Solutions.check(late, "urls-shown").passed(), "every URL is shown, in order, and one more");
        assertNotShown(late, a.lastName());
    }

    @Test
    void printingHowManyNumbersInsteadOfTheirSumIsNamed() throws Exception {
        Solutions.assumePython();
        Files.writeString(dir.resolve("count.py"), """
                import re, urllib.request
                html = urllib.request.urlopen(input("Enter URL: ")).read().decode()
                print("Count", len(re.findall(r'<span class="comments">([0-9]+)</span>', html)))
                """);
        Grade g = Solutions.grade(10, List.of("python3", "count.py"), dir, Solutions.LEARNER, false);
        String m = Solutions.check(g, "comment-sum").message();
        assertTrue(m.contains("too few") && m.contains("how many numbers there are, not their sum"), m);
    }

    @Test
    void addingEveryNumberOnThePageIsNamed() throws Exception {
        Solutions.assumePython();
        Grade g = grade(10, List.of("python3"), "bad_every_number.py", Solutions.LEARNER);
        String m = Solutions.check(g, "comment-sum").message();
        assertTrue(m.contains("too many") && m.contains("every number on the page"), Solutions.describe(g));
        assertNotShown(g, Long.toString(answers(Solutions.LEARNER).commentSum()));
    }

    @ParameterizedTest(name = "exercise {0}")
    @CsvSource({"10", "11"})
    void withoutBeautifulSoupTheLearnerIsToldHowToInstallItOrDoWithout(int exercise) throws Exception {
        Solutions.assumePython();
        Grade g = grade(exercise, Pythons.withoutBs4(), "bad_no_bs4.py", Solutions.LEARNER);
        assertEquals(0, g.passed(), Solutions.describe(g));
        String m = Solutions.check(g, "request").message();
        assertTrue(m.contains("BeautifulSoup (the module bs4) is not installed"), m);
        assertTrue(m.contains("pip install beautifulsoup4"), m);
        assertTrue(m.contains("html.parser") && m.contains("regular expression"), m);
        assertTrue(m.contains("No module named 'bs4'"), "the traceback's last line is shown: " + m);
    }

    @Test
    void aRelativeHrefOpenedAsItIsIsExplained() throws Exception {
        Solutions.assumePython();
        Grade g = grade(11, List.of("python3"), "bad_no_join.py", Solutions.LEARNER);
        String crash = Solutions.check(g, "clean-exit").message();
        assertTrue(crash.contains("relative") && crash.contains("urljoin"), Solutions.describe(g));
        String followed = Solutions.check(g, "links-followed").message();
        assertTrue(followed.contains("too few"), Solutions.describe(g));
        assertEquals(GradingText.crashedBeforeName(), Solutions.check(g, "last-name").message());
    }

    @Test
    void countingPositionsFromZeroIsCaughtAtTheFirstLink() throws Exception {
        Solutions.assumePython();
        ScrapeAnswers a = answers(Solutions.LEARNER);
        Grade g = grade(11, List.of("python3"), "bad_off_by_one.py", Solutions.LEARNER);
        String m = Solutions.check(g, "links-followed").message();
        assertTrue(m.startsWith("link 1: the program fetched /known_by_"), m);
        assertTrue(m.contains("not the link at position " + a.linkPosition() + " on " + a.linkStart()), m);
        assertTrue(m.contains("The first link on a page is position 1"), m);
        assertTrue(m.contains("count " + a.linkCount() + ", position " + a.linkPosition()), m);
        assertFalse(Solutions.check(g, "last-name").passed(), Solutions.describe(g));
        assertNotShown(g, a.lastName());
        assertTrue(Solutions.check(g, "request").passed() && Solutions.check(g, "clean-exit").passed(),
                Solutions.describe(g));
    }
}
