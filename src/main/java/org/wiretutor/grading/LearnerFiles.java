package org.wiretutor.grading;

import java.util.Optional;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.pages.MirrorFile;
import org.wiretutor.mirror.pages.MirrorFiles;
import org.wiretutor.mirror.pages.ScrapeAnswers;

/**
 * The files one learner's private mirror serves, and the answers that follow from them. Each learner gets their
 * own variant, so a count copied from a classmate is wrong.
 *
 * @param paragraphs the number of {@code <p>} tags in this learner's {@code /page-count.htm}
 * @param scrape     the answers to the scraping exercises for this learner's pages
 */
record LearnerFiles(MirrorFiles files, int paragraphs, ScrapeAnswers scrape) {

    /** @throws IllegalArgumentException for an id the mirror cannot make a variant for, saying why */
    static LearnerFiles of(String learner) {
        MirrorFiles files = MirrorFiles.forLearner(learner);
        return new LearnerFiles(files, files.expectedAnswers().paragraphCount(), files.scrapeAnswers());
    }

    /** The configuration serving these files. */
    MirrorConfig serve(MirrorConfig config) {
        return config.withFiles(files);
    }

    Optional<byte[]> document(String path) {
        return files.find(path).map(MirrorFile::content);
    }
}
