package org.wiretutor.grading;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wiretutor.mirror.MirrorFiles;

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
}
