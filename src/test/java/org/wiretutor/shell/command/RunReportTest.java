package org.wiretutor.shell.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.programs.ProgramRunner;

/** How a run is reported on a screen of some height: the requests' rows give way to what the program printed. */
class RunReportTest {
    /** A crawl that fetched page one and page two by turns, ten times, and printed a line for each and a summary. */
    private static RunReport.Run crawl() {
        List<LogEntry> received = new ArrayList<>();
        StringBuilder printed = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            String url = "http://data.pr4e.org/page" + (i % 2 == 1 ? 1 : 2) + ".htm";
            received.add(new LogEntry(Instant.EPOCH, null, "GET " + url + " HTTP/1.1", 200, 200, List.of(), i, null));
            printed.append(String.format("%3d  %s  (text/html, 200 bytes)%n", i, url));
        }
        printed.append("Stopped at the limit of 10 fetches, with 1 more in the queue.\n");
        return new RunReport.Run(new ProgramRunner.Result(1, printed.toString(), false, false, Duration.ofMillis(300)),
                received, List.of(), Set.of("data.pr4e.org"), 80, Duration.ofSeconds(30), false);
    }

    private static List<String> rows(int height) {
        return RunReport.lines(crawl(), 80, height).stream().map(AttributedString::toString).toList();
    }

    @Test
    void onA24RowScreenTheRequestsGiveWaySoTheOutputAndTheVerdictFit() {
        List<String> rows = rows(24);
        assertTrue(rows.size() <= 24 - 6, "room is left for the verdict, its reason and the prompt: " + rows.size()
                + " rows");
        assertTrue(rows.get(0).startsWith("What the mirror received from it (10 requests)"), rows.get(0));
        long requests = rows.stream().filter(r -> r.contains("→ GET")).count();
        assertTrue(requests >= RunReport.TRAFFIC_ROWS_LEAST && requests < 10, rows.toString());
        assertTrue(rows.contains("  … and " + (10 - requests) + " more: type show run to see them all, with their"
                + " bytes."), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("Stopped at the limit of 10 fetches")), rows.toString());
    }

    @Test
    void withNoScreenToFitEveryRequestUpToTheLimitHasItsRow() {
        assertEquals(10, rows(0).stream().filter(r -> r.contains("→ GET")).count());
        assertEquals(10, rows(60).stream().filter(r -> r.contains("→ GET")).count());
    }
}
