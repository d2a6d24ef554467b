package org.wiretutor.grading;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wiretutor.mirror.pages.MirrorFiles;

/** The answers exercises/README.md prints for the sample learner are the ones the mirror really serves. */
class SampleLearnerDocTest {
    @Test
    void theDocumentedSampleAnswersAreTheRealOnes() throws Exception {
        String doc = Files.readString(Path.of("exercises/README.md"));
        var a = MirrorFiles.forLearner(MirrorFiles.SAMPLE_LEARNER).expectedAnswers();
        for (String value : new String[] {a.lastModified(), a.etag(), Long.toString(a.contentLength()), a.cacheControl(),
                a.contentType(), Integer.toString(a.paragraphCount())}) {
            assertTrue(doc.contains("| `" + value + "` |"), "exercises/README.md lacks the sample's " + value);
        }
        var bundled = MirrorFiles.bundled().expectedAnswers();
        assertTrue(doc.contains("`intro-short.txt` is\n" + bundled.contentLength() + " bytes")
                || doc.contains(bundled.contentLength() + " bytes"), "the course's own size");
        assertTrue(doc.contains("has " + bundled.paragraphCount() + " `<p>` tags"), "the course's own count");
    }

    @Test
    void theDocumentedScrapingAnswersAreTheRealOnes() throws Exception {
        String doc = Files.readString(Path.of("exercises/README.md"));
        var a = MirrorFiles.forLearner(MirrorFiles.SAMPLE_LEARNER).scrapeAnswers();
        for (String value : new String[] {Integer.toString(a.commentCount()), Long.toString(a.commentSum()),
                a.linkStart(), Integer.toString(a.linkCount()), Integer.toString(a.linkPosition()), a.lastName()}) {
            assertTrue(doc.contains("| `" + value + "` |"), "exercises/README.md lacks the sample's " + value);
        }
        var course = MirrorFiles.bundled().scrapeAnswers();
        String courseComments = course.commentCount() + " numbers whose sum is " + course.commentSum();
        String courseLinks = "`" + course.linkStart() + "` with count " + course.linkCount() + " and position "
                + course.linkPosition();
        assertTrue(flat(doc).contains(courseComments), "exercises/README.md: " + courseComments);
        assertTrue(flat(doc).contains(courseLinks + " the last name is " + course.lastName()),
                "exercises/README.md: " + courseLinks);
        String ten = flat(Files.readString(Path.of("exercises/10-scraping-numbers/README.md")));
        assertTrue(ten.contains(courseComments), "exercise 10's statement: " + courseComments);
        String eleven = flat(Files.readString(Path.of("exercises/11-following-links/README.md")));
        assertTrue(eleven.contains(course.linkStart() + "`) count " + course.linkCount() + " and position "
                + course.linkPosition() + " end at " + course.lastName()), "exercise 11's statement");
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
