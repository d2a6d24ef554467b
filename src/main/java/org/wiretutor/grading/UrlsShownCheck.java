package org.wiretutor.grading;

import java.util.List;
import org.wiretutor.check.Check;
import org.wiretutor.check.Verdict;
import org.wiretutor.mirror.pages.ScrapeAnswers;

/**
 * Exercise 11: the output shows every URL along the way, in order: the start URL and the address of each link
 * followed, joined with the page it came from. Which one is missing is told by its place, never by the address,
 * since the last address holds the answer.
 */
final class UrlsShownCheck implements Check<Evidence> {

    static final String NAME = "urls-shown";

    @Override
    public Verdict judge(Evidence ev) {
        List<ScrapeAnswers.LinkPage> chain = ev.scrape().linkPages();
        String output = ev.main().output();
        int from = 0;
        for (int step = 0; step < chain.size(); step++) {
            String url = "http://" + ev.host() + ":" + ev.port() + "/" + chain.get(step).name();
            int at = output.indexOf(url, from);
            if (at < 0) {
                return Verdict.missed(GradingText.urlNotShown(step));
            }
            from = at + url.length();
        }
        return Verdict.passed(GradingText.urlsShown(chain.size()));
    }
}
