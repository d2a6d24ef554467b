package org.wiretutor.grading;

import java.util.List;
import org.wiretutor.check.Check;
import org.wiretutor.check.HeadReading;
import org.wiretutor.check.Verdict;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.mirror.pages.ScrapeAnswers;

/**
 * Exercise 11: the pages the program fetched, in order, must be the chain the task describes: the start page, then
 * each time the page of the link at the given position. The mirror's log is the evidence, so the first wrong step
 * is named (which request, which page it should have come from) without naming the page it should have been.
 */
final class LinksFollowedCheck implements Check<Evidence> {

    static final String NAME = "links-followed";
    /** Longest requested path quoted in a message; the program chose it, so it may be any length. */
    private static final int SHOWN = 100;

    @Override
    public Verdict judge(Evidence ev) {
        ScrapeAnswers a = ev.scrape();
        List<LogEntry> fetched = ev.main().visits().stream().map(MirrorVisit::entry)
                .filter(e -> e.head().length > 0).toList();
        List<ScrapeAnswers.LinkPage> chain = a.linkPages();
        String typed = GradingText.typedIn(ev.url(), a.linkCount(), a.linkPosition());
        for (int step = 0; step < Math.min(fetched.size(), chain.size()); step++) {
            LogEntry e = fetched.get(step);
            String path = ReceivedRequestCheck.path(HeadReading.of(e.head()).requestLine().target());
            if (path.equals("/" + chain.get(step).name())) {
                continue;
            }
            String asked = path.length() > SHOWN ? path.substring(0, SHOWN) + "..." : path;
            if (step == 0) {
                return Verdict.missed(GradingText.wrongStart(asked) + typed);
            }
            if (e.status() != 200) {
                return Verdict.missed(GradingText.linkMissing(step, asked, e.status()) + typed);
            }
            return Verdict.missed(GradingText.wrongLink(step, asked, chain.get(step - 1).name(),
                    a.linkPosition()) + typed);
        }
        if (fetched.size() < a.linkCount()) {
            return Verdict.missed(GradingText.tooFewPages(fetched.size(), a.linkCount()) + typed);
        }
        if (fetched.size() > a.linkCount() + 1) {
            return Verdict.missed(GradingText.tooManyPages(fetched.size(), a.linkCount()) + typed);
        }
        return Verdict.passed(GradingText.linksOk(fetched.size(), a.linkPosition()));
    }
}
