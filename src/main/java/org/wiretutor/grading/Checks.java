package org.wiretutor.grading;

import java.util.List;
import java.util.Set;
import org.wiretutor.check.Check;

/** The checks an exercise.properties may name, so instructors compose exercises from tested parts. */
final class Checks {

    static final List<String> NAMES = List.of(FinishedCheck.NAME, CleanExitCheck.NAME, ReceivedRequestCheck.NAME,
            ReplyShownCheck.NAME, ShownLimitCheck.NAME, CountCheck.RECEIVED, CountCheck.DOCUMENT,
            CountCheck.PARAGRAPHS, LibraryRequestCheck.NAME, BodyOnlyCheck.NAME, BadInputCheck.BAD_URL,
            BadInputCheck.MISSING_HOST, CountCheck.COMMENT_SUM, LinksFollowedCheck.NAME, UrlsShownCheck.NAME,
            LastNameCheck.NAME);

    /** Checks that run the program again with their own input line ({@code input.NAME} in exercise.properties). */
    static final Set<String> RERUNS = Set.of(BadInputCheck.BAD_URL, BadInputCheck.MISSING_HOST);

    private Checks() {
    }

    static Check<Evidence> named(String name) {
        return switch (name) {
            case FinishedCheck.NAME -> new FinishedCheck();
            case CleanExitCheck.NAME -> new CleanExitCheck();
            case ReceivedRequestCheck.NAME -> new ReceivedRequestCheck();
            case ReplyShownCheck.NAME -> new ReplyShownCheck();
            case ShownLimitCheck.NAME -> new ShownLimitCheck();
            case CountCheck.RECEIVED -> CountCheck.received();
            case CountCheck.DOCUMENT -> CountCheck.document();
            case CountCheck.PARAGRAPHS -> CountCheck.paragraphs();
            case LibraryRequestCheck.NAME -> new LibraryRequestCheck();
            case BodyOnlyCheck.NAME -> new BodyOnlyCheck();
            case BadInputCheck.BAD_URL, BadInputCheck.MISSING_HOST -> new BadInputCheck(name);
            case CountCheck.COMMENT_SUM -> CountCheck.commentSum();
            case LinksFollowedCheck.NAME -> new LinksFollowedCheck();
            case UrlsShownCheck.NAME -> new UrlsShownCheck();
            case LastNameCheck.NAME -> new LastNameCheck();
            default -> throw new IllegalArgumentException("unknown check " + name);
        };
    }
}
