package org.wiretutor.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wiretutor.check.Check;
import org.wiretutor.check.Verdict;
import org.wiretutor.mirror.pages.ScrapeAnswers;

/**
 * Exercise 11: the last word of the output is the name of the last link followed. A wrong name is placed along
 * the chain (too few links, one too many, the link next to the right one) so the learner gets a direction, never
 * the name itself.
 */
final class LastNameCheck implements Check<Evidence> {

    static final String NAME = "last-name";
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final String PAGE_PREFIX = "known_by_";

    @Override
    public Verdict judge(Evidence ev) {
        ScrapeAnswers a = ev.scrape();
        String expected = a.lastName();
        if (Crash.diagnose(ev.main().output()).isPresent()) {
            return Verdict.missed(GradingText.crashedBeforeName());
        }
        List<String> lines = ev.main().output().lines().filter(l -> !l.isBlank()).toList();
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        Matcher m = WORD.matcher(last);
        String printed = null;
        while (m.find()) {
            printed = m.group();
        }
        if (printed == null) {
            return Verdict.missed(GradingText.noName());
        }
        if (printed.equals(expected)) {
            return Verdict.passed(GradingText.lastNameOk(expected));
        }
        if (last.contains(PAGE_PREFIX)) {
            return Verdict.missed(GradingText.urlLast());
        }
        List<String> along = along(a);
        for (int links = 0; links < a.linkCount(); links++) {
            if (printed.equals(along.get(links))) {
                return Verdict.missed(GradingText.nameTooEarly(printed, links));
            }
        }
        List<String> beyond = a.linkPages().get(a.linkCount()).links();
        if (a.linkPosition() <= beyond.size() && printed.equals(beyond.get(a.linkPosition() - 1))) {
            return Verdict.missed(GradingText.nameTooLate(printed));
        }
        List<String> lastPage = a.linkPages().get(a.linkCount() - 1).links();
        int right = a.linkPosition() - 1;
        if (right - 1 >= 0 && printed.equals(lastPage.get(right - 1))
                || right + 1 < lastPage.size() && printed.equals(lastPage.get(right + 1))) {
            return Verdict.missed(GradingText.nameOneOff(printed));
        }
        return Verdict.missed(GradingText.wrongName(printed, ev.reveal(), expected));
    }

    /** The person of each page along the chain: the start person, then the one found after each link. */
    private static List<String> along(ScrapeAnswers a) {
        List<String> people = new ArrayList<>();
        for (ScrapeAnswers.LinkPage page : a.linkPages()) {
            String name = page.name();
            people.add(name.substring(PAGE_PREFIX.length(), name.length() - ".html".length()));
        }
        return people;
    }
}
