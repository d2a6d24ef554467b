package org.wiretutor.grading;

import java.util.Locale;
import java.util.Optional;
import org.wiretutor.check.Check;
import org.wiretutor.check.HeadReading;
import org.wiretutor.check.Verdict;

/**
 * Exercise 3: a library made the request. Decided first from the program's source (which HTTP library it imports,
 * whether it opens a socket itself), since a socket can send any header a library sends; the request's own look
 * (HTTP/1.1, a library's User-Agent) decides only when the source is unknown or names both.
 */
final class LibraryRequestCheck implements Check<Evidence> {

    static final String NAME = "library-request";
    /** How the libraries the course suggests name themselves in User-Agent. */
    private static final String[] LIBRARY_AGENTS = {"python-urllib/", "python-requests/", "python-httpx/",
        "python-urllib3/", "java-http-client/", "java/"};

    @Override
    public Verdict judge(Evidence ev) {
        Optional<HeadReading> head = ev.firstRequest().filter(e -> e.head().length > 0)
                .map(e -> HeadReading.of(e.head()));
        if (head.isEmpty()) {
            return Verdict.missed(GradingText.notRun());
        }
        Optional<String> agent = head.get().header("User-Agent");
        ProgramSource source = ev.source();
        Optional<String> library = source.library();
        boolean socket = source.usesSocket();
        if (library.isPresent() && (!socket || looksLikeLibrary(head.get(), agent))) {
            return Verdict.passed(GradingText.libraryOk(library.get(), agent.orElse("")));
        }
        if (socket) {
            return Verdict.missed(GradingText.socketByHand());
        }
        if (looksLikeLibrary(head.get(), agent)) {
            return Verdict.passed(GradingText.libraryOk("", agent.orElse("")));
        }
        return Verdict.missed(GradingText.notLibrary());
    }

    /** HTTP/1.1 with a User-Agent a library sends: the look of a library's request, when the source cannot tell. */
    private static boolean looksLikeLibrary(HeadReading head, Optional<String> agent) {
        if (!head.requestLine().version().equals("HTTP/1.1") || agent.isEmpty()) {
            return false;
        }
        String a = agent.get().toLowerCase(Locale.ROOT);
        for (String known : LIBRARY_AGENTS) {
            if (a.startsWith(known)) {
                return true;
            }
        }
        return false;
    }
}
