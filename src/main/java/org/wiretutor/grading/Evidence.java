package org.wiretutor.grading;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wiretutor.check.HeadReading;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.mirror.pages.ScrapeAnswers;

/**
 * Everything the checks may look at for one grading: the runs, what the mirror received, and what the program
 * should have got. Checks only read it, so they stay plain functions of the evidence.
 *
 * @param host       the host named in the URL the program was given
 * @param port       the private mirror's port, named in that URL
 * @param reruns     extra runs with other input, by the check that asked for them
 * @param reply      the exact reply the server sent for the program's request, when it answered 200
 * @param document   the file the URL names, as the mirror serves it to this learner
 * @param paragraphs the number of {@code <p>} tags in this learner's page, or -1 when unknown
 * @param scrape     the answers to the scraping exercises for this learner's pages
 * @param source     the program's source, when the command names its file
 * @param reveal     an instructor asked to see expected values in failure messages ({@code check --reveal})
 */
record Evidence(ExerciseSpec spec, String url, String host, int port, Duration limit, Duration keepAlive,
                ProgramRun main, Map<String, ProgramRun> reruns, Optional<byte[]> reply, byte[] document,
                int paragraphs, ScrapeAnswers scrape, ProgramSource source, boolean reveal) {

    Evidence {
        reruns = Map.copyOf(reruns);
        document = document.clone();
    }

    /** Whether the program sent the grader's server any bytes: only then is there anything to give credit for. */
    boolean reached() {
        return main.visits().stream().anyMatch(v -> v.entry().head().length > 0);
    }

    /** The first exchange in which bytes arrived, else the first exchange at all. */
    Optional<LogEntry> firstRequest() {
        List<MirrorVisit> visits = main.visits();
        return visits.stream().map(MirrorVisit::entry).filter(e -> e.head().length > 0).findFirst()
                .or(() -> visits.stream().map(MirrorVisit::entry).findFirst());
    }

    /**
     * Whether the program's request left the connection open after the reply: HTTP/1.1, answered, and no
     * {@code Connection: close}. Such a program waits for the server's keep-alive timeout.
     */
    boolean keptAlive() {
        return firstRequest().filter(e -> e.status() == 200).map(e -> {
            HeadReading head = HeadReading.of(e.head());
            boolean close = head.header("Connection").map(v -> v.toLowerCase(java.util.Locale.ROOT).contains("close")).orElse(false);
            return head.requestLine().version().equals("HTTP/1.1") && !close;
        }).orElse(false);
    }

    /** How long the program went on after the mirror's last reply, or zero when there was none. */
    Duration afterLastReply() {
        List<MirrorVisit> visits = main.visits();
        if (visits.isEmpty()) {
            return Duration.ZERO;
        }
        Duration d = Duration.between(visits.get(visits.size() - 1).at(), main.ended());
        return d.isNegative() ? Duration.ZERO : d;
    }
}
